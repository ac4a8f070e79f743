// Every push channel and IM service the virtual phone and the stand-ins know, one line each (the
// ids of src/shared/vendors.ts). Every per-vendor table in src/sim is read from here: a vendor left
// out does not compile. Adding one (README, "Adding a vendor"): a folder ./<id>/ with index.ts (the
// SimVendor: service packages, ROM rules, settings screens, token shape, SDK lines, console form),
// manifest.ts, profiles.ts, standin.ts (+ signing.ts when its API signs), and one line below.
// Optional: ./tencent-im/brand.ts, if Tencent's TUIOfflinePush picks the new channel by brand.
import { VENDOR_IDS, type ImId, type VendorId } from '../../shared/vendors';
import type { SimIm, SimVendor } from './types';
import { xiaomi } from './xiaomi';
import { huawei } from './huawei';
import { honor } from './honor';
import { oppo } from './oppo';
import { vivo } from './vivo';
import { meizu } from './meizu';
import { fcm } from './fcm';
import { tencentIm } from './tencent-im';
import { easemob } from './easemob';

const vendors = { xiaomi, huawei, honor, oppo, vivo, meizu, fcm } satisfies Record<VendorId, SimVendor>;
const ims = { 'tencent-im': tencentIm, easemob } satisfies Record<ImId, SimIm>;

export const SIM_VENDORS: Record<VendorId, SimVendor> = vendors;
export const SIM_IMS: Record<ImId, SimIm> = ims;

/** Each entry's own type (the stand-ins' credentials are typed from it). */
export type SimVendorTypes = typeof vendors;
export type SimImTypes = typeof ims;

/** A table with one entry per vendor, in registry order, computed from each vendor's facts. */
export function byVendor<T>(f: (vendor: SimVendor, id: VendorId) => T): Record<VendorId, T> {
  const out = {} as Record<VendorId, T>;
  for (const id of VENDOR_IDS) out[id] = f(SIM_VENDORS[id], id);
  return out;
}
