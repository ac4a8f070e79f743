// What each push channel needs in the app's manifest (shared/seeds and push-apis.md), and the
// mistakes integrators really make: a service or receiver left out, an action missing from a
// receiver, a permission or authority still named for the vendor demo's package, a placeholder
// value left in, a component with an intent-filter but no android:exported on targetSdk 31+.
// Where a requirement rests on an uncertain source, the finding is a warning, not a failure.
import type { Text, VendorChannel } from '../../shared/types';
import type { ComponentKind, ComponentModel, ManifestModel } from './manifest';

export interface Finding {
  severity: 'fail' | 'warn' | 'info';
  code: string;
  message: Text;
  /** The manifest line to add or change. */
  fix?: string;
  /** Where in the manifest (element path). */
  where?: string;
}

export interface ManifestCheck {
  package: string;
  channel: VendorChannel | 'common';
  findings: Finding[];
  /**
   * `absent`: none of the channel's components is declared; `broken`: some are (the app integrates
   * it) but a required piece is missing or wrong; `ok`: nothing fails. Always `ok` for `common`.
   */
  status: 'ok' | 'broken' | 'absent';
  /** The channel SDK's version when the manifest reveals it (meta-data the SDK merges in). */
  sdkVersion?: string;
}

/** Packages of vendor and IM demos whose names integrators copy. */
export const DEMO_PACKAGES = [
  'com.tencent.qcloud.tim.tuikit',
  'com.tencent.qcloud.tim.demo',
  'com.tencent.qcloud.uipojo',
  'com.hyphenate.chatuidemo',
  'com.hyphenate.easeim',
  'com.huawei.hms.pushdemo',
  'com.xiaomi.mipushdemo',
  'com.heytap.msp.push.demo',
  'com.vivo.pushdemo.test',
  'com.meizu.pushdemo',
  'com.google.firebase.quickstart.fcm',
];

const PLACEHOLDER = /^(?:x{3,}|X{3,})$|xxxx|1234567890|your[_ ]?app|YOUR_|您|填写|替换|此处|\$\{[^}]*\}|^appid=$|^$/i;

function hasAction(c: ComponentModel, action: string): boolean {
  return c.intentFilters.some((f) => f.actions.includes(action));
}

function componentsWith(m: ManifestModel, kind: ComponentKind | ComponentKind[], action: string): ComponentModel[] {
  const kinds = Array.isArray(kind) ? kind : [kind];
  return m.components.filter((c) => kinds.includes(c.kind) && hasAction(c, action));
}

function component(m: ManifestModel, name: string): ComponentModel | undefined {
  return m.components.find((c) => c.name === name);
}

const tag = (kind: ComponentKind) => (kind === 'activity-alias' ? 'activity-alias' : kind);

interface Requirement {
  check(m: ManifestModel): Finding[];
}

const needComponent = (kind: ComponentKind, name: string, severity: 'fail' | 'warn', attrs = ''): Requirement => ({
  check: (m) =>
    component(m, name)
      ? []
      : [
          {
            severity,
            code: 'missing-component',
            message: { key: 'manifest.missingComponent', params: { kind, name } },
            fix: `<${kind} android:name="${name}"${attrs} />`,
            where: `application/${kind}`,
          },
        ],
});

const needAction = (
  kind: ComponentKind | ComponentKind[],
  action: string,
  severity: 'fail' | 'warn',
  exampleClass: (pkg: string) => string,
): Requirement => ({
  check: (m) => {
    if (componentsWith(m, kind, action).length) return [];
    const k = Array.isArray(kind) ? kind[0] : kind;
    // Is there a component that looks meant for it but lacks this action? Name it.
    return [
      {
        severity,
        code: 'missing-action',
        message: { key: 'manifest.missingAction', params: { kind: k, action } },
        fix: `<${k} android:name="${exampleClass(m.package)}" android:exported="${k === 'service' ? 'false' : 'true'}"><intent-filter><action android:name="${action}" /></intent-filter></${k}>`,
        where: `application/${k}`,
      },
    ];
  },
});

const needPermission = (name: string, severity: 'fail' | 'warn'): Requirement => ({
  check: (m) =>
    m.usesPermissions.includes(name)
      ? []
      : [
          {
            severity,
            code: 'missing-permission',
            message: { key: 'manifest.missingPermission', params: { name } },
            fix: `<uses-permission android:name="${name}" />`,
            where: 'manifest/uses-permission',
          },
        ],
});

/** The app's own `<package>.permission.X`, declared with the right protection level and used. */
const needOwnPermission = (suffix: string, level: string, severity: 'fail' | 'warn'): Requirement => ({
  check: (m) => {
    const name = `${m.package}.${suffix}`;
    const out: Finding[] = [];
    const declared = m.permissions.find((p) => p.name === name);
    if (!declared)
      out.push({
        severity,
        code: 'missing-own-permission',
        message: { key: 'manifest.missingOwnPermission', params: { name, level } },
        fix: `<permission android:name="${name}" android:protectionLevel="${level}" />`,
        where: 'manifest/permission',
      });
    else if (!declared.protectionLevel.includes(level))
      out.push({
        severity: 'warn',
        code: 'protection-level',
        message: {
          key: 'manifest.protectionLevel',
          params: { name, level, actual: declared.protectionLevel.join('|') },
        },
        fix: `<permission android:name="${name}" android:protectionLevel="${level}" />`,
        where: 'manifest/permission',
      });
    if (!m.usesPermissions.includes(name))
      out.push({
        severity,
        code: 'missing-permission',
        message: { key: 'manifest.missingPermission', params: { name } },
        fix: `<uses-permission android:name="${name}" />`,
        where: 'manifest/uses-permission',
      });
    return out;
  },
});

const needMeta = (name: string, severity: 'fail' | 'warn', example: string): Requirement => ({
  check: (m) =>
    name in m.metaData
      ? []
      : [
          {
            severity,
            code: 'missing-meta-data',
            message: { key: 'manifest.missingMeta', params: { name } },
            fix: `<meta-data android:name="${name}" android:value="${example}" />`,
            where: 'application/meta-data',
          },
        ],
});

const exampleClass = (suffix: string) => (pkg: string) => `${pkg}.push.${suffix}`;

/** The major version of a dotted version string, or undefined. */
const major = (v: string | undefined) => (v && /^\d+/.test(v) ? Number(/^\d+/.exec(v)![0]) : undefined);

/**
 * The channel SDK's version as its AAR writes it into the merged manifest: HMS
 * `com.huawei.hms.client.service.name:push` = "push:6.12.0.300", Honor `com.hihonor.push.sdk_version`
 * (Tencent TPNS Honor guide: "7.0.41.301"), vivo `sdk_version_vivo` (483/484 in vivo integration docs).
 * MiPush and OPPO write none; MiPush ≥ 4.9.1 is inferred from NotificationClickedActivity, Meizu 4.x
 * from MzPushSystemReceiver (TPNS Meizu guide: "version 4.1.0").
 */
export function sdkVersionOf(m: ManifestModel, channel: VendorChannel): string | undefined {
  switch (channel) {
    case 'huawei':
      return m.metaData['com.huawei.hms.client.service.name:push']?.replace(/^push:/, '') || undefined;
    case 'honor':
      return m.metaData['com.hihonor.push.sdk_version'] || undefined;
    case 'vivo':
      return m.metaData['sdk_version_vivo'] || undefined;
    case 'xiaomi':
      return component(m, 'com.xiaomi.mipush.sdk.NotificationClickedActivity') ? '>=4.9.1' : undefined;
    case 'meizu':
      return component(m, 'com.meizu.cloud.pushsdk.MzPushSystemReceiver') ? '>=4' : undefined;
    default:
      return undefined;
  }
}

/** Requirements that depend on targetSdk or on the SDK version the manifest reveals. */
const VERSIONED: Partial<Record<VendorChannel, Requirement[]>> = {
  xiaomi: [
    {
      // Android 12 blocks notification trampolines; MiPush 4.9.1 added an activity that opens the app
      // directly (Xiaomi's Android 12 adaptation notice); older SDKs' taps do nothing on targetSdk 31+.
      check: (m) =>
        (m.targetSdk ?? 0) >= 31 && !component(m, 'com.xiaomi.mipush.sdk.NotificationClickedActivity')
          ? [
              {
                severity: 'fail',
                code: 'mipush-too-old',
                message: { key: 'manifest.mipushTooOld', params: { target: m.targetSdk ?? 0 } },
                fix: 'Update MiPush to 4.9.1 or later (its AAR declares <activity android:name="com.xiaomi.mipush.sdk.NotificationClickedActivity" …>)',
                where: 'application/activity',
              },
            ]
          : [],
    },
    {
      // Newer MiPush guards PushMessageHandler so only the MiPush service (xmsf) can bind it.
      check: (m) => {
        if (!component(m, 'com.xiaomi.mipush.sdk.NotificationClickedActivity')) return [];
        const h = component(m, 'com.xiaomi.mipush.sdk.PushMessageHandler');
        return h && h.permission !== 'com.xiaomi.xmsf.permission.MIPUSH_RECEIVE'
          ? [
              {
                severity: 'warn',
                code: 'mipush-handler-unguarded',
                message: { key: 'manifest.mipushHandlerUnguarded', params: { actual: h.permission ?? '-' } },
                fix: '<service android:name="com.xiaomi.mipush.sdk.PushMessageHandler" android:enabled="true" android:exported="true" android:permission="com.xiaomi.xmsf.permission.MIPUSH_RECEIVE" />',
                where: "application/service[@name='com.xiaomi.mipush.sdk.PushMessageHandler']",
              },
            ]
          : [];
      },
    },
  ],
  honor: [
    {
      // Honor push SDK 7.x: PushReceiver and AutoInitProvider are gone; the app requests READ_PUSH_NOTIFICATION_INFO.
      check: (m) =>
        (major(sdkVersionOf(m, 'honor')) ?? 0) >= 7 &&
        !m.usesPermissions.includes('com.hihonor.push.permission.READ_PUSH_NOTIFICATION_INFO')
          ? [
              {
                severity: 'warn',
                code: 'missing-permission',
                message: { key: 'manifest.honor7Permission', params: { version: sdkVersionOf(m, 'honor') ?? '' } },
                fix: '<uses-permission android:name="com.hihonor.push.permission.READ_PUSH_NOTIFICATION_INFO" />',
                where: 'manifest/uses-permission',
              },
            ]
          : [],
    },
  ],
  meizu: [
    {
      // push-internal 4.x replaces SystemReceiver with MzPushSystemReceiver, guarded by com.meizu.flyme.permission.PUSH.
      check: (m) => {
        const r = component(m, 'com.meizu.cloud.pushsdk.MzPushSystemReceiver');
        if (!r) return [];
        const out: Finding[] = [];
        const fix =
          '<receiver android:name="com.meizu.cloud.pushsdk.MzPushSystemReceiver" android:exported="false" android:permission="com.meizu.flyme.permission.PUSH"><intent-filter><action android:name="com.meizu.flyme.push.intent.PUSH_SYSTEM" /></intent-filter></receiver>';
        if (
          !hasAction(r, 'com.meizu.flyme.push.intent.PUSH_SYSTEM') ||
          r.permission !== 'com.meizu.flyme.permission.PUSH'
        )
          out.push({
            severity: 'fail',
            code: 'meizu-system-receiver',
            message: { key: 'manifest.meizuSystemReceiver' },
            fix,
            where: "application/receiver[@name='com.meizu.cloud.pushsdk.MzPushSystemReceiver']",
          });
        if (!m.usesPermissions.includes('com.meizu.flyme.permission.PUSH'))
          out.push({
            severity: 'fail',
            code: 'missing-permission',
            message: { key: 'manifest.missingPermission', params: { name: 'com.meizu.flyme.permission.PUSH' } },
            fix: '<uses-permission android:name="com.meizu.flyme.permission.PUSH" />',
            where: 'manifest/uses-permission',
          });
        return out;
      },
    },
  ],
};

export const CHANNEL_RULES: Record<VendorChannel, Requirement[]> = {
  xiaomi: [
    needOwnPermission('permission.MIPUSH_RECEIVE', 'signature', 'fail'),
    needComponent(
      'service',
      'com.xiaomi.push.service.XMPushService',
      'fail',
      ' android:enabled="true" android:process=":pushservice"',
    ),
    needComponent(
      'service',
      'com.xiaomi.push.service.XMJobService',
      'warn',
      ' android:exported="false" android:permission="android.permission.BIND_JOB_SERVICE" android:process=":pushservice"',
    ),
    needComponent(
      'service',
      'com.xiaomi.mipush.sdk.PushMessageHandler',
      'fail',
      ' android:enabled="true" android:exported="true"',
    ),
    needComponent('service', 'com.xiaomi.mipush.sdk.MessageHandleService', 'fail', ' android:enabled="true"'),
    needComponent(
      'receiver',
      'com.xiaomi.push.service.receivers.NetworkStatusReceiver',
      'warn',
      ' android:exported="true"',
    ),
    needComponent(
      'receiver',
      'com.xiaomi.push.service.receivers.PingReceiver',
      'fail',
      ' android:exported="false" android:process=":pushservice"',
    ),
    needAction('receiver', 'com.xiaomi.mipush.RECEIVE_MESSAGE', 'fail', exampleClass('XiaomiMsgReceiver')),
    needAction('receiver', 'com.xiaomi.mipush.MESSAGE_ARRIVED', 'fail', exampleClass('XiaomiMsgReceiver')),
    needAction('receiver', 'com.xiaomi.mipush.ERROR', 'warn', exampleClass('XiaomiMsgReceiver')),
  ],
  huawei: [
    needAction('service', 'com.huawei.push.action.MESSAGING_EVENT', 'fail', exampleClass('HUAWEIHmsMessageService')),
    // The app id can come from agconnect-services.json instead, so its absence is only a warning.
    needMeta('com.huawei.hms.client.appid', 'warn', 'appid=<your AppGallery app id>'),
    needOwnPermission('permission.PROCESS_PUSH_MSG', 'signatureOrSystem', 'warn'),
  ],
  honor: [
    needAction('service', 'com.hihonor.push.action.MESSAGING_EVENT', 'fail', exampleClass('MyHonorMessageService')),
    // The meta-data name is from public integrations, not an official doc we could read: warn.
    needMeta('com.hihonor.push.app_id', 'warn', '<your Honor app id>'),
  ],
  oppo: [
    needPermission('com.heytap.mcs.permission.RECIEVE_MCS_MESSAGE', 'fail'),
    needPermission('com.coloros.mcs.permission.RECIEVE_MCS_MESSAGE', 'warn'),
    needAction(
      'service',
      'com.heytap.msp.push.RECEIVE_MCS_MESSAGE',
      'fail',
      () => 'com.heytap.msp.push.service.DataMessageCallbackService',
    ),
    needAction(
      'service',
      'com.coloros.mcs.action.RECEIVE_MCS_MESSAGE',
      'warn',
      () => 'com.heytap.msp.push.service.CompatibleDataMessageCallbackService',
    ),
  ],
  vivo: [
    needComponent('service', 'com.vivo.push.sdk.service.CommandClientService', 'fail', ' android:exported="true"'),
    needAction('receiver', 'com.vivo.pushclient.action.RECEIVE', 'fail', exampleClass('VIVOPushMessageReceiverImpl')),
    needMeta('com.vivo.push.api_key', 'fail', '<your vivo APP KEY>'),
    needMeta('com.vivo.push.app_id', 'fail', '<your vivo APP ID>'),
  ],
  meizu: [
    needAction('receiver', 'com.meizu.flyme.push.intent.MESSAGE', 'fail', exampleClass('MEIZUPushReceiver')),
    needAction('receiver', 'com.meizu.flyme.push.intent.REGISTER.FEEDBACK', 'fail', exampleClass('MEIZUPushReceiver')),
    needAction(
      'receiver',
      'com.meizu.flyme.push.intent.UNREGISTER.FEEDBACK',
      'warn',
      exampleClass('MEIZUPushReceiver'),
    ),
    needPermission('com.meizu.flyme.push.permission.RECEIVE', 'warn'),
  ],
  fcm: [needAction('service', 'com.google.firebase.MESSAGING_EVENT', 'fail', exampleClass('FCMService'))],
};

/**
 * What betrays each channel's SDK in a manifest: any one of its components (by class prefix or by
 * an action only its components handle), its meta-data or its permissions. A channel with any of
 * them is integrated, so a missing piece makes it broken, not absent. HMS is keyed on its push
 * classes, not on com.huawei.hms.* in general (account or map kits bring those too).
 */
const SIGNS: Record<VendorChannel, { prefixes: string[]; actions: string[]; meta: string[]; permissions: RegExp[] }> = {
  xiaomi: {
    prefixes: ['com.xiaomi.push.', 'com.xiaomi.mipush.'],
    actions: ['com.xiaomi.mipush.RECEIVE_MESSAGE', 'com.xiaomi.mipush.MESSAGE_ARRIVED'],
    meta: [],
    permissions: [/\.permission\.MIPUSH_RECEIVE$/],
  },
  huawei: {
    prefixes: ['com.huawei.hms.support.api.push.', 'com.huawei.hms.push.'],
    actions: ['com.huawei.push.action.MESSAGING_EVENT'],
    meta: ['com.huawei.hms.client.appid', 'com.huawei.hms.client.service.name:push'],
    permissions: [],
  },
  honor: {
    prefixes: ['com.hihonor.push.'],
    actions: ['com.hihonor.push.action.MESSAGING_EVENT'],
    meta: ['com.hihonor.push.app_id', 'com.hihonor.push.sdk_version'],
    permissions: [/^com\.hihonor\.push\./],
  },
  oppo: {
    prefixes: ['com.heytap.msp.push.', 'com.heytap.mcssdk.', 'com.coloros.mcssdk.'],
    actions: ['com.heytap.msp.push.RECEIVE_MCS_MESSAGE', 'com.coloros.mcs.action.RECEIVE_MCS_MESSAGE'],
    meta: [],
    permissions: [],
  },
  vivo: {
    prefixes: ['com.vivo.push.'],
    actions: ['com.vivo.pushclient.action.RECEIVE'],
    meta: ['com.vivo.push.api_key', 'com.vivo.push.app_id', 'sdk_version_vivo'],
    permissions: [],
  },
  meizu: {
    prefixes: ['com.meizu.cloud.pushsdk.'],
    actions: ['com.meizu.flyme.push.intent.MESSAGE', 'com.meizu.flyme.push.intent.PUSH_SYSTEM'],
    meta: [],
    permissions: [],
  },
  fcm: {
    prefixes: ['com.google.firebase.messaging.'],
    actions: ['com.google.firebase.MESSAGING_EVENT'],
    meta: [],
    permissions: [],
  },
};

function integrates(m: ManifestModel, ch: VendorChannel): boolean {
  const s = SIGNS[ch];
  return (
    m.components.some((c) => s.prefixes.some((p) => c.name.startsWith(p)) || s.actions.some((a) => hasAction(c, a))) ||
    s.meta.some((k) => k in m.metaData) ||
    m.usesPermissions.some((p) => s.permissions.some((re) => re.test(p)))
  );
}

/** Channels a manifest integrates: any component, meta-data or permission of the SDK is enough. */
export function integratedChannels(m: ManifestModel): VendorChannel[] {
  return (Object.keys(SIGNS) as VendorChannel[]).filter((ch) => integrates(m, ch));
}

/** The vendor SDKs' "own permission" names: `<app package>.permission.X`. */
const OWN_PERMISSION =
  /^(.+?)\.((?:push\.)?permission\.(?:MIPUSH_RECEIVE|PROCESS_PUSH_MSG|C2D_MESSAGE|MESSAGE)|MIPUSH_RECEIVE)$/;

/** The package part of a name that should carry the app's package but carries another one. */
function foreignPrefix(value: string, pkg: string): string | null {
  // The app's own names are never foreign, even when the app is itself one of the demos (TUIKit's demo).
  if (isOwn(value, pkg)) return null;
  for (const demo of DEMO_PACKAGES) if (value.startsWith(demo + '.') || value === demo) return demo;
  const m = OWN_PERMISSION.exec(value);
  if (m && m[1] !== pkg && !PLACEHOLDER.test(m[1])) return m[1];
  return null;
}

const isOwn = (value: string, pkg: string) => !!pkg && (value === pkg || value.startsWith(pkg + '.'));

export function commonFindings(m: ManifestModel): Finding[] {
  const out: Finding[] = [];
  const target = m.targetSdk ?? 0;
  if (!m.usesPermissions.includes('android.permission.INTERNET'))
    out.push({
      severity: 'fail',
      code: 'missing-permission',
      message: { key: 'manifest.missingPermission', params: { name: 'android.permission.INTERNET' } },
      fix: '<uses-permission android:name="android.permission.INTERNET" />',
      where: 'manifest/uses-permission',
    });
  if (target >= 33 && !m.usesPermissions.includes('android.permission.POST_NOTIFICATIONS'))
    out.push({
      severity: 'warn',
      code: 'post-notifications',
      message: { key: 'manifest.postNotifications', params: { target } },
      fix: '<uses-permission android:name="android.permission.POST_NOTIFICATIONS" />',
      where: 'manifest/uses-permission',
    });

  // Components with intent filters must say android:exported on targetSdk 31+ (install fails otherwise).
  if (target >= 31)
    for (const c of m.components)
      if (c.intentFilters.length && c.exported === undefined && c.kind !== 'provider')
        out.push({
          severity: 'fail',
          code: 'exported-missing',
          message: { key: 'manifest.exportedMissing', params: { kind: c.kind, name: c.name, target } },
          fix: `<${tag(c.kind)} android:name="${c.name}" android:exported="${c.kind === 'service' ? 'false' : 'true'}" …>`,
          where: `application/${tag(c.kind)}[@name='${c.name}']`,
        });

  // Another app's package left in permissions, authorities, categories and meta-data.
  const foreign = (value: string, where: string, fixed: string) => {
    const other = foreignPrefix(value, m.package);
    if (other)
      out.push({
        severity: 'fail',
        code: 'foreign-package',
        message: { key: 'manifest.foreignPackage', params: { value, other, package: m.package } },
        fix: fixed.replace(other, m.package),
        where,
      });
  };
  for (const p of m.permissions)
    foreign(
      p.name,
      'manifest/permission',
      `<permission android:name="${p.name}" android:protectionLevel="${p.protectionLevel.join('|')}" />`,
    );
  for (const p of m.usesPermissions) foreign(p, 'manifest/uses-permission', `<uses-permission android:name="${p}" />`);
  for (const c of m.components) {
    for (const a of c.authorities ?? []) {
      const other = isOwn(a, m.package) ? undefined : DEMO_PACKAGES.find((d) => a.startsWith(d + '.'));
      if (other)
        out.push({
          severity: 'fail',
          code: 'foreign-package',
          message: { key: 'manifest.foreignAuthority', params: { value: a, other, package: m.package } },
          fix: `android:authorities="${a.replace(other, m.package)}"`,
          where: `application/provider[@name='${c.name}']`,
        });
    }
    for (const f of c.intentFilters)
      for (const cat of f.categories) {
        const other = isOwn(cat, m.package)
          ? undefined
          : DEMO_PACKAGES.find((d) => cat === d || cat.startsWith(d + '.'));
        if (other)
          out.push({
            severity: 'fail',
            code: 'foreign-package',
            message: { key: 'manifest.foreignCategory', params: { value: cat, name: c.name, package: m.package } },
            fix: `<category android:name="${m.package}" />`,
            where: `application/${tag(c.kind)}[@name='${c.name}']/intent-filter/category`,
          });
      }
  }
  // A permission used but declared under another name (the MiPush doc's own slip: .MIPUSH_RECEIVE vs .permission.MIPUSH_RECEIVE).
  for (const used of m.usesPermissions) {
    if (!used.startsWith(m.package + '.')) continue;
    if (m.permissions.some((p) => p.name === used)) continue;
    const similar = m.permissions.find((p) => p.name.split('.').pop() === used.split('.').pop());
    out.push({
      severity: 'fail',
      code: 'undeclared-permission',
      message: similar
        ? { key: 'manifest.undeclaredPermissionSimilar', params: { name: used, similar: similar.name } }
        : { key: 'manifest.undeclaredPermission', params: { name: used } },
      fix: similar
        ? `<uses-permission android:name="${similar.name}" />`
        : `<permission android:name="${used}" android:protectionLevel="signature" />`,
      where: 'manifest/uses-permission',
    });
  }
  // Placeholders left in meta-data and permission names.
  const placeholder = (value: string, where: string, fix: string) => {
    if (PLACEHOLDER.test(value))
      out.push({
        severity: 'fail',
        code: 'placeholder',
        message: { key: 'manifest.placeholder', params: { value, where } },
        fix,
        where,
      });
  };
  for (const [name, value] of Object.entries(m.metaData))
    placeholder(
      value.replace(/^appid=/, ''),
      `meta-data ${name}`,
      `<meta-data android:name="${name}" android:value="<the real value from the vendor console>" />`,
    );
  for (const p of m.permissions)
    placeholder(
      p.name.split('.')[0],
      `permission ${p.name}`,
      `<permission android:name="${m.package}.${p.name.split('.').slice(1).join('.')}" … />`,
    );
  return out;
}

export function checkManifest(m: ManifestModel, channel?: VendorChannel): ManifestCheck[] {
  const channels = channel ? [channel] : integratedChannels(m);
  const results: ManifestCheck[] = [
    { package: m.package, channel: 'common', findings: commonFindings(m), status: 'ok' },
  ];
  for (const ch of channels) {
    const findings = [...CHANNEL_RULES[ch], ...(VERSIONED[ch] ?? [])].flatMap((r) => r.check(m));
    const status = !integrates(m, ch) ? 'absent' : findings.some((f) => f.severity === 'fail') ? 'broken' : 'ok';
    results.push({ package: m.package, channel: ch, findings, status, sdkVersion: sdkVersionOf(m, ch) });
  }
  return results;
}
