// The names IM SDKs print for a push channel (Easemob `onReceiveToken: HMSPUSH - …`, TPNS
// `other push type: huawei`, Tencent IM `code des = xiaomi …`), from each vendor's log lines.
import type { VendorChannel } from '../../shared/types';
import { VENDOR_IDS } from '../../shared/vendors';
import { VENDOR_MODULES } from './registry';

const BY_NAME = new Map<string, VendorChannel>(
  VENDOR_IDS.flatMap((v) => VENDOR_MODULES[v].logLines.typeNames.map((n) => [n, v] as const)),
);

/** The channel an IM SDK's type name stands for (exact spelling), if any. */
export function channelNamed(name: string | undefined): VendorChannel | undefined {
  return name === undefined ? undefined : BY_NAME.get(name);
}
