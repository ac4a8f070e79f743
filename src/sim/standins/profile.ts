// A ready app profile pointing at the stand-ins, so that the whole flow (token, kill, push,
// arrival) runs on one machine. Each provider's entry, channel and tap target come from its folder
// (src/sim/vendors/<id>/).
import { chmodSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { AppProfile } from '../../shared/profile';
import { standinOf, type Standins } from './server';
import { PROVIDERS } from '../../shared/types';
import { VENDOR_IDS } from '../../shared/vendors';
import { CLICK_ACTIVITY, CLICK_HOST, CLICK_PATH, CLICK_SCHEME } from '../apks/manifests';
import { SIM_VENDORS, byVendor } from '../vendors/registry';
import { serviceAccountJson as fcmServiceAccountJson } from '../vendors/fcm/standin';

export function simProfile(
  s: Standins,
  serviceAccountFile: string,
  opts: { wrongClickPackage?: boolean } = {},
): AppProfile {
  const c = s.credentials;
  const pkg = opts.wrongClickPackage ? 'com.tencent.qcloud.tim.tuikit' : c.package;
  const target = {
    uri: `intent://${CLICK_HOST}${CLICK_PATH}#Intent;scheme=${CLICK_SCHEME};launchFlags=0x4000000;component=${pkg}/${CLICK_ACTIVITY};end`,
    className: opts.wrongClickPackage ? 'com.tencent.qcloud.tim.demo.main.MainActivity' : CLICK_ACTIVITY,
  };
  const channels: NonNullable<AppProfile['channels']> = {};
  for (const id of VENDOR_IDS) {
    const channel = SIM_VENDORS[id].appProfile.channel;
    if (channel) channels[id] = channel;
  }
  const providers: Record<string, unknown> = {};
  for (const p of PROVIDERS) {
    const m = standinOf(p);
    providers[p] = m.profile((c as unknown as Record<string, unknown>)[m.credKey], s.urls[p], { serviceAccountFile });
  }
  return {
    package: c.package,
    channels,
    clickAction: byVendor((v) => v.appProfile.clickAction(target)),
    // Each entry is typed by its module (StandinModule.profile returns that provider's config).
    providers: providers as AppProfile['providers'],
  };
}

export function serviceAccountJson(s: Standins): string {
  return fcmServiceAccountJson(s.credentials.fcm, s.urls.fcm.tokenUrl!);
}

/** Writes the profile (0600) and the FCM service account next to it. */
export function writeSimProfile(path: string, s: Standins, opts: { wrongClickPackage?: boolean } = {}): AppProfile {
  const saPath = join(
    dirname(path),
    `${path
      .split('/')
      .pop()!
      .replace(/\.json$/, '')}.fcm-service-account.json`,
  );
  writeFileSync(saPath, serviceAccountJson(s), { mode: 0o600 });
  const profile = simProfile(s, saPath, opts);
  // Mode 0600 and atomic, like the product's profile files (the product refuses a readable one).
  const tmp = join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
  writeFileSync(tmp, JSON.stringify(profile, null, 2) + '\n', { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, path);
  return profile;
}
