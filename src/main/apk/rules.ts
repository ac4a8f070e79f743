// What each push channel needs in the app's manifest (shared/seeds and push-apis.md), and the
// mistakes integrators really make: a service or receiver left out, an action missing from a
// receiver, a permission or authority still named for the vendor demo's package, a placeholder
// value left in, a component with an intent-filter but no android:exported on targetSdk 31+.
// Where a requirement rests on an uncertain source, the finding is a warning, not a failure.
import type { VendorChannel } from '../../shared/types';
import { VENDOR_IDS } from '../../shared/vendors';
import type { ManifestModel } from './manifest';
import { hasAction, tag, type Finding, type Requirement } from './rule-kit';
import { VENDOR_MODULES } from '../vendors/registry';

export type { Finding } from './rule-kit';

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

/** The channel SDK's version when its AAR writes it into the merged manifest (per vendor: src/main/vendors/<id>/manifest.ts). */
export function sdkVersionOf(m: ManifestModel, channel: VendorChannel): string | undefined {
  return VENDOR_MODULES[channel].manifest.sdkVersion?.(m);
}

/** What each channel needs in the manifest: the rules of each vendor's folder, by channel. */
export const CHANNEL_RULES: Record<VendorChannel, Requirement[]> = Object.fromEntries(
  VENDOR_IDS.map((v) => [v, VENDOR_MODULES[v].manifest.rules]),
) as Record<VendorChannel, Requirement[]>;

function integrates(m: ManifestModel, ch: VendorChannel): boolean {
  const s = VENDOR_MODULES[ch].manifest.signs;
  return (
    m.components.some((c) => s.prefixes.some((p) => c.name.startsWith(p)) || s.actions.some((a) => hasAction(c, a))) ||
    s.meta.some((k) => k in m.metaData) ||
    m.usesPermissions.some((p) => s.permissions.some((re) => re.test(p)))
  );
}

/** Channels a manifest integrates: any component, meta-data or permission of the SDK is enough. */
export function integratedChannels(m: ManifestModel): VendorChannel[] {
  return VENDOR_IDS.filter((ch) => integrates(m, ch));
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
    const { rules, versioned = [] } = VENDOR_MODULES[ch].manifest;
    const findings = [...rules, ...versioned].flatMap((r) => r.check(m));
    const status = !integrates(m, ch) ? 'absent' : findings.some((f) => f.severity === 'fail') ? 'broken' : 'ok';
    results.push({ package: m.package, channel: ch, findings, status, sdkVersion: sdkVersionOf(m, ch) });
  }
  return results;
}
