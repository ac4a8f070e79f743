// One adb server (host:port): its adbkit client, starting it when it is local and not running,
// and errors a user can act on.
import { execFile, execFileSync } from 'node:child_process';
import { Adb, type Client } from './kit';
import { findAdb, installHint } from './binary';
import { UserError } from '../errors';

export interface AdbServerOptions {
  host?: string;
  port?: number;
  /** Path of the adb binary (found on PATH / the SDK when absent). */
  adbPath?: string;
  /** Directory of a bundled adb (desktop app). */
  bundledDir?: string;
  /**
   * Start the server when it is local and not running (default true). Only for a port the user
   * asked for (the CLI's --adb/--adb-port, the default one, or one confirmed in the UI's settings).
   */
  autoStart?: boolean;
  env?: NodeJS.ProcessEnv;
}

/** adbkit spawns its `bin` on ECONNREFUSED; this path makes that fail fast so we start adb ourselves. */
const NO_AUTOSTART_BIN = '/nonexistent/push-doctor-starts-adb-itself';

import { defaultServerPort } from './port';
export { defaultServerPort };

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

export class AdbServer {
  readonly host: string;
  readonly port: number;
  readonly client: Client;
  private adbBin: string | undefined;
  private starting: Promise<void> | null = null;
  /** May start a local server on this port (changed by the hub when the settings change). */
  autoStart: boolean;
  /** This process started the adb server: it stops it again (stopIfStarted). */
  private startedHere = false;

  constructor(private readonly options: AdbServerOptions = {}) {
    this.host = options.host ?? '127.0.0.1';
    this.port = options.port ?? defaultServerPort(options.env);
    this.autoStart = options.autoStart !== false;
    // adbkit would spawn `adb` by itself on ECONNREFUSED with a bare name; we start it ourselves so
    // that a missing binary or a refused start gets a clear message.
    this.client = Adb.createClient({ host: this.host, port: this.port, bin: NO_AUTOSTART_BIN });
    // adbkit re-emits socket errors here; without a listener Node would throw.
    this.client.on('error', () => undefined);
  }

  get address(): string {
    return `${this.host.includes(':') ? `[${this.host}]` : this.host}:${this.port}`;
  }

  get isLocal(): boolean {
    return isLoopback(this.host);
  }

  /** The adb binary, found lazily (remote servers never need it). */
  adbPath(): string {
    this.adbBin ??= findAdb({
      configured: this.options.adbPath,
      env: this.options.env,
      bundledDir: this.options.bundledDir,
    });
    return this.adbBin;
  }

  /**
   * The server's protocol version, within a time limit: something else holding the port (an HTTP
   * server, a hung adb) accepts the connection and never answers.
   */
  private version(timeoutMs = 5000): Promise<number> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new UserError(
              `Something at ${this.address} accepted the connection but did not answer as an adb server within ${timeoutMs / 1000} s.`,
              this.isLocal
                ? `Another program may hold the port, or adb is hung: try \`adb -P ${this.port} kill-server\`, or use another port with --adb-port.`
                : 'Check that the address is an adb server (`adb -a -P PORT nodaemon server` on that machine).',
            ),
          ),
        timeoutMs,
      );
    });
    return Promise.race([this.client.version(), timeout]).finally(() => clearTimeout(timer));
  }

  /** Makes sure the server answers; starts a local one when allowed. Returns its protocol version. */
  async ensureRunning(): Promise<number> {
    try {
      return await this.version();
    } catch (err) {
      if (!isRefused(err)) throw this.explain(err);
      if (!this.isLocal || !this.autoStart) throw this.explain(err);
    }
    await this.start();
    try {
      return await this.version();
    } catch (err) {
      throw this.explain(err);
    }
  }

  private start(): Promise<void> {
    this.starting ??= new Promise<void>((resolve, reject) => {
      const bin = this.adbPath();
      execFile(
        bin,
        ['-P', String(this.port), 'start-server'],
        { timeout: 20_000, env: this.options.env ?? process.env },
        (err, _stdout, stderr) => {
          this.starting = null;
          if (err) {
            const text = String(stderr || err.message)
              .trim()
              .split('\n')
              .slice(-2)
              .join(' ');
            reject(
              new UserError(
                `adb could not start a server on port ${this.port}: ${text}`,
                `Another program may hold the port, or an adb of another version runs there: try \`${bin} -P ${this.port} kill-server\`, or choose another port with --adb-port.`,
              ),
            );
          } else {
            this.startedHere = true;
            resolve();
          }
        },
      );
    });
    return this.starting;
  }

  get startedByUs(): boolean {
    return this.startedHere;
  }

  /**
   * Stops the adb server if this process started it (on exit, or when the setting that asked for
   * it is removed). Synchronous, so that it also runs while the process is exiting.
   */
  stopIfStarted(): void {
    if (!this.startedHere) return;
    this.startedHere = false;
    try {
      execFileSync(this.adbPath(), ['-P', String(this.port), 'kill-server'], {
        timeout: 10_000,
        stdio: 'ignore',
        env: this.options.env ?? process.env,
      });
    } catch {
      // Already gone, or replaced by someone else's: nothing of ours is left to stop.
    }
  }

  /** Turns adbkit/socket errors into messages that say what to do. */
  explain(err: unknown): Error {
    if (err instanceof UserError) return err;
    const e = err as NodeJS.ErrnoException;
    if (isRefused(err)) {
      return new UserError(
        `No adb server answers at ${this.address}.`,
        this.isLocal
          ? `Start one with \`adb -P ${this.port} start-server\`.`
          : `Start it on that machine with \`adb -a -P ${this.port} nodaemon server\` (it must listen on the network), and check the firewall.`,
      );
    }
    if (e?.code === 'ENOTFOUND' || e?.code === 'EAI_AGAIN')
      return new UserError(`The adb server host ${this.host} cannot be resolved.`, 'Check the --adb address.');
    if (e?.code === 'ETIMEDOUT' || e?.code === 'EHOSTUNREACH')
      return new UserError(
        `The adb server at ${this.address} cannot be reached (${e.code}).`,
        'Check the network and the firewall.',
      );
    if (e?.code === 'ENOENT' && /adb/.test(e.message)) return new UserError('adb is not installed.', installHint());
    return new UserError(`The adb server at ${this.address} failed: ${e?.message ?? String(err)}`);
  }
}

export function isRefused(err: unknown): boolean {
  const e = err as NodeJS.ErrnoException & { path?: string };
  // adbkit's own start attempt with our placeholder binary means the connection was refused.
  if (e?.code === 'ENOENT' && (e.path === NO_AUTOSTART_BIN || String(e.message).includes(NO_AUTOSTART_BIN)))
    return true;
  return e?.code === 'ECONNREFUSED' || /ECONNREFUSED/.test(String(e?.message ?? ''));
}
