// What the virtual phone's test app logs when it starts: its push SDK's real lines for the channel
// and IM SDK it integrates (device-facts.md §5), and tokens shaped like each vendor's. The lines and
// token shapes are the vendors' own (src/sim/vendors/<id>/); this file picks them.
import { createHash } from 'node:crypto';
import type { VendorChannel } from '../../shared/types';
import type { SdkLogSource } from './phone';
import type { ImSdk } from '../profiles';
import { SIM_IMS, SIM_VENDORS } from '../vendors/registry';
import { tuiOfflinePushLines } from '../vendors/tencent-im';

function digest(seed: string, n: number): Buffer {
  const out: Buffer[] = [];
  for (let i = 0; Buffer.concat(out).length < n; i++) out.push(createHash('sha256').update(`${seed}:${i}`).digest());
  return Buffer.concat(out).subarray(0, n);
}

/** A token with the vendor's real shape, the same for the same seed. */
export function generateToken(vendor: VendorChannel, seed: string): string {
  return SIM_VENDORS[vendor].token(seed, digest(`${vendor}:${seed}`, 160), digest);
}

export const sdkLogSource: SdkLogSource = {
  token: generateToken,
  appStartLines({
    channel,
    imSdk,
    token,
    package: pkg,
    reportOk,
  }: {
    channel: VendorChannel;
    imSdk: ImSdk;
    token: string | null;
    package: string;
    reportOk: boolean;
  }) {
    const vendor = SIM_VENDORS[channel];
    // The vendor's demo app integrates TUIOfflinePush without the IM login that reports the token.
    if (imSdk === 'vendor-demo') return tuiOfflinePushLines(vendor, token);
    const im = imSdk === 'easemob' ? SIM_IMS.easemob : SIM_IMS['tencent-im'];
    return im.appStartLines({ vendor, token, package: pkg, reportOk });
  },
};
