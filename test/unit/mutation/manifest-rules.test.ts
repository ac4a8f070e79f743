// The manifest rules, pinned (issue 13, mutation testing): what each vendor's rules report on an
// app that has none of that vendor's SDK — every requirement by name, severity, fix and place — and
// the branches of the common rules, the version-dependent rules and the SDK signs, on manifest
// models built here (no APK), so that Stryker can run them per mutant in milliseconds. The names
// in the table are the vendors' documented components and actions (shared/seeds, push-apis.md);
// a change to a rule must show up here as a reviewed change of this table.
import { describe, expect, it } from 'vitest';
import { checkManifest, commonFindings, integratedChannels, sdkVersionOf } from '../../../src/main/apk/rules';
import type { ComponentModel, ManifestModel } from '../../../src/main/apk/manifest';
import type { VendorChannel } from '../../../src/shared/types';
import { VENDOR_IDS } from '../../../src/shared/vendors';

const PKG = 'com.example.chat';

function app(over: Partial<ManifestModel> = {}): ManifestModel {
  return {
    package: PKG,
    targetSdk: 34,
    debuggable: false,
    usesPermissions: ['android.permission.INTERNET', 'android.permission.POST_NOTIFICATIONS'],
    permissions: [],
    components: [
      comp('activity', `${PKG}.MainActivity`, {
        exported: true,
        intentFilters: [
          { actions: ['android.intent.action.MAIN'], categories: ['android.intent.category.LAUNCHER'], data: [] },
        ],
      }),
    ],
    metaData: {},
    ...over,
  };
}

function comp(kind: ComponentModel['kind'], name: string, over: Partial<ComponentModel> = {}): ComponentModel {
  return { kind, name, intentFilters: [], metaData: {}, ...over };
}

const withAction = (kind: ComponentModel['kind'], name: string, action: string, over: Partial<ComponentModel> = {}) =>
  comp(kind, name, { exported: false, intentFilters: [{ actions: [action], categories: [], data: [] }], ...over });

type Row = [string, string, string, Record<string, unknown>, string, string];

/** What each channel's rules say about an app without that channel's SDK. */
const MISSING: Record<VendorChannel, Row[]> = {
  xiaomi: [
    [
      'fail',
      'missing-own-permission',
      'manifest.missingOwnPermission',
      { name: 'com.example.chat.permission.MIPUSH_RECEIVE', level: 'signature' },
      '<permission android:name="com.example.chat.permission.MIPUSH_RECEIVE" android:protectionLevel="signature" />',
      'manifest/permission',
    ],
    [
      'fail',
      'missing-permission',
      'manifest.missingPermission',
      { name: 'com.example.chat.permission.MIPUSH_RECEIVE' },
      '<uses-permission android:name="com.example.chat.permission.MIPUSH_RECEIVE" />',
      'manifest/uses-permission',
    ],
    [
      'fail',
      'missing-component',
      'manifest.missingComponent',
      { kind: 'service', name: 'com.xiaomi.push.service.XMPushService' },
      '<service android:name="com.xiaomi.push.service.XMPushService" android:enabled="true" android:process=":pushservice" />',
      'application/service',
    ],
    [
      'warn',
      'missing-component',
      'manifest.missingComponent',
      { kind: 'service', name: 'com.xiaomi.push.service.XMJobService' },
      '<service android:name="com.xiaomi.push.service.XMJobService" android:exported="false" android:permission="android.permission.BIND_JOB_SERVICE" android:process=":pushservice" />',
      'application/service',
    ],
    [
      'fail',
      'missing-component',
      'manifest.missingComponent',
      { kind: 'service', name: 'com.xiaomi.mipush.sdk.PushMessageHandler' },
      '<service android:name="com.xiaomi.mipush.sdk.PushMessageHandler" android:enabled="true" android:exported="true" />',
      'application/service',
    ],
    [
      'fail',
      'missing-component',
      'manifest.missingComponent',
      { kind: 'service', name: 'com.xiaomi.mipush.sdk.MessageHandleService' },
      '<service android:name="com.xiaomi.mipush.sdk.MessageHandleService" android:enabled="true" />',
      'application/service',
    ],
    [
      'warn',
      'missing-component',
      'manifest.missingComponent',
      { kind: 'receiver', name: 'com.xiaomi.push.service.receivers.NetworkStatusReceiver' },
      '<receiver android:name="com.xiaomi.push.service.receivers.NetworkStatusReceiver" android:exported="true" />',
      'application/receiver',
    ],
    [
      'fail',
      'missing-component',
      'manifest.missingComponent',
      { kind: 'receiver', name: 'com.xiaomi.push.service.receivers.PingReceiver' },
      '<receiver android:name="com.xiaomi.push.service.receivers.PingReceiver" android:exported="false" android:process=":pushservice" />',
      'application/receiver',
    ],
    [
      'fail',
      'missing-action',
      'manifest.missingAction',
      { kind: 'receiver', action: 'com.xiaomi.mipush.RECEIVE_MESSAGE' },
      '<receiver android:name="com.example.chat.push.XiaomiMsgReceiver" android:exported="true"><intent-filter><action android:name="com.xiaomi.mipush.RECEIVE_MESSAGE" /></intent-filter></receiver>',
      'application/receiver',
    ],
    [
      'fail',
      'missing-action',
      'manifest.missingAction',
      { kind: 'receiver', action: 'com.xiaomi.mipush.MESSAGE_ARRIVED' },
      '<receiver android:name="com.example.chat.push.XiaomiMsgReceiver" android:exported="true"><intent-filter><action android:name="com.xiaomi.mipush.MESSAGE_ARRIVED" /></intent-filter></receiver>',
      'application/receiver',
    ],
    [
      'warn',
      'missing-action',
      'manifest.missingAction',
      { kind: 'receiver', action: 'com.xiaomi.mipush.ERROR' },
      '<receiver android:name="com.example.chat.push.XiaomiMsgReceiver" android:exported="true"><intent-filter><action android:name="com.xiaomi.mipush.ERROR" /></intent-filter></receiver>',
      'application/receiver',
    ],
    [
      'fail',
      'mipush-too-old',
      'manifest.mipushTooOld',
      { target: 34 },
      'Update MiPush to 4.9.1 or later (its AAR declares <activity android:name="com.xiaomi.mipush.sdk.NotificationClickedActivity" \u2026>)',
      'application/activity',
    ],
  ],
  huawei: [
    [
      'fail',
      'missing-action',
      'manifest.missingAction',
      { kind: 'service', action: 'com.huawei.push.action.MESSAGING_EVENT' },
      '<service android:name="com.example.chat.push.HUAWEIHmsMessageService" android:exported="false"><intent-filter><action android:name="com.huawei.push.action.MESSAGING_EVENT" /></intent-filter></service>',
      'application/service',
    ],
    [
      'warn',
      'missing-meta-data',
      'manifest.missingMeta',
      { name: 'com.huawei.hms.client.appid' },
      '<meta-data android:name="com.huawei.hms.client.appid" android:value="appid=<your AppGallery app id>" />',
      'application/meta-data',
    ],
    [
      'warn',
      'missing-own-permission',
      'manifest.missingOwnPermission',
      { name: 'com.example.chat.permission.PROCESS_PUSH_MSG', level: 'signatureOrSystem' },
      '<permission android:name="com.example.chat.permission.PROCESS_PUSH_MSG" android:protectionLevel="signatureOrSystem" />',
      'manifest/permission',
    ],
    [
      'warn',
      'missing-permission',
      'manifest.missingPermission',
      { name: 'com.example.chat.permission.PROCESS_PUSH_MSG' },
      '<uses-permission android:name="com.example.chat.permission.PROCESS_PUSH_MSG" />',
      'manifest/uses-permission',
    ],
  ],
  honor: [
    [
      'fail',
      'missing-action',
      'manifest.missingAction',
      { kind: 'service', action: 'com.hihonor.push.action.MESSAGING_EVENT' },
      '<service android:name="com.example.chat.push.MyHonorMessageService" android:exported="false"><intent-filter><action android:name="com.hihonor.push.action.MESSAGING_EVENT" /></intent-filter></service>',
      'application/service',
    ],
    [
      'warn',
      'missing-meta-data',
      'manifest.missingMeta',
      { name: 'com.hihonor.push.app_id' },
      '<meta-data android:name="com.hihonor.push.app_id" android:value="<your Honor app id>" />',
      'application/meta-data',
    ],
  ],
  oppo: [
    [
      'fail',
      'missing-permission',
      'manifest.missingPermission',
      { name: 'com.heytap.mcs.permission.RECIEVE_MCS_MESSAGE' },
      '<uses-permission android:name="com.heytap.mcs.permission.RECIEVE_MCS_MESSAGE" />',
      'manifest/uses-permission',
    ],
    [
      'warn',
      'missing-permission',
      'manifest.missingPermission',
      { name: 'com.coloros.mcs.permission.RECIEVE_MCS_MESSAGE' },
      '<uses-permission android:name="com.coloros.mcs.permission.RECIEVE_MCS_MESSAGE" />',
      'manifest/uses-permission',
    ],
    [
      'fail',
      'missing-action',
      'manifest.missingAction',
      { kind: 'service', action: 'com.heytap.msp.push.RECEIVE_MCS_MESSAGE' },
      '<service android:name="com.heytap.msp.push.service.DataMessageCallbackService" android:exported="false"><intent-filter><action android:name="com.heytap.msp.push.RECEIVE_MCS_MESSAGE" /></intent-filter></service>',
      'application/service',
    ],
    [
      'warn',
      'missing-action',
      'manifest.missingAction',
      { kind: 'service', action: 'com.coloros.mcs.action.RECEIVE_MCS_MESSAGE' },
      '<service android:name="com.heytap.msp.push.service.CompatibleDataMessageCallbackService" android:exported="false"><intent-filter><action android:name="com.coloros.mcs.action.RECEIVE_MCS_MESSAGE" /></intent-filter></service>',
      'application/service',
    ],
  ],
  vivo: [
    [
      'fail',
      'missing-component',
      'manifest.missingComponent',
      { kind: 'service', name: 'com.vivo.push.sdk.service.CommandClientService' },
      '<service android:name="com.vivo.push.sdk.service.CommandClientService" android:exported="true" />',
      'application/service',
    ],
    [
      'fail',
      'missing-action',
      'manifest.missingAction',
      { kind: 'receiver', action: 'com.vivo.pushclient.action.RECEIVE' },
      '<receiver android:name="com.example.chat.push.VIVOPushMessageReceiverImpl" android:exported="true"><intent-filter><action android:name="com.vivo.pushclient.action.RECEIVE" /></intent-filter></receiver>',
      'application/receiver',
    ],
    [
      'fail',
      'missing-meta-data',
      'manifest.missingMeta',
      { name: 'com.vivo.push.api_key' },
      '<meta-data android:name="com.vivo.push.api_key" android:value="<your vivo APP KEY>" />',
      'application/meta-data',
    ],
    [
      'fail',
      'missing-meta-data',
      'manifest.missingMeta',
      { name: 'com.vivo.push.app_id' },
      '<meta-data android:name="com.vivo.push.app_id" android:value="<your vivo APP ID>" />',
      'application/meta-data',
    ],
  ],
  meizu: [
    [
      'fail',
      'missing-action',
      'manifest.missingAction',
      { kind: 'receiver', action: 'com.meizu.flyme.push.intent.MESSAGE' },
      '<receiver android:name="com.example.chat.push.MEIZUPushReceiver" android:exported="true"><intent-filter><action android:name="com.meizu.flyme.push.intent.MESSAGE" /></intent-filter></receiver>',
      'application/receiver',
    ],
    [
      'fail',
      'missing-action',
      'manifest.missingAction',
      { kind: 'receiver', action: 'com.meizu.flyme.push.intent.REGISTER.FEEDBACK' },
      '<receiver android:name="com.example.chat.push.MEIZUPushReceiver" android:exported="true"><intent-filter><action android:name="com.meizu.flyme.push.intent.REGISTER.FEEDBACK" /></intent-filter></receiver>',
      'application/receiver',
    ],
    [
      'warn',
      'missing-action',
      'manifest.missingAction',
      { kind: 'receiver', action: 'com.meizu.flyme.push.intent.UNREGISTER.FEEDBACK' },
      '<receiver android:name="com.example.chat.push.MEIZUPushReceiver" android:exported="true"><intent-filter><action android:name="com.meizu.flyme.push.intent.UNREGISTER.FEEDBACK" /></intent-filter></receiver>',
      'application/receiver',
    ],
    [
      'warn',
      'missing-permission',
      'manifest.missingPermission',
      { name: 'com.meizu.flyme.push.permission.RECEIVE' },
      '<uses-permission android:name="com.meizu.flyme.push.permission.RECEIVE" />',
      'manifest/uses-permission',
    ],
  ],
  fcm: [
    [
      'fail',
      'missing-action',
      'manifest.missingAction',
      { kind: 'service', action: 'com.google.firebase.MESSAGING_EVENT' },
      '<service android:name="com.example.chat.push.FCMService" android:exported="false"><intent-filter><action android:name="com.google.firebase.MESSAGING_EVENT" /></intent-filter></service>',
      'application/service',
    ],
  ],
};

const channelFindings = (m: ManifestModel, ch: VendorChannel) => checkManifest(m, ch).find((c) => c.channel === ch)!;

describe('each vendor’s requirements, by name', () => {
  it.each(VENDOR_IDS)('%s: an app without the SDK gets every requirement, absent', (ch) => {
    const c = channelFindings(app(), ch);
    expect(c.status).toBe('absent');
    expect(c.findings.map((f) => [f.severity, f.code, f.message.key, f.message.params ?? {}, f.fix, f.where])).toEqual(
      MISSING[ch],
    );
  });
});

/** The app with what a vendor's rules ask for, built from the table above (what a fix would add). */
function integrated(ch: VendorChannel, rows = MISSING[ch]): ManifestModel {
  const m = app({ targetSdk: 34 });
  for (const [, code, , params] of rows) {
    const p = params as { kind: ComponentModel['kind']; name: string; action: string; level: string };
    if (code === 'missing-component') m.components.push(comp(p.kind, p.name, { exported: true }));
    if (code === 'missing-action') m.components.push(withAction(p.kind, `${PKG}.push.${ch}${p.action}`, p.action));
    if (code === 'missing-permission') m.usesPermissions.push(p.name);
    if (code === 'missing-own-permission') m.permissions.push({ name: p.name, protectionLevel: [p.level] });
    if (code === 'missing-meta-data') m.metaData[p.name] = '106512345';
    if (code === 'mipush-too-old')
      m.components.push(comp('activity', 'com.xiaomi.mipush.sdk.NotificationClickedActivity', { exported: true }));
  }
  const handler = m.components.find((c) => c.name === 'com.xiaomi.mipush.sdk.PushMessageHandler');
  if (handler) handler.permission = 'com.xiaomi.xmsf.permission.MIPUSH_RECEIVE';
  return m;
}

describe('an app that has what the rules ask for', () => {
  it.each(VENDOR_IDS)('%s: integrated, nothing to report', (ch) => {
    const c = channelFindings(integrated(ch), ch);
    expect(c.findings).toEqual([]);
    expect(c.status).toBe('ok');
    expect(integratedChannels(integrated(ch))).toEqual([ch]);
  });

  it.each(VENDOR_IDS)(
    '%s: each requirement taken away alone is reported alone, and the channel is broken or warned',
    (ch) => {
      const rows = MISSING[ch].filter((r) => r[1] !== 'mipush-too-old' && r[1] !== 'missing-own-permission');
      for (let i = 0; i < rows.length; i++) {
        const m = integrated(
          ch,
          MISSING[ch].filter((r) => r !== rows[i]),
        );
        const c = channelFindings(m, ch);
        expect(
          c.findings.map((f) => f.code),
          `${ch} without ${JSON.stringify(rows[i][3])}`,
        ).toEqual([rows[i][1]]);
        expect(c.findings[0].severity).toBe(rows[i][0]);
        // Taking away the SDK's last sign (FCM's one service) leaves nothing integrated: absent.
        const integratedStill = integratedChannels(m).includes(ch);
        expect(c.status).toBe(!integratedStill ? 'absent' : rows[i][0] === 'fail' ? 'broken' : 'ok');
      }
    },
  );

  it('an own permission declared with a weaker protection level is a warning naming both', () => {
    const m = integrated('xiaomi');
    m.permissions = [{ name: `${PKG}.permission.MIPUSH_RECEIVE`, protectionLevel: ['normal'] }];
    const f = channelFindings(m, 'xiaomi').findings;
    expect(f).toEqual([
      expect.objectContaining({
        severity: 'warn',
        code: 'protection-level',
        message: {
          key: 'manifest.protectionLevel',
          params: { name: `${PKG}.permission.MIPUSH_RECEIVE`, level: 'signature', actual: 'normal' },
        },
        fix: `<permission android:name="${PKG}.permission.MIPUSH_RECEIVE" android:protectionLevel="signature" />`,
        where: 'manifest/permission',
      }),
    ]);
  });
});

describe('rules that depend on targetSdk and the SDK version', () => {
  it('MiPush without NotificationClickedActivity fails from targetSdk 31, not before', () => {
    const rows = MISSING.xiaomi.filter((r) => r[1] !== 'mipush-too-old');
    const at = (target: number) => {
      const m = integrated('xiaomi', rows);
      m.targetSdk = target;
      m.components = m.components.filter((c) => c.name !== 'com.xiaomi.mipush.sdk.NotificationClickedActivity');
      return channelFindings(m, 'xiaomi').findings.map((f) => f.code);
    };
    expect(at(30)).toEqual([]);
    expect(at(31)).toEqual(['mipush-too-old']);
  });

  it('a newer MiPush wants its message handler guarded by the xmsf permission', () => {
    const m = integrated('xiaomi');
    m.components.find((c) => c.name === 'com.xiaomi.mipush.sdk.PushMessageHandler')!.permission = undefined;
    expect(channelFindings(m, 'xiaomi').findings).toEqual([
      expect.objectContaining({
        severity: 'warn',
        code: 'mipush-handler-unguarded',
        message: { key: 'manifest.mipushHandlerUnguarded', params: { actual: '-' } },
      }),
    ]);
    // An older MiPush (no NotificationClickedActivity) is not asked for it.
    m.targetSdk = 30;
    m.components = m.components.filter((c) => c.name !== 'com.xiaomi.mipush.sdk.NotificationClickedActivity');
    expect(channelFindings(m, 'xiaomi').findings).toEqual([]);
  });

  it('Honor SDK 7 wants READ_PUSH_NOTIFICATION_INFO; 6 does not', () => {
    const m = integrated('honor');
    m.metaData['com.hihonor.push.sdk_version'] = '6.0.4.200';
    expect(channelFindings(m, 'honor').findings).toEqual([]);
    m.metaData['com.hihonor.push.sdk_version'] = '7.0.41.301';
    expect(channelFindings(m, 'honor').findings).toEqual([
      expect.objectContaining({
        severity: 'warn',
        code: 'missing-permission',
        message: { key: 'manifest.honor7Permission', params: { version: '7.0.41.301' } },
        fix: '<uses-permission android:name="com.hihonor.push.permission.READ_PUSH_NOTIFICATION_INFO" />',
      }),
    ]);
    m.usesPermissions.push('com.hihonor.push.permission.READ_PUSH_NOTIFICATION_INFO');
    expect(channelFindings(m, 'honor').findings).toEqual([]);
  });

  it('Meizu 4.x MzPushSystemReceiver needs its action, its guard and the permission', () => {
    const receiver = (over: Partial<ComponentModel> = {}) =>
      withAction(
        'receiver',
        'com.meizu.cloud.pushsdk.MzPushSystemReceiver',
        'com.meizu.flyme.push.intent.PUSH_SYSTEM',
        {
          permission: 'com.meizu.flyme.permission.PUSH',
          ...over,
        },
      );
    const codes = (r: ComponentModel, perm: boolean) => {
      const m = integrated('meizu');
      m.components.push(r);
      if (perm) m.usesPermissions.push('com.meizu.flyme.permission.PUSH');
      return channelFindings(m, 'meizu').findings.map((f) => `${f.severity}:${f.code}`);
    };
    expect(codes(receiver(), true)).toEqual([]);
    expect(codes(receiver(), false)).toEqual(['fail:missing-permission']);
    expect(codes(receiver({ permission: undefined }), true)).toEqual(['fail:meizu-system-receiver']);
    expect(codes(receiver({ intentFilters: [] }), true)).toEqual(['fail:meizu-system-receiver']);
    expect(sdkVersionOf(integrated('meizu'), 'meizu')).toBeUndefined();
    const m = integrated('meizu');
    m.components.push(receiver());
    expect(sdkVersionOf(m, 'meizu')).toBe('>=4');
  });

  it('reads each SDK version the AAR writes', () => {
    const m = app({
      metaData: {
        'com.huawei.hms.client.service.name:push': 'push:6.12.0.300',
        'com.hihonor.push.sdk_version': '7.0.41.301',
        sdk_version_vivo: '484',
      },
    });
    expect(sdkVersionOf(m, 'huawei')).toBe('6.12.0.300');
    expect(sdkVersionOf(m, 'honor')).toBe('7.0.41.301');
    expect(sdkVersionOf(m, 'vivo')).toBe('484');
    expect(sdkVersionOf(m, 'oppo')).toBeUndefined();
    expect(sdkVersionOf(m, 'fcm')).toBeUndefined();
    expect(sdkVersionOf(app(), 'huawei')).toBeUndefined();
    expect(sdkVersionOf(app(), 'xiaomi')).toBeUndefined();
    expect(
      sdkVersionOf(
        app({ components: [comp('activity', 'com.xiaomi.mipush.sdk.NotificationClickedActivity')] }),
        'xiaomi',
      ),
    ).toBe('>=4.9.1');
  });
});

describe('what betrays an SDK: any one sign makes the channel integrated', () => {
  const signs: [VendorChannel, Partial<ManifestModel>][] = [
    ['xiaomi', { components: [comp('service', 'com.xiaomi.push.service.XMPushService')] }],
    ['xiaomi', { components: [comp('service', 'com.xiaomi.mipush.sdk.MessageHandleService')] }],
    ['xiaomi', { components: [withAction('receiver', `${PKG}.R`, 'com.xiaomi.mipush.MESSAGE_ARRIVED')] }],
    ['xiaomi', { usesPermissions: [`${PKG}.permission.MIPUSH_RECEIVE`] }],
    ['huawei', { components: [comp('service', 'com.huawei.hms.push.HmsMessageService')] }],
    ['huawei', { metaData: { 'com.huawei.hms.client.appid': 'appid=1' } }],
    ['huawei', { metaData: { 'com.huawei.hms.client.service.name:push': 'push:6.1' } }],
    ['honor', { usesPermissions: ['com.hihonor.push.permission.READ_PUSH_NOTIFICATION_INFO'] }],
    ['honor', { metaData: { 'com.hihonor.push.app_id': '1' } }],
    ['oppo', { components: [comp('service', 'com.heytap.mcssdk.PushService')] }],
    ['oppo', { components: [withAction('service', `${PKG}.S`, 'com.coloros.mcs.action.RECEIVE_MCS_MESSAGE')] }],
    ['vivo', { metaData: { sdk_version_vivo: '484' } }],
    ['vivo', { components: [withAction('receiver', `${PKG}.V`, 'com.vivo.pushclient.action.RECEIVE')] }],
    ['meizu', { components: [withAction('receiver', `${PKG}.M`, 'com.meizu.flyme.push.intent.PUSH_SYSTEM')] }],
    ['fcm', { components: [comp('service', 'com.google.firebase.messaging.FirebaseMessagingService')] }],
  ];
  it.each(signs)('%s from %j', (ch, over) => {
    const m = app();
    m.components.push(...(over.components ?? []));
    m.usesPermissions.push(...(over.usesPermissions ?? []));
    Object.assign(m.metaData, over.metaData ?? {});
    expect(integratedChannels(m)).toEqual([ch]);
    expect(channelFindings(m, ch).status).not.toBe('absent');
  });

  it('HMS account or map kits alone (com.huawei.hms.* but not push) do not make it integrated', () => {
    expect(
      integratedChannels(app({ components: [comp('activity', 'com.huawei.hms.account.SignInHubActivity')] })),
    ).toEqual([]);
  });

  it('with no channel given, every integrated channel is checked, and the common rules first', () => {
    const m = integrated('huawei');
    m.components.push(comp('service', 'com.google.firebase.messaging.FirebaseMessagingService'));
    expect(checkManifest(m).map((c) => c.channel)).toEqual(['common', 'huawei', 'fcm']);
    expect(checkManifest(m).find((c) => c.channel === 'common')!.status).toBe('ok');
  });
});

describe('the common rules', () => {
  const codes = (m: ManifestModel) => commonFindings(m).map((f) => `${f.severity}:${f.code}`);

  it('INTERNET is required; POST_NOTIFICATIONS from targetSdk 33', () => {
    expect(codes(app({ usesPermissions: [] }))).toEqual(['fail:missing-permission', 'warn:post-notifications']);
    expect(codes(app({ usesPermissions: ['android.permission.INTERNET'], targetSdk: 32 }))).toEqual([]);
    expect(commonFindings(app({ usesPermissions: ['android.permission.INTERNET'], targetSdk: 33 }))).toEqual([
      {
        severity: 'warn',
        code: 'post-notifications',
        message: { key: 'manifest.postNotifications', params: { target: 33 } },
        fix: '<uses-permission android:name="android.permission.POST_NOTIFICATIONS" />',
        where: 'manifest/uses-permission',
      },
    ]);
  });

  it('a component with an intent-filter and no android:exported fails from targetSdk 31 (providers aside)', () => {
    const c = withAction('service', `${PKG}.push.S`, 'x.Y', { exported: undefined });
    const p = withAction('provider', `${PKG}.P`, 'x.Z', { exported: undefined });
    expect(codes(app({ targetSdk: 30, components: [c, p] }))).toEqual([]);
    expect(commonFindings(app({ targetSdk: 31, components: [c, p] }))).toEqual([
      {
        severity: 'fail',
        code: 'exported-missing',
        message: { key: 'manifest.exportedMissing', params: { kind: 'service', name: `${PKG}.push.S`, target: 31 } },
        fix: `<service android:name="${PKG}.push.S" android:exported="false" …>`,
        where: `application/service[@name='${PKG}.push.S']`,
      },
    ]);
    expect(codes(app({ targetSdk: 31, components: [{ ...c, exported: false }] }))).toEqual([]);
    const alias = withAction('activity-alias', `${PKG}.A`, 'x.Y', { exported: undefined });
    expect(commonFindings(app({ targetSdk: 31, components: [alias] }))[0].fix).toBe(
      `<activity-alias android:name="${PKG}.A" android:exported="true" …>`,
    );
  });

  it("a demo's package left in a permission, an authority or a category fails; the app's own does not", () => {
    const demo = 'com.tencent.qcloud.tim.tuikit';
    const m = app({
      permissions: [{ name: `${demo}.permission.MIPUSH_RECEIVE`, protectionLevel: ['signature'] }],
      usesPermissions: [
        'android.permission.INTERNET',
        'android.permission.POST_NOTIFICATIONS',
        `${demo}.permission.MIPUSH_RECEIVE`,
      ],
      components: [
        comp('provider', `${PKG}.Files`, { authorities: [`${demo}.fileprovider`, `${PKG}.own`] }),
        comp('activity', `${PKG}.Chat`, {
          exported: true,
          intentFilters: [{ actions: ['a'], categories: [demo, PKG], data: [] }],
        }),
      ],
    });
    const f = commonFindings(m).filter((x) => x.code === 'foreign-package');
    expect(f.map((x) => [x.message.key, x.where, x.fix])).toEqual([
      [
        'manifest.foreignPackage',
        'manifest/permission',
        `<permission android:name="${PKG}.permission.MIPUSH_RECEIVE" android:protectionLevel="signature" />`,
      ],
      [
        'manifest.foreignPackage',
        'manifest/uses-permission',
        `<uses-permission android:name="${PKG}.permission.MIPUSH_RECEIVE" />`,
      ],
      [
        'manifest.foreignAuthority',
        `application/provider[@name='${PKG}.Files']`,
        `android:authorities="${PKG}.fileprovider"`,
      ],
      [
        'manifest.foreignCategory',
        `application/activity[@name='${PKG}.Chat']/intent-filter/category`,
        `<category android:name="${PKG}" />`,
      ],
    ]);
    // Another app's own permission (not a demo) is caught by its shape.
    const other = commonFindings(
      app({ usesPermissions: ['android.permission.INTERNET', 'com.other.app.permission.PROCESS_PUSH_MSG'] }),
    );
    expect(other.map((x) => x.code)).toContain('foreign-package');
    // The TUIKit demo checking itself is not foreign to itself.
    expect(
      commonFindings({ ...m, package: demo }).filter(
        (x) => x.code === 'foreign-package' && x.where === 'manifest/permission',
      ),
    ).toEqual([]);
  });

  it('a permission used under a name nobody declared fails, naming a similar declared one', () => {
    const m = app({
      permissions: [{ name: `${PKG}.permission.MIPUSH_RECEIVE`, protectionLevel: ['signature'] }],
      usesPermissions: ['android.permission.INTERNET', `${PKG}.MIPUSH_RECEIVE`, `${PKG}.permission.OTHER`],
    });
    expect(commonFindings(m).filter((x) => x.code === 'undeclared-permission')).toEqual([
      {
        severity: 'fail',
        code: 'undeclared-permission',
        message: {
          key: 'manifest.undeclaredPermissionSimilar',
          params: { name: `${PKG}.MIPUSH_RECEIVE`, similar: `${PKG}.permission.MIPUSH_RECEIVE` },
        },
        fix: `<uses-permission android:name="${PKG}.permission.MIPUSH_RECEIVE" />`,
        where: 'manifest/uses-permission',
      },
      {
        severity: 'fail',
        code: 'undeclared-permission',
        message: { key: 'manifest.undeclaredPermission', params: { name: `${PKG}.permission.OTHER` } },
        fix: `<permission android:name="${PKG}.permission.OTHER" android:protectionLevel="signature" />`,
        where: 'manifest/uses-permission',
      },
    ]);
  });

  it.each([
    ['xxxx', true],
    ['XXX', true],
    ['1234567890', true],
    ['your_app_id', true],
    ['${VIVO_APPKEY}', true],
    ['appid=', true],
    ['', true],
    ['填写你的AppID', true],
    ['106512345', false],
    ['appid=106512345', false],
  ])('the meta-data value %j is a placeholder: %s', (value, placeholder) => {
    const f = commonFindings(app({ metaData: { 'com.vivo.push.app_id': value } })).filter(
      (x) => x.code === 'placeholder',
    );
    expect(f.length).toBe(placeholder ? 1 : 0);
    if (placeholder)
      expect(f[0]).toMatchObject({
        severity: 'fail',
        where: 'meta-data com.vivo.push.app_id',
        fix: '<meta-data android:name="com.vivo.push.app_id" android:value="<the real value from the vendor console>" />',
      });
  });
});
