// Live device tracking on one adb server. adbkit's tracker ends for good when its socket closes
// (the server died or restarted); this one re-arms itself with backoff, restarts a local server,
// reconnects the network phones the old server knew, and reconciles the list so that phones gone
// while it was down are reported as removed.
import { EventEmitter } from 'node:events';
import type { AdbServer } from './server';
import type { AdbDevice } from './kit';
import type { DeviceState } from '../../shared/types';

export interface TrackedDevice {
  serial: string;
  state: DeviceState;
}

const KNOWN_STATES: DeviceState[] = [
  'device',
  'unauthorized',
  'offline',
  'connecting',
  'authorizing',
  'recovery',
  'bootloader',
  'sideload',
];

export function normalizeState(raw: string): DeviceState {
  const s = raw.trim().toLowerCase();
  if (s === 'emulator') return 'device';
  if (s.startsWith('no permissions')) return 'no permissions';
  return (KNOWN_STATES as string[]).includes(s) ? (s as DeviceState) : 'unknown';
}

/** `host:port` serials are network phones (`adb connect`), which a restarted server forgets. */
export function isNetworkSerial(serial: string): boolean {
  return /^(?:\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):\d{1,5}$/.test(serial);
}

export interface DeviceTrackerEvents {
  change: [devices: TrackedDevice[]];
  server: [status: { status: 'up' | 'down'; message?: string }];
}

export class DeviceTracker extends EventEmitter<DeviceTrackerEvents> {
  private readonly map = new Map<string, DeviceState>();
  private tracker: { end(): unknown; removeAllListeners(): unknown } | null = null;
  private stopped = true;
  private retryTimer: NodeJS.Timeout | null = null;
  private backoffMs = 250;
  private up: boolean | null = null;
  private pollTimer: NodeJS.Timeout | null = null;
  /** Network phones to reconnect after the server restarts. */
  private readonly networkSerials = new Set<string>();

  constructor(readonly server: AdbServer) {
    super();
  }

  devices(): TrackedDevice[] {
    return [...this.map].map(([serial, state]) => ({ serial, state }));
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    void this.arm();
  }

  stop(): void {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    if (this.pollTimer) clearTimeout(this.pollTimer);
    this.pollTimer = null;
    this.dropTracker();
  }

  /** Remember a network phone so that a restarted server gets it back. */
  rememberNetwork(serial: string): void {
    if (isNetworkSerial(serial)) this.networkSerials.add(serial);
  }

  forgetNetwork(serial: string): void {
    this.networkSerials.delete(serial);
  }

  private dropTracker(): void {
    if (!this.tracker) return;
    this.tracker.removeAllListeners();
    try {
      this.tracker.end();
    } catch {
      // already ended
    }
    this.tracker = null;
  }

  private lastMessage: string | undefined;

  status(): { status: 'up' | 'down' | 'unknown'; message?: string } {
    return this.up === null ? { status: 'unknown' } : { status: this.up ? 'up' : 'down', message: this.lastMessage };
  }

  private setUp(up: boolean, message?: string): void {
    if (this.up === up) return;
    this.up = up;
    this.lastMessage = message;
    this.emit('server', { status: up ? 'up' : 'down', message });
  }

  private async arm(): Promise<void> {
    if (this.stopped) return;
    try {
      await this.server.ensureRunning();
      // A restarted server has forgotten network phones; ask it to connect them again.
      const list = await this.server.client.listDevices();
      const listed = new Set(list.map((d: AdbDevice) => d.id));
      for (const serial of this.networkSerials) {
        if (!listed.has(serial)) {
          const [host, port] = splitHostPort(serial);
          await this.server.client.connect(host, port).catch(() => undefined);
        }
      }
      const tracker = await this.server.client.trackDevices();
      if (this.stopped) {
        tracker.end();
        return;
      }
      this.tracker = tracker;
      this.reconcile((await this.server.client.listDevices()) as AdbDevice[]);
      this.setUp(true);
      this.backoffMs = 250;
      tracker.on('add', (d: AdbDevice) => this.update(d.id, normalizeState(d.type)));
      tracker.on('change', (d: AdbDevice) => this.update(d.id, normalizeState(d.type)));
      tracker.on('remove', (d: AdbDevice) => this.remove(d.id));
      tracker.on('error', () => undefined);
      tracker.on('end', () => {
        this.tracker = null;
        if (this.stopped) return;
        this.setUp(false, `The adb server at ${this.server.address} went away; reconnecting.`);
        // Its phones are not reachable until it is back.
        this.reconcile([]);
        this.scheduleRetry();
      });
    } catch (err) {
      this.dropTracker();
      this.setUp(false, (err as Error).message);
      // Phones of a server that is down are not usable; report them gone.
      if (this.map.size) this.reconcile([]);
      this.scheduleRetry();
    }
  }

  private scheduleRetry(): void {
    if (this.stopped || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.arm();
    }, this.backoffMs);
    this.backoffMs = Math.min(this.backoffMs * 2, 5000);
  }

  private reconcile(list: AdbDevice[]): void {
    const next = new Map(list.map((d) => [d.id, normalizeState(d.type)] as const));
    let changed = next.size !== this.map.size;
    for (const [serial, state] of next) if (this.map.get(serial) !== state) changed = true;
    this.map.clear();
    for (const [serial, state] of next) {
      this.map.set(serial, state);
      this.rememberNetwork(serial);
    }
    if (changed) this.emit('change', this.devices());
    this.schedulePoll();
  }

  /**
   * adb's track-devices does not report a network phone moving from `offline` to `unauthorized`
   * (seen with adb 29), so while a phone sits in a transitional state the list is polled.
   */
  private schedulePoll(): void {
    if (this.pollTimer || this.stopped || !this.tracker) return;
    const transitional = [...this.map.values()].some(
      (s) => s === 'offline' || s === 'connecting' || s === 'authorizing',
    );
    if (!transitional) return;
    this.pollTimer = setTimeout(async () => {
      this.pollTimer = null;
      if (this.stopped || !this.tracker) return;
      try {
        this.reconcile((await this.server.client.listDevices()) as AdbDevice[]);
      } catch {
        // the tracker's own end handler deals with a dead server
      }
    }, 1000);
  }

  private update(serial: string, state: DeviceState): void {
    if (this.map.get(serial) === state) return;
    this.map.set(serial, state);
    this.rememberNetwork(serial);
    this.emit('change', this.devices());
    this.schedulePoll();
  }

  private remove(serial: string): void {
    // Removed while the server is up: disconnected on purpose or gone for good.
    this.networkSerials.delete(serial);
    if (!this.map.delete(serial)) return;
    this.emit('change', this.devices());
  }
}

export function splitHostPort(serial: string): [string, number] {
  const i = serial.lastIndexOf(':');
  return [serial.slice(0, i).replace(/^\[|\]$/g, ''), Number(serial.slice(i + 1))];
}
