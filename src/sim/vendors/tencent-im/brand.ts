// TUIOfflinePush's BrandUtil: the channel the test app's SDK registers with on a phone of this brand
// and manufacturer. This is Tencent's SDK's own order of checks (Xiaomi, Honor, Huawei, Meizu, the
// OPPO family, vivo, else FCM), so it lives with Tencent IM: a vendor the SDK does not know gets FCM,
// as it would with the real SDK.
import type { VendorChannel } from '../../../shared/types';

export function tuiBrandChannel(brand: string, manufacturer: string): VendorChannel {
  const b = brand.toLowerCase();
  const m = manufacturer.toLowerCase();
  const either = (...names: string[]) => names.includes(b) || names.includes(m);
  if (either('xiaomi') || b === 'redmi' || b === 'poco') return 'xiaomi';
  if (b === 'honor' && m === 'honor') return 'honor';
  if (either('huawei') || b === 'honor') return 'huawei';
  if (either('meizu') || b === '22c4185e') return 'meizu';
  if (either('oppo', 'realme', 'oneplus')) return 'oppo';
  if (either('vivo') || b === 'iqoo') return 'vivo';
  return 'fcm';
}
