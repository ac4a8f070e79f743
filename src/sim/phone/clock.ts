// The virtual phone's clock. With a time scale N the phone's time runs N times faster than the
// host's: an eight-hour Doze cycle (maintenance windows after 1 h, 3 h, 7 h…) passes in seconds, so
// tests and `watch --time-scale N` see what a phone on a desk does overnight. Every timer of the
// phone's model (Doze steps, maintenance windows, boot) is set on this clock, in phone ms.

/** Longest delay Node's setTimeout takes (2^31-1 ms); longer waits are chained. */
const MAX_TIMEOUT = 2_147_483_647;

export interface PhoneTimer {
  cancel(): void;
}

export class PhoneClock {
  readonly scale: number;
  /** Host time and phone time at the moment the clock was made. */
  readonly wallOrigin: number;
  readonly phoneOrigin: number;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(scale = 1, wallOrigin = Date.now(), phoneOrigin = wallOrigin) {
    if (!(scale > 0) || !Number.isFinite(scale)) throw new Error(`time scale must be a positive number, not ${scale}`);
    this.scale = scale;
    this.wallOrigin = wallOrigin;
    this.phoneOrigin = phoneOrigin;
  }

  /** The phone's epoch ms. */
  now(): number {
    return Math.round(this.phoneOrigin + (Date.now() - this.wallOrigin) * this.scale);
  }

  /** Host ms that `phoneMs` of phone time take. */
  toWall(phoneMs: number): number {
    return phoneMs / this.scale;
  }

  /** The phone's time at host time `wallMs`. */
  phoneAt(wallMs: number): number {
    return Math.round(this.phoneOrigin + (wallMs - this.wallOrigin) * this.scale);
  }

  /**
   * How the clock maps host time to phone time, for tools that time pushes on a scaled phone:
   * `<host ms at origin>:<phone ms at origin>:<scale>` (the property `ro.pushdoctor.clock`).
   */
  describe(): string {
    return `${this.wallOrigin}:${this.phoneOrigin}:${this.scale}`;
  }

  /** Runs `fn` once `phoneMs` of phone time have passed. Timers do not keep the process alive. */
  after(phoneMs: number, fn: () => void): PhoneTimer {
    const due = this.now() + Math.max(0, phoneMs);
    let handle: NodeJS.Timeout | undefined;
    let cancelled = false;
    const arm = () => {
      const wait = Math.min(MAX_TIMEOUT, Math.max(0, this.toWall(due - this.now())));
      handle = setTimeout(() => {
        this.timers.delete(handle!);
        if (cancelled) return;
        if (this.now() < due - 0.5 * this.scale) arm();
        else fn();
      }, wait);
      handle.unref?.();
      this.timers.add(handle);
    };
    arm();
    return {
      cancel: () => {
        cancelled = true;
        if (handle) {
          clearTimeout(handle);
          this.timers.delete(handle);
        }
      },
    };
  }

  dispose(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }
}
