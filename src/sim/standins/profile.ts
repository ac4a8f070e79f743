// A ready app profile pointing at the stand-ins, so that the whole flow (token, kill, push,
// arrival) runs on one machine.
import { chmodSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { AppProfile } from '../../shared/profile';
import type { Standins } from './server';
import { CLICK_ACTIVITY, CLICK_HOST, CLICK_PATH, CLICK_SCHEME } from '../apks/manifests';

export function simProfile(
  s: Standins,
  serviceAccountFile: string,
  opts: { wrongClickPackage?: boolean } = {},
): AppProfile {
  const c = s.credentials;
  const pkg = opts.wrongClickPackage ? 'com.tencent.qcloud.tim.tuikit' : c.package;
  const intentUri = `intent://${CLICK_HOST}${CLICK_PATH}#Intent;scheme=${CLICK_SCHEME};launchFlags=0x4000000;component=${pkg}/${CLICK_ACTIVITY};end`;
  return {
    package: c.package,
    channels: {
      oppo: 'push_messages',
      xiaomi: 'push_messages',
      huawei: 'push_messages',
      fcm: 'push_messages',
      vivo: 'push_messages',
    },
    clickAction: {
      xiaomi: { type: 'activity', value: intentUri },
      huawei: { type: 'activity', value: intentUri },
      honor: { type: 'activity', value: intentUri },
      vivo: { type: 'activity', value: intentUri },
      oppo: {
        type: 'activity',
        value: opts.wrongClickPackage ? 'com.tencent.qcloud.tim.demo.main.MainActivity' : CLICK_ACTIVITY,
      },
      meizu: {
        type: 'activity',
        value: opts.wrongClickPackage ? 'com.tencent.qcloud.tim.demo.main.MainActivity' : CLICK_ACTIVITY,
      },
      fcm: { type: 'app' },
    },
    providers: {
      xiaomi: { appSecret: c.xiaomi.appSecret, baseUrl: s.urls.xiaomi.baseUrl },
      huawei: {
        appId: c.huawei.appId,
        clientSecret: c.huawei.clientSecret,
        authUrl: s.urls.huawei.authUrl,
        baseUrl: s.urls.huawei.baseUrl,
      },
      honor: {
        appId: c.honor.appId,
        clientId: c.honor.clientId,
        clientSecret: c.honor.clientSecret,
        authUrl: s.urls.honor.authUrl,
        baseUrl: s.urls.honor.baseUrl,
      },
      oppo: { appKey: c.oppo.appKey, masterSecret: c.oppo.masterSecret, baseUrl: s.urls.oppo.baseUrl },
      vivo: {
        appId: c.vivo.appId,
        appKey: c.vivo.appKey,
        appSecret: c.vivo.appSecret,
        baseUrl: s.urls.vivo.baseUrl,
        classification: 1,
      },
      meizu: { appId: c.meizu.appId, appSecret: c.meizu.appSecret, baseUrl: s.urls.meizu.baseUrl },
      fcm: { serviceAccountFile, tokenUrl: s.urls.fcm.tokenUrl, baseUrl: s.urls.fcm.baseUrl },
      'tencent-im': {
        sdkAppId: c.tencent.sdkAppId,
        secretKey: c.tencent.secretKey,
        adminId: c.tencent.adminId,
        fromUser: 'bob',
        toUser: 'alice',
        baseUrl: s.urls['tencent-im'].baseUrl,
      },
      easemob: {
        orgName: c.easemob.orgName,
        appName: c.easemob.appName,
        clientId: c.easemob.clientId,
        clientSecret: c.easemob.clientSecret,
        fromUser: 'bob',
        toUser: 'alice',
        baseUrl: s.urls.easemob.baseUrl,
      },
    },
  };
}

export function serviceAccountJson(s: Standins): string {
  const f = s.credentials.fcm;
  return JSON.stringify(
    {
      type: 'service_account',
      project_id: f.projectId,
      private_key_id: f.privateKeyId,
      private_key: f.privateKeyPem,
      client_email: f.clientEmail,
      client_id: '100000000000000000000',
      token_uri: s.urls.fcm.tokenUrl,
    },
    null,
    2,
  );
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
