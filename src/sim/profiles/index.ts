// Virtual phone profiles: the properties of a real model of each ROM family (values follow the
// public captures in device-facts.md §1.2, with the traps they show), the vendor push service at a
// plausible version, and which channel the test app integrates. The phones themselves are in their
// vendor's folder, src/sim/vendors/<id>/profiles.ts.
import type { BrandFamily, VendorChannel } from '../../shared/types';
import { VENDOR_IDS } from '../../shared/vendors';
import { SIM_VENDORS } from '../vendors/registry';

export interface PackageSpec {
  name: string;
  versionCode: number;
  versionName: string;
  system?: boolean;
  uid?: number;
}

export type ImSdk = 'tencent' | 'easemob' | 'vendor-demo';

export interface PhoneProfile {
  name: string;
  title: string;
  family: BrandFamily;
  props: Record<string, string>;
  /** The vendor push service (or Google Play services for FCM phones). */
  pushService?: PackageSpec;
  /** Other preinstalled packages that matter (GMS next to a vendor service, security centres). */
  packages: PackageSpec[];
  /** The channel the test app registers with on this phone. */
  appChannel: VendorChannel;
  imSdk: ImSdk;
}

/** Every built-in phone: each vendor's own (src/sim/vendors/<id>/profiles.ts), in registry order. */
export const PROFILES: PhoneProfile[] = VENDOR_IDS.flatMap((id) => SIM_VENDORS[id].profiles);

export function findProfile(name: string): PhoneProfile | undefined {
  return PROFILES.find((p) => p.name === name);
}

export const PROFILE_NAMES = PROFILES.map((p) => p.name);
