// Every vendor push channel the product knows, one line each (the order of src/shared/vendors.ts
// VENDOR_IDS). Every table of per-vendor knowledge in the product is read from here; a vendor left
// out of this record does not compile.
import type { VendorId } from '../../shared/vendors';
import type { VendorModule } from './types';
import { xiaomi } from './xiaomi';
import { huawei } from './huawei';
import { honor } from './honor';
import { oppo } from './oppo';
import { vivo } from './vivo';
import { meizu } from './meizu';
import { fcm } from './fcm';

export const VENDOR_MODULES: Record<VendorId, VendorModule> = { xiaomi, huawei, honor, oppo, vivo, meizu, fcm };
