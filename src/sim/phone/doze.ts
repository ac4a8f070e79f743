// Doze on the virtual phone, stepped on the phone's clock as AOSP's DeviceIdleController steps it.
//
// Deep Doze: with the screen off and no charger the phone goes INACTIVE, then (no motion) IDLE;
// in IDLE it wakes for a maintenance window (IDLE_MAINTENANCE) after 1 h, then after 2 h, 4 h, and
// every 6 h at most; the windows last 5 min, then 10 min. Light Doze: INACTIVE → IDLE after a few
// minutes, windows after 5, 10, 15 min (at most), 1 min long; while deep Doze is IDLE light Doze is
// OVERRIDE. A screen turned on or a charger plugged in makes the phone ACTIVE again — except while
// `dumpsys deviceidle force-idle` holds it (`unforce` lets it go: ACTIVE if the screen is on or it
// charges, otherwise it goes on from where it is).
//
// The constants are AOSP's defaults (DeviceIdleController.Constants: IDLE_TIMEOUT 60 min,
// IDLE_FACTOR 2, MAX_IDLE_TIMEOUT 6 h, IDLE_PENDING_TIMEOUT 5 min, MAX_IDLE_PENDING_TIMEOUT 10 min,
// INACTIVE_TIMEOUT 30 min, IDLE_AFTER_INACTIVE_TIMEOUT 30 min, LIGHT_IDLE_AFTER_INACTIVE_TIMEOUT
// 3 min, LIGHT_IDLE_TIMEOUT 5 min, LIGHT_IDLE_FACTOR 2, LIGHT_MAX_IDLE_TIMEOUT 15 min,
// LIGHT_IDLE_MAINTENANCE_MIN_BUDGET 1 min). The motion and location steps (SENSING, LOCATING) are
// skipped: the virtual phone lies still.
import type { PhoneClock, PhoneTimer } from './clock';

export type DeepState = 'ACTIVE' | 'INACTIVE' | 'IDLE_PENDING' | 'SENSING' | 'LOCATING' | 'IDLE' | 'IDLE_MAINTENANCE';
export type LightState =
  'ACTIVE' | 'INACTIVE' | 'PRE_IDLE' | 'IDLE' | 'WAITING_FOR_NETWORK' | 'IDLE_MAINTENANCE' | 'OVERRIDE';

const MIN = 60_000;
export const DOZE_TIMING = {
  inactiveMs: 30 * MIN,
  idleAfterInactiveMs: 30 * MIN,
  idleMs: 60 * MIN,
  idleFactor: 2,
  maxIdleMs: 360 * MIN,
  maintenanceMs: 5 * MIN,
  maintenanceFactor: 2,
  maxMaintenanceMs: 10 * MIN,
  lightAfterInactiveMs: 3 * MIN,
  lightIdleMs: 5 * MIN,
  lightIdleFactor: 2,
  lightMaxIdleMs: 15 * MIN,
  lightMaintenanceMs: 1 * MIN,
} as const;

export interface DozeHooks {
  /** A state changed (for the log: DeviceIdleController's own lines). */
  onChange?(deep: DeepState, light: LightState, reason: string): void;
  /** A maintenance window opened (deep or light), or the phone became ACTIVE: deferred work runs. */
  onRelease?(kind: 'deep-window' | 'light-window' | 'active'): void;
}

export class Doze {
  deep: DeepState = 'ACTIVE';
  light: LightState = 'ACTIVE';
  forced: 'deep' | 'light' | undefined;
  screenOn = true;
  charging = false;
  private nextIdleMs: number = DOZE_TIMING.idleMs;
  private nextMaintenanceMs: number = DOZE_TIMING.maintenanceMs;
  private nextLightIdleMs: number = DOZE_TIMING.lightIdleMs;
  private deepTimer: PhoneTimer | undefined;
  private lightTimer: PhoneTimer | undefined;

  constructor(
    private readonly clock: PhoneClock,
    private readonly hooks: DozeHooks = {},
  ) {}

  /** Deep Doze holds normal-priority FCM, jobs and app network access (not in a maintenance window). */
  get deepIdle(): boolean {
    return this.deep === 'IDLE';
  }

  /** App network access is deferred: deep IDLE, or light IDLE / WAITING_FOR_NETWORK. */
  get networkDeferred(): boolean {
    return this.deep === 'IDLE' || this.light === 'IDLE' || this.light === 'WAITING_FOR_NETWORK';
  }

  private change(reason: string): void {
    this.hooks.onChange?.(this.deep, this.light, reason);
  }

  private clearTimers(which: 'deep' | 'light' | 'both' = 'both'): void {
    if (which !== 'light') this.deepTimer?.cancel();
    if (which !== 'deep') this.lightTimer?.cancel();
    if (which !== 'light') this.deepTimer = undefined;
    if (which !== 'deep') this.lightTimer = undefined;
  }

  /** `dumpsys deviceidle force-idle [deep|light]`. */
  forceIdle(mode: 'deep' | 'light'): void {
    this.forced = mode;
    if (mode === 'deep') {
      if (this.deep !== 'IDLE') this.enterDeepIdle('force-idle');
    } else if (this.light !== 'IDLE' && this.deep !== 'IDLE') {
      this.enterLightIdle('force-idle');
    }
  }

  /** `dumpsys deviceidle unforce`. */
  unforce(): void {
    this.forced = undefined;
    if (this.screenOn || this.charging) this.becomeActive('exit-force');
  }

  setScreen(on: boolean): void {
    if (this.screenOn === on) return;
    this.screenOn = on;
    this.reconsider(on ? 'screen' : 'screen-off');
  }

  setCharging(charging: boolean): void {
    if (this.charging === charging) return;
    this.charging = charging;
    this.reconsider(charging ? 'charging' : 'unplugged');
  }

  /** Forced state (and all timers) cleared, as a boot leaves DeviceIdleController. */
  reset(): void {
    this.clearTimers();
    this.forced = undefined;
    this.deep = 'ACTIVE';
    this.light = 'ACTIVE';
    this.resetFactors();
  }

  dispose(): void {
    this.clearTimers();
  }

  private reconsider(reason: string): void {
    if (this.forced) return;
    if (this.screenOn || this.charging) this.becomeActive(reason);
    else if (this.deep === 'ACTIVE') this.becomeInactive(reason);
  }

  private resetFactors(): void {
    this.nextIdleMs = DOZE_TIMING.idleMs;
    this.nextMaintenanceMs = DOZE_TIMING.maintenanceMs;
    this.nextLightIdleMs = DOZE_TIMING.lightIdleMs;
  }

  private becomeActive(reason: string): void {
    const wasActive = this.deep === 'ACTIVE' && this.light === 'ACTIVE';
    this.clearTimers();
    this.resetFactors();
    this.deep = 'ACTIVE';
    this.light = 'ACTIVE';
    if (!wasActive) {
      this.change(reason);
      this.hooks.onRelease?.('active');
    }
  }

  private becomeInactive(reason: string): void {
    this.deep = 'INACTIVE';
    this.light = 'INACTIVE';
    this.change(reason);
    this.deepTimer = this.clock.after(DOZE_TIMING.inactiveMs, () => {
      this.deep = 'IDLE_PENDING';
      this.change('step');
      this.deepTimer = this.clock.after(DOZE_TIMING.idleAfterInactiveMs, () => this.enterDeepIdle('step'));
    });
    this.lightTimer = this.clock.after(DOZE_TIMING.lightAfterInactiveMs, () => this.enterLightIdle('step'));
  }

  private enterDeepIdle(reason: string): void {
    this.clearTimers();
    this.deep = 'IDLE';
    this.light = 'OVERRIDE';
    this.change(reason);
    const idle = this.nextIdleMs;
    this.nextIdleMs = Math.min(DOZE_TIMING.maxIdleMs, this.nextIdleMs * DOZE_TIMING.idleFactor);
    this.deepTimer = this.clock.after(idle, () => {
      this.deep = 'IDLE_MAINTENANCE';
      this.change('step');
      this.hooks.onRelease?.('deep-window');
      const window = this.nextMaintenanceMs;
      this.nextMaintenanceMs = Math.min(
        DOZE_TIMING.maxMaintenanceMs,
        this.nextMaintenanceMs * DOZE_TIMING.maintenanceFactor,
      );
      this.deepTimer = this.clock.after(window, () => this.enterDeepIdle('step'));
    });
  }

  private enterLightIdle(reason: string): void {
    this.lightTimer?.cancel();
    this.light = 'IDLE';
    this.change(reason);
    const idle = this.nextLightIdleMs;
    this.nextLightIdleMs = Math.min(DOZE_TIMING.lightMaxIdleMs, this.nextLightIdleMs * DOZE_TIMING.lightIdleFactor);
    this.lightTimer = this.clock.after(idle, () => {
      if (this.light !== 'IDLE') return;
      this.light = 'IDLE_MAINTENANCE';
      this.change('step');
      this.hooks.onRelease?.('light-window');
      this.lightTimer = this.clock.after(DOZE_TIMING.lightMaintenanceMs, () => {
        if (this.light === 'IDLE_MAINTENANCE') this.enterLightIdle('step');
      });
    });
  }
}
