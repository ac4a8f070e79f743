// What a vendor ROM ships, as the virtual phone's own facts (device-facts.md §2 and §6), kept apart
// from the product's tables in src/main so that a wrong entry there shows up as a disagreement with
// the phone instead of being copied into it. Each vendor's facts are in src/sim/vendors/<id>/.
import type { BrandFamily, VendorChannel } from '../../shared/types';
import { VENDOR_IDS } from '../../shared/vendors';
import { SIM_VENDORS, byVendor } from '../vendors/registry';
import type { RomActivity } from '../vendors/types';

export type { RomActivity } from '../vendors/types';

/** The system packages that carry each push channel (device-facts.md §2). */
export const PUSH_SERVICE_PACKAGES: Record<VendorChannel, readonly string[]> = byVendor((v) => v.servicePackages);

export function isPushServicePackage(name: string): boolean {
  return Object.values(PUSH_SERVICE_PACKAGES).some((list) => list.includes(name));
}

/**
 * The settings activities of each ROM family that people open from a shell to fix background
 * limits (device-facts.md §6: components from AutoStarter and app code, exported state from adb
 * captures), gathered from the vendors' folders.
 */
export const ROM_ACTIVITIES: Partial<Record<BrandFamily, readonly RomActivity[]>> = Object.assign(
  {},
  ...VENDOR_IDS.map((id) => SIM_VENDORS[id].romActivities),
);

/** The ROM activity a component names on a phone of this family and SDK, if the ROM has it. */
export function romActivity(family: BrandFamily, sdk: number, component: string): RomActivity | undefined {
  return ROM_ACTIVITIES[family]?.find((a) => a.component === component && (a.minSdk === undefined || sdk >= a.minSdk));
}
