// Several adb servers at once (a desktop's own plus lab hosts): one tracker each, one merged list,
// and a server that goes away only takes its own phones with it.
import { EventEmitter } from 'node:events';
import { AdbServer, defaultServerPort, type AdbServerOptions } from './server';
import { DeviceTracker, type TrackedDevice } from './tracker';
import { splitHostPort } from './tracker';
import type { DeviceState } from '../../shared/types';
import { parseServerAddress } from '../../shared/validate';
import { BadInputError, UserError } from '../errors';
import type { AdbDevice } from './kit';
import { normalizeState } from './tracker';

export interface HubDevice {
  serial: string;
  /** `host:port` of the server it hangs off. */
  server: string;
  state: DeviceState;
}

export interface HubOptions extends Omit<AdbServerOptions, 'host' | 'port'> {
  /** `host:port` strings; the local default server when empty. */
  servers?: string[];
}

export interface HubEvents {
  devices: [devices: HubDevice[]];
  server: [status: { server: string; status: 'up' | 'down' | 'removed'; message?: string }];
}

export function parseServers(
  list: string[] | undefined,
  env: NodeJS.ProcessEnv = process.env,
): { host: string; port: number }[] {
  const entries = list?.length ? list : [`127.0.0.1:${defaultServerPort(env)}`];
  const out: { host: string; port: number }[] = [];
  for (const entry of entries) {
    const parsed = parseServerAddress(entry, defaultServerPort(env));
    if (!parsed)
      throw new BadInputError(
        `"${entry}" is not an adb server address.`,
        'Give it as HOST:PORT, e.g. 127.0.0.1:5037 or lab-3.local:5037.',
      );
    if (!out.some((s) => s.host === parsed.host && s.port === parsed.port)) out.push(parsed);
  }
  return out;
}

export class AdbHub extends EventEmitter<HubEvents> {
  /** The servers in use, in the order given; changed in place by `setServers`. */
  readonly servers: AdbServer[] = [];
  private readonly trackers: DeviceTracker[] = [];
  private started = false;

  constructor(private readonly options: HubOptions = {}) {
    super();
    for (const s of parseServers(options.servers, options.env)) this.add(s.host, s.port);
  }

  private add(host: string, port: number, mayStart = true): void {
    const server = new AdbServer({
      ...this.options,
      host,
      port,
      autoStart: this.options.autoStart !== false && mayStart,
    });
    const t = new DeviceTracker(server);
    t.on('change', () => this.emit('devices', this.devices()));
    t.on('server', (s) => this.emit('server', { server: server.address, ...s }));
    this.servers.push(server);
    this.trackers.push(t);
    if (this.started) t.start();
  }

  /**
   * Switches to another list of servers (the app's settings): new ones start tracking, dropped
   * ones stop and take their phones off the list (and an adb server this process started for one
   * is stopped); the ones kept keep their state. `mayStart` says which new addresses the user
   * asked to have a local adb server started on; by default all (the CLI's own list).
   */
  setServers(list: string[], mayStart: (address: { host: string; port: number }) => boolean = () => true): void {
    const wanted = parseServers(list, this.options.env);
    const same = (s: AdbServer, w: { host: string; port: number }) => s.host === w.host && s.port === w.port;
    const old = this.servers.map((server, i) => ({ server, tracker: this.trackers[i] }));
    for (const o of old) {
      if (wanted.some((w) => same(o.server, w))) continue;
      o.tracker.stop();
      o.server.stopIfStarted();
      this.emit('server', { server: o.server.address, status: 'removed' });
    }
    // Rebuilt in the order the user gave.
    this.servers.length = 0;
    this.trackers.length = 0;
    for (const w of wanted) {
      const kept = old.find((o) => same(o.server, w));
      if (kept) {
        kept.server.autoStart = this.options.autoStart !== false && mayStart(w);
        this.servers.push(kept.server);
        this.trackers.push(kept.tracker);
      } else this.add(w.host, w.port, mayStart(w));
    }
    this.emit('devices', this.devices());
  }

  /** Starts live tracking on every server. */
  start(): void {
    if (this.started) return;
    this.started = true;
    for (const t of this.trackers) t.start();
  }

  stop(): void {
    this.started = false;
    for (const t of this.trackers) t.stop();
  }

  /** Stops tracking and every adb server this process started (the tool is exiting). */
  shutdown(): void {
    this.stop();
    for (const s of this.servers) s.stopIfStarted();
  }

  /** Each server with its last known status ('unknown' until its tracker has tried it). */
  serverStatuses(): { server: string; status: 'up' | 'down' | 'unknown'; message?: string }[] {
    return this.servers.map((s, i) => ({ server: s.address, ...this.trackers[i].status() }));
  }

  devices(): HubDevice[] {
    return this.trackers.flatMap((t) => t.devices().map((d: TrackedDevice) => ({ ...d, server: t.server.address })));
  }

  /** One look at every server, without tracking; a server that fails is reported, not fatal. */
  async listOnce(): Promise<{ devices: HubDevice[]; errors: { server: string; error: Error }[] }> {
    const results = await Promise.all(
      this.servers.map(async (server) => {
        try {
          await server.ensureRunning();
          const list = (await server.client.listDevices()) as AdbDevice[];
          return {
            devices: list.map((d) => ({ serial: d.id, server: server.address, state: normalizeState(d.type) })),
            error: null,
          };
        } catch (err) {
          return { devices: [], error: { server: server.address, error: server.explain(err) } };
        }
      }),
    );
    return {
      devices: results.flatMap((r) => r.devices),
      errors: results.flatMap((r) => (r.error ? [r.error] : [])),
    };
  }

  server(address: string): AdbServer | undefined {
    return this.servers.find((s) => s.address === address);
  }

  /** Finds the server a serial hangs off (asking the servers when not tracking). */
  async locate(serial: string, serverAddress?: string): Promise<{ server: AdbServer; state: DeviceState }> {
    const candidates = this.started ? this.devices() : (await this.listOnce()).devices;
    const matches = candidates.filter((d) => d.serial === serial && (!serverAddress || d.server === serverAddress));
    if (matches.length === 0)
      throw new UserError(
        `No phone with serial ${serial} is attached${this.servers.length > 1 ? ' to any of the adb servers' : ''}.`,
        'Run `push-doctor devices` to see the serials; for a network phone run `adb connect HOST:PORT` first.',
      );
    if (matches.length > 1)
      throw new BadInputError(
        `The serial ${serial} is on several adb servers (${matches.map((m) => m.server).join(', ')}).`,
        'Pick one with --adb HOST:PORT.',
      );
    return { server: this.server(matches[0].server)!, state: matches[0].state };
  }

  /** `adb connect host:port` on a server (a network phone or a device farm's remote ADB). */
  async connect(target: string, serverAddress?: string): Promise<string> {
    const server = serverAddress ? this.server(serverAddress) : this.servers[0];
    if (!server) throw new BadInputError(`Unknown adb server ${serverAddress}.`);
    await server.ensureRunning();
    const [host, port] = splitHostPort(target.includes(':') ? target : `${target}:5555`);
    try {
      const serial = await server.client.connect(host, port);
      this.trackers[this.servers.indexOf(server)].rememberNetwork(serial);
      return serial;
    } catch (err) {
      throw new UserError(
        `adb could not connect to ${target}: ${(err as Error).message}`,
        'Check that the phone or device farm allows network ADB on that port.',
      );
    }
  }

  async disconnect(target: string, serverAddress?: string): Promise<void> {
    const server = serverAddress ? this.server(serverAddress) : this.servers[0];
    if (!server) return;
    const [host, port] = splitHostPort(target);
    this.trackers[this.servers.indexOf(server)].forgetNetwork(target);
    await server.client.disconnect(host, port).catch(() => undefined);
  }
}
