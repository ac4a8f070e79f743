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
      : [{ severity, code: 'missing-component', message: { key: 'manifest.missingComponent', params: { kind, name } }, fix: `<${kind} android:name="${name}"${attrs} />`, where: `application/${kind}` }],
});

const needAction = (kind: ComponentKind | ComponentKind[], action: string, severity: 'fail' | 'warn', exampleClass: (pkg: string) => string): Requirement => ({
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
      : [{ severity, code: 'missing-permission', message: { key: 'manifest.missingPermission', params: { name } }, fix: `<uses-permission android:name="${name}" />`, where: 'manifest/uses-permission' }],
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
        message: { key: 'manifest.protectionLevel', params: { name, level, actual: declared.protectionLevel.join('|') } },
        fix: `<permission android:name="${name}" android:protectionLevel="${level}" />`,
        where: 'manifest/permission',
      });
    if (!m.usesPermissions.includes(name))
      out.push({ severity, code: 'missing-permission', message: { key: 'manifest.missingPermission', params: { name } }, fix: `<uses-permission android:name="${name}" />`, where: 'manifest/uses-permission' });
    return out;
  },
});

const needMeta = (name: string, severity: 'fail' | 'warn', example: string): Requirement => ({
  check: (m) =>
    name in m.metaData
      ? []
      : [{ severity, code: 'missing-meta-data', message: { key: 'manifest.missingMeta', params: { name } }, fix: `<meta-data android:name="${name}" android:value="${example}" />`, where: 'application/meta-data' }],
});

const exampleClass = (suffix: string) => (pkg: string) => `${pkg}.push.${suffix}`;

export const CHANNEL_RULES: Record<VendorChannel, Requirement[]> = {
  xiaomi: [
    needOwnPermission('permission.MIPUSH_RECEIVE', 'signature', 'fail'),
    needComponent('service', 'com.xiaomi.push.service.XMPushService', 'fail', ' android:enabled="true" android:process=":pushservice"'),
    needComponent('service', 'com.xiaomi.push.service.XMJobService', 'warn', ' android:exported="false" android:permission="android.permission.BIND_JOB_SERVICE" android:process=":pushservice"'),
    needComponent('service', 'com.xiaomi.mipush.sdk.PushMessageHandler', 'fail', ' android:enabled="true" android:exported="true"'),
    needComponent('service', 'com.xiaomi.mipush.sdk.MessageHandleService', 'fail', ' android:enabled="true"'),
    needComponent('receiver', 'com.xiaomi.push.service.receivers.NetworkStatusReceiver', 'warn', ' android:exported="true"'),
    needComponent('receiver', 'com.xiaomi.push.service.receivers.PingReceiver', 'fail', ' android:exported="false" android:process=":pushservice"'),
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
    needAction('service', 'com.heytap.msp.push.RECEIVE_MCS_MESSAGE', 'fail', () => 'com.heytap.msp.push.service.DataMessageCallbackService'),
    needAction('service', 'com.coloros.mcs.action.RECEIVE_MCS_MESSAGE', 'warn', () => 'com.heytap.msp.push.service.CompatibleDataMessageCallbackService'),
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
    needAction('receiver', 'com.meizu.flyme.push.intent.UNREGISTER.FEEDBACK', 'warn', exampleClass('MEIZUPushReceiver')),
    needPermission('com.meizu.flyme.push.permission.RECEIVE', 'warn'),
  ],
  fcm: [needAction('service', 'com.google.firebase.MESSAGING_EVENT', 'fail', exampleClass('FCMService'))],
};

/** Channels a manifest integrates, judged by the components each SDK brings. */
export function integratedChannels(m: ManifestModel): VendorChannel[] {
  const out: VendorChannel[] = [];
  const any = (pred: (c: ComponentModel) => boolean) => m.components.some(pred);
  if (any((c) => c.name.startsWith('com.xiaomi.') || hasAction(c, 'com.xiaomi.mipush.RECEIVE_MESSAGE'))) out.push('xiaomi');
  if (any((c) => hasAction(c, 'com.huawei.push.action.MESSAGING_EVENT')) || 'com.huawei.hms.client.appid' in m.metaData) out.push('huawei');
  if (any((c) => hasAction(c, 'com.hihonor.push.action.MESSAGING_EVENT')) || 'com.hihonor.push.app_id' in m.metaData) out.push('honor');
  if (any((c) => c.name.startsWith('com.heytap.') || hasAction(c, 'com.heytap.msp.push.RECEIVE_MCS_MESSAGE'))) out.push('oppo');
  if (any((c) => c.name.startsWith('com.vivo.push.') || hasAction(c, 'com.vivo.pushclient.action.RECEIVE'))) out.push('vivo');
  if (any((c) => hasAction(c, 'com.meizu.flyme.push.intent.MESSAGE'))) out.push('meizu');
  if (any((c) => hasAction(c, 'com.google.firebase.MESSAGING_EVENT'))) out.push('fcm');
  return out;
}

/** The vendor SDKs' "own permission" names: `<app package>.permission.X`. */
const OWN_PERMISSION = /^(.+?)\.((?:push\.)?permission\.(?:MIPUSH_RECEIVE|PROCESS_PUSH_MSG|C2D_MESSAGE|MESSAGE)|MIPUSH_RECEIVE)$/;

/** The package part of a name that should carry the app's package but carries another one. */
function foreignPrefix(value: string, pkg: string): string | null {
  for (const demo of DEMO_PACKAGES) if (value.startsWith(demo + '.') || value === demo) return demo;
  const m = OWN_PERMISSION.exec(value);
  if (m && m[1] !== pkg && !PLACEHOLDER.test(m[1])) return m[1];
  return null;
}

export function commonFindings(m: ManifestModel): Finding[] {
  const out: Finding[] = [];
  const target = m.targetSdk ?? 0;
  if (!m.usesPermissions.includes('android.permission.INTERNET'))
    out.push({ severity: 'fail', code: 'missing-permission', message: { key: 'manifest.missingPermission', params: { name: 'android.permission.INTERNET' } }, fix: '<uses-permission android:name="android.permission.INTERNET" />', where: 'manifest/uses-permission' });
  if (target >= 33 && !m.usesPermissions.includes('android.permission.POST_NOTIFICATIONS'))
    out.push({ severity: 'warn', code: 'post-notifications', message: { key: 'manifest.postNotifications', params: { target } }, fix: '<uses-permission android:name="android.permission.POST_NOTIFICATIONS" />', where: 'manifest/uses-permission' });

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
      out.push({ severity: 'fail', code: 'foreign-package', message: { key: 'manifest.foreignPackage', params: { value, other, package: m.package } }, fix: fixed.replace(other, m.package), where });
  };
  for (const p of m.permissions) foreign(p.name, 'manifest/permission', `<permission android:name="${p.name}" android:protectionLevel="${p.protectionLevel.join('|')}" />`);
  for (const p of m.usesPermissions) foreign(p, 'manifest/uses-permission', `<uses-permission android:name="${p}" />`);
  for (const c of m.components) {
    for (const a of c.authorities ?? []) {
      const other = DEMO_PACKAGES.find((d) => a.startsWith(d + '.'));
      if (other) out.push({ severity: 'fail', code: 'foreign-package', message: { key: 'manifest.foreignAuthority', params: { value: a, other, package: m.package } }, fix: `android:authorities="${a.replace(other, m.package)}"`, where: `application/provider[@name='${c.name}']` });
    }
    for (const f of c.intentFilters)
      for (const cat of f.categories) {
        const other = DEMO_PACKAGES.find((d) => cat === d || cat.startsWith(d + '.'));
        if (other) out.push({ severity: 'fail', code: 'foreign-package', message: { key: 'manifest.foreignCategory', params: { value: cat, name: c.name, package: m.package } }, fix: `<category android:name="${m.package}" />`, where: `application/${tag(c.kind)}[@name='${c.name}']/intent-filter/category` });
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
      message: similar ? { key: 'manifest.undeclaredPermissionSimilar', params: { name: used, similar: similar.name } } : { key: 'manifest.undeclaredPermission', params: { name: used } },
      fix: similar ? `<uses-permission android:name="${similar.name}" />` : `<permission android:name="${used}" android:protectionLevel="signature" />`,
      where: 'manifest/uses-permission',
    });
  }
  // Placeholders left in meta-data and permission names.
  const placeholder = (value: string, where: string, fix: string) => {
    if (PLACEHOLDER.test(value)) out.push({ severity: 'fail', code: 'placeholder', message: { key: 'manifest.placeholder', params: { value, where } }, fix, where });
  };
  for (const [name, value] of Object.entries(m.metaData)) placeholder(value.replace(/^appid=/, ''), `meta-data ${name}`, `<meta-data android:name="${name}" android:value="<the real value from the vendor console>" />`);
  for (const p of m.permissions) placeholder(p.name.split('.')[0], `permission ${p.name}`, `<permission android:name="${m.package}.${p.name.split('.').slice(1).join('.')}" … />`);
  return out;
}

export function checkManifest(m: ManifestModel, channel?: VendorChannel): ManifestCheck[] {
  const channels = channel ? [channel] : integratedChannels(m);
  const results: ManifestCheck[] = [{ package: m.package, channel: 'common', findings: commonFindings(m) }];
  for (const ch of channels) results.push({ package: m.package, channel: ch, findings: CHANNEL_RULES[ch].flatMap((r) => r.check(m)) });
  return results;
}
