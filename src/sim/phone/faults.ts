// Faults the virtual phone can be started with, so that every verdict of the checklist can be
// shown on demand (`push-doctor sim --fault NAME`).
import type { StepId } from '../../shared/types';

export interface FaultInfo {
  name: string;
  /** The step that must end in fail or warn because of it. */
  step: StepId | 'adb.connection';
  description: string;
}

export const FAULTS = [
  { name: 'app-not-installed', step: 'app.installed', description: 'the test app is not installed' },
  {
    name: 'push-service-missing',
    step: 'device.pushService',
    description: "the ROM's push service (or Google Play services) is missing",
  },
  {
    name: 'manifest-missing-service',
    step: 'app.manifest',
    description: "the app's manifest lacks the channel's push service/receiver",
  },
  { name: 'manifest-placeholder', step: 'app.manifest', description: 'the manifest still holds a placeholder app id' },
  {
    name: 'manifest-foreign-permission',
    step: 'app.manifest',
    description: "a permission/authority is named for the vendor demo's package",
  },
  { name: 'notifications-off', step: 'app.notifications', description: "the app's notifications are switched off" },
  {
    name: 'missing-channel',
    step: 'app.notifications',
    description: 'the app never created the notification channel the push uses',
  },
  { name: 'dnd-on', step: 'device.power', description: 'Do Not Disturb is on' },
  {
    name: 'battery-restricted',
    step: 'device.power',
    description: 'the app is in the restricted standby bucket and barred from background',
  },
  { name: 'no-token', step: 'push.token', description: 'the push SDK fails to register, so no token is logged' },
  { name: 'unauthorized', step: 'adb.connection', description: 'the phone has not accepted the USB debugging prompt' },
  {
    name: 'click-unresolvable',
    step: 'app.clickThrough',
    description: "the tap target's intent-filter does not match the configured URI",
  },
  {
    name: 'click-no-default',
    step: 'app.clickThrough',
    description: "the tap target's intent-filter lacks CATEGORY_DEFAULT, so an implicit start cannot reach it",
  },
  { name: 'click-not-exported', step: 'app.clickThrough', description: 'the tap target activity is not exported' },
  { name: 'click-wrong-package', step: 'app.clickThrough', description: "the tap target names another app's package" },
  {
    name: 'shell-hang',
    step: 'adb.connection',
    description: 'the phone never answers `dumpsys` (per-command timeouts)',
  },
  {
    name: 'shell-garbage',
    step: 'app.notifications',
    description: 'the phone answers `dumpsys notification` with garbage',
  },
  { name: 'logcat-stall', step: 'push.token', description: 'logcat stops streaming without closing' },
  // Not the phone: the push stand-ins of a lab accept connections and never answer (a stalled push service).
  {
    name: 'standin-stall',
    step: 'push.delivery',
    description: 'the push services (stand-ins) accept requests and never answer',
  },
] as const satisfies readonly FaultInfo[];

export type FaultName = (typeof FAULTS)[number]['name'];
export const FAULT_NAMES: FaultName[] = FAULTS.map((f) => f.name);

export function isFaultName(v: string): v is FaultName {
  return (FAULT_NAMES as string[]).includes(v);
}

export function hasFault(phone: { faults: ReadonlySet<string> }, name: FaultName): boolean {
  return phone.faults.has(name);
}
