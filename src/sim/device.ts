// A virtual phone on the network: the phone model behind an adbd endpoint that the real adb server
// accepts with `adb connect 127.0.0.1:PORT`.
import { startAdbd, type AdbdServer, type DeviceEndpoint, type ServiceIO } from './adbd/server';
import { serveSync, type SyncFiles } from './adbd/sync';
import { Shell, type CommandContext, type Output } from './shell/run';
import { createCommands, type CommandOptions } from './shell/commands';
import { VirtualPhone, type PhoneOptions } from './phone/phone';
import { hasFault } from './phone/faults';

export interface VirtualDeviceOptions extends PhoneOptions, CommandOptions {
  port?: number;
  host?: string;
  /** How long each command that calls system_server takes (a real `dumpsys` takes tens of ms); default 0. */
  commandLatencyMs?: number;
  /** Answers given before the phone's own commands (a snapshot's phone); undefined lets the phone answer. */
  answer?: (argv: string[], phone: VirtualPhone) => { output: string; exitCode: number } | undefined;
}

/** mksh's words for a command it cannot find. */
async function notFound(ctx: CommandContext, name: string): Promise<number> {
  await ctx.stderr.write(`/system/bin/sh: ${name}: inaccessible or not found\n`);
  return 127;
}

const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;

export class VirtualDevice {
  readonly phone: VirtualPhone;
  private adbd!: AdbdServer;
  private authorized: boolean;
  private readonly commands;
  /** Called with the argv of every command the phone's shell runs. */
  onCommand?: (argv: string[]) => void;

  private constructor(private readonly options: VirtualDeviceOptions) {
    this.phone = new VirtualPhone(options);
    this.authorized = !hasFault(this.phone, 'unauthorized');
    this.commands = createCommands(this.phone, options);
  }

  static async start(options: VirtualDeviceOptions): Promise<VirtualDevice> {
    const device = new VirtualDevice(options);
    device.adbd = await startAdbd(device.endpoint(), { port: options.port, host: options.host });
    // A reboot takes adbd down with the phone, and brings it back before the boot completes.
    device.phone.onReboot = (phase) => device.adbd.setOffline(phase === 'down');
    return device;
  }

  get port(): number {
    return this.adbd.port;
  }

  get host(): string {
    return this.adbd.host;
  }

  /** The serial adb gives a network phone. */
  get serial(): string {
    return `${this.adbd.host}:${this.adbd.port}`;
  }

  /** The user accepts the "Allow USB debugging?" prompt. */
  authorize(): void {
    this.authorized = true;
    this.adbd.authorizeWaiting();
  }

  /** Pulls the cable: every host connection drops (adb reconnects to a network phone). */
  dropConnections(): void {
    this.adbd.dropConnections();
  }

  async stop(): Promise<void> {
    this.phone.dispose();
    await this.adbd.close();
  }

  private endpoint(): DeviceEndpoint {
    const props = this.phone.props;
    return {
      banner: () => ({
        product: props['ro.product.name'] ?? 'virtual',
        model: props['ro.product.model'] ?? 'Virtual',
        device: props['ro.product.device'] ?? 'virtual',
      }),
      features: () => [
        'shell_v2',
        'cmd',
        'fixed_push_mkdir',
        'apex',
        'abb',
        'fixed_push_symlink_timestamp',
        'abb_exec',
        'remount_shell',
        'track_app',
        'sendrecv_v2',
      ],
      isAuthorized: () => this.authorized,
      openService: (service, io) => this.openService(service, io),
    };
  }

  private shell(): Shell {
    const answer = this.options.answer;
    return new Shell({
      command: (name) => {
        const own = this.commands.get(name);
        if (!answer) return own;
        return async (ctx) => {
          const given = answer(ctx.argv, this.phone);
          if (!given) return own ? own(ctx) : notFound(ctx, name);
          if (given.exitCode === 127) await ctx.stderr.write(given.output);
          else await ctx.stdout.write(given.output);
          return given.exitCode;
        };
      },
      writeFile: (path, data, append) => {
        if (!/^\/(sdcard|data\/local\/tmp|storage\/emulated\/0)\//.test(path)) return false;
        this.phone.userFiles.set(
          path,
          append ? Buffer.concat([this.phone.userFiles.get(path) ?? Buffer.alloc(0), data]) : data,
        );
        return true;
      },
      onCommand: (argv) => this.onCommand?.(argv),
      commandLatencyMs: this.options.commandLatencyMs,
    });
  }

  private openService(service: string, io: ServiceIO): boolean {
    if (service.startsWith('shell,v2') || service.startsWith('shell,raw') || service.startsWith('shell,pty')) {
      const colon = service.indexOf(':');
      const args = service.slice(0, colon).split(',');
      const command = service.slice(colon + 1);
      if (args.includes('v2')) this.runShellV2(command, io);
      else this.runShellRaw(command, io, true);
      return true;
    }
    if (service.startsWith('shell:')) {
      this.runShellRaw(service.slice('shell:'.length), io, true);
      return true;
    }
    if (service.startsWith('exec:')) {
      this.runShellRaw(service.slice('exec:'.length), io, false);
      return true;
    }
    if (service === 'sync:') {
      serveSync(io, this.syncFiles());
      return true;
    }
    if (service.startsWith('reboot:')) {
      // The phone goes down with the stream open: the host sees its transport drop (`adb reboot`,
      // `adb reboot bootloader`…), as from a real phone.
      setTimeout(() => this.phone.reboot(service.slice('reboot:'.length)), 50);
      return true;
    }
    if (/^(remount|root|unroot|usb|tcpip|enable-verity|disable-verity):/.test(service)) {
      void io
        .write(service.startsWith('root:') ? 'adbd cannot run as root in production builds\n' : '')
        .then(() => io.close());
      return true;
    }
    return false;
  }

  private runShellRaw(command: string, io: ServiceIO, withStderr: boolean): void {
    const out: Output = { write: (d) => io.write(d) };
    const err: Output = withStderr ? out : { write: () => Promise.resolve() };
    if (!command.trim()) {
      this.interactive(io, out);
      return;
    }
    void this.shell()
      .run(command, { stdout: out, stderr: err, signal: io.signal })
      .catch(() => 1)
      .finally(() => io.close());
  }

  /** shell protocol v2: frames `[id][u32 len][data]`; 1 stdout, 2 stderr, 3 exit status. */
  private runShellV2(command: string, io: ServiceIO): void {
    const frame = (id: number, data: Buffer) => {
      const head = Buffer.alloc(5);
      head.writeUInt8(id, 0);
      head.writeUInt32LE(data.length, 1);
      return io.write(Buffer.concat([head, data]));
    };
    const toBuf = (d: string | Buffer) => (typeof d === 'string' ? Buffer.from(d) : d);
    const out: Output = { write: (d) => frame(1, toBuf(d)) };
    const err: Output = { write: (d) => frame(2, toBuf(d)) };
    if (!command.trim()) {
      this.interactive(io, out);
      return;
    }
    void this.shell()
      .run(command, { stdout: out, stderr: err, signal: io.signal })
      .catch(() => 1)
      .then((status) => frame(3, Buffer.from([status & 0xff])))
      .finally(() => io.close());
  }

  private interactive(io: ServiceIO, out: Output): void {
    const shell = this.shell();
    const prompt = `${this.phone.props['ro.product.device'] ?? 'virtual'}:/ $ `;
    void out.write(prompt);
    let pending = '';
    let chain = Promise.resolve();
    io.onData((chunk) => {
      pending += chunk.toString('utf8');
      let nl: number;
      while ((nl = pending.search(/\r?\n|\r/)) >= 0) {
        const line = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        chain = chain.then(async () => {
          if (line.trim() === 'exit') {
            io.close();
            return;
          }
          await shell.run(line, { stdout: out, stderr: out, signal: io.signal });
          await out.write(prompt);
        });
      }
    });
  }

  private syncFiles(): SyncFiles {
    const now = Math.floor(Date.now() / 1000);
    return {
      stat: (path) => {
        if (this.phone.files.has(path) || this.phone.userFiles.has(path))
          return { mode: S_IFREG | 0o644, size: this.phone.userFiles.get(path)?.length ?? 0, mtime: now };
        if (['/', '/sdcard', '/sdcard/', '/data/local/tmp', '/data/local/tmp/'].includes(path))
          return { mode: S_IFDIR | 0o771, size: 4096, mtime: now };
        return null;
      },
      read: async (path) => {
        const w = this.phone.userFiles.get(path);
        if (w) return w;
        const f = this.phone.files.get(path);
        return f ? f() : null;
      },
      list: (path) => {
        const dir = path.endsWith('/') ? path : path + '/';
        const names = [...this.phone.files.keys(), ...this.phone.userFiles.keys()]
          .filter((p) => p.startsWith(dir))
          .map((p) => p.slice(dir.length).split('/')[0]);
        return [...new Set(names)].map((name) => ({ name, mode: S_IFREG | 0o644, size: 0, mtime: now }));
      },
      write: (path, data) => {
        if (!/^\/(sdcard|data\/local\/tmp)\//.test(path)) return false;
        this.phone.userFiles.set(path, data);
        return true;
      },
    };
  }
}
