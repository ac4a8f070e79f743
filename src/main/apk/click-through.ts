// Checks the tap target configured on the IM console (per vendor: an intent URI for Xiaomi,
// Huawei, Honor and vivo; a class name for OPPO and Meizu; the launcher for FCM; or a web URL)
// against the app's manifest, and resolves intents the way the phone would.
import type { VendorChannel } from '../../shared/types';
import { vendorsWithClickForm } from '../../shared/vendors';
import type { ClickAction } from '../../shared/profile';
import type { ComponentModel, IntentFilterModel, ManifestModel } from './manifest';
import type { Finding } from './rules';
import { parseIntentUri, type ParsedIntent } from './intent-uri';

export const URI_VENDORS: VendorChannel[] = vendorsWithClickForm('uri');
export const CLASS_VENDORS: VendorChannel[] = vendorsWithClickForm('class');

export type Resolution =
  | { ok: true; activity: ComponentModel }
  | {
      ok: false;
      reason: 'wrong-package' | 'no-such-activity' | 'not-exported' | 'no-filter-match';
      activity?: ComponentModel;
    };

function activities(m: ManifestModel): ComponentModel[] {
  return m.components.filter((c) => c.kind === 'activity' || c.kind === 'activity-alias');
}

function pathMatches(d: IntentFilterModel['data'][number], path: string | undefined): boolean {
  if (!d.path && !d.pathPrefix && !d.pathPattern) return true;
  const p = path ?? '';
  if (d.path !== undefined && d.path === p) return true;
  if (d.pathPrefix !== undefined && p.startsWith(d.pathPrefix)) return true;
  if (d.pathPattern !== undefined) {
    // Android's simple glob: `.` any char, `*` repeat of the previous char.
    const re = new RegExp('^' + d.pathPattern.replace(/[\^$+?()[\]{}|]/g, '\\$&') + '$');
    if (re.test(p)) return true;
  }
  return false;
}

/** Whether one intent-filter accepts the intent (action, category DEFAULT, scheme/host/path). */
export function filterMatches(f: IntentFilterModel, intent: ParsedIntent, requireDefault = true): boolean {
  const action = intent.action ?? 'android.intent.action.VIEW';
  if (!f.actions.includes(action)) return false;
  const cats = requireDefault
    ? [...new Set(['android.intent.category.DEFAULT', ...intent.categories])]
    : intent.categories;
  if (!cats.every((c) => f.categories.includes(c))) return false;
  if (!intent.scheme) return f.data.length === 0 || f.data.every((d) => !d.scheme);
  // Data elements of one filter combine: any scheme, any host, any path.
  const schemes = f.data.map((d) => d.scheme).filter(Boolean);
  if (!schemes.includes(intent.scheme)) return false;
  const hosts = f.data.map((d) => d.host).filter(Boolean);
  if (hosts.length && !hosts.includes(intent.host)) return false;
  const withPaths = f.data.filter((d) => d.path || d.pathPrefix || d.pathPattern);
  if (withPaths.length && !withPaths.some((d) => pathMatches(d, intent.path))) return false;
  return true;
}

/** Resolves an intent started from outside the app (a vendor service, `am start`). */
export function resolveIntent(m: ManifestModel, intent: ParsedIntent): Resolution {
  if (intent.component) {
    const [pkg, cls] = intent.component.split('/');
    if (pkg !== m.package) return { ok: false, reason: 'wrong-package' };
    const act = activities(m).find((a) => a.name === cls);
    if (!act) return { ok: false, reason: 'no-such-activity' };
    const exported = act.exported ?? act.intentFilters.length > 0;
    if (!exported) return { ok: false, reason: 'not-exported', activity: act };
    return { ok: true, activity: act };
  }
  if (intent.package && intent.package !== m.package) return { ok: false, reason: 'wrong-package' };
  const act = activities(m).find((a) => a.intentFilters.some((f) => filterMatches(f, intent)));
  if (!act) return { ok: false, reason: 'no-filter-match' };
  if (act.exported === false) return { ok: false, reason: 'not-exported', activity: act };
  return { ok: true, activity: act };
}

function filterLine(intent: ParsedIntent): string {
  const data = [
    intent.scheme && `android:scheme="${intent.scheme}"`,
    intent.host && `android:host="${intent.host}"`,
    intent.path && `android:path="${intent.path}"`,
  ]
    .filter(Boolean)
    .join(' ');
  return `<intent-filter><action android:name="${intent.action ?? 'android.intent.action.VIEW'}" /><category android:name="android.intent.category.DEFAULT" />${data ? `<data ${data} />` : ''}</intent-filter>`;
}

export function intentUriFor(pkg: string, act: ComponentModel): string | null {
  for (const f of act.intentFilters) {
    const d = f.data.find((x) => x.scheme);
    if (d && f.actions.includes('android.intent.action.VIEW'))
      return `intent://${d.host ?? ''}${d.path ?? d.pathPrefix ?? ''}#Intent;scheme=${d.scheme};launchFlags=0x4000000;component=${pkg}/${act.name};end`;
  }
  return null;
}

const f = (
  severity: Finding['severity'],
  code: string,
  key: string,
  params: Record<string, string | number>,
  fix?: string,
  where?: string,
): Finding => ({
  severity,
  code,
  message: { key: `click.${key}`, params },
  fix,
  where,
});

/** Static checks of one vendor's click action against the manifest. */
export function checkClickAction(
  m: ManifestModel,
  vendor: VendorChannel,
  action: ClickAction | undefined,
): { findings: Finding[]; target?: ComponentModel; intent?: ParsedIntent } {
  const launcher = activities(m).find((a) =>
    a.intentFilters.some(
      (x) =>
        x.actions.includes('android.intent.action.MAIN') && x.categories.includes('android.intent.category.LAUNCHER'),
    ),
  );
  if (!action || action.type === 'app') {
    if (!launcher) return { findings: [f('fail', 'no-launcher', 'noLauncher', { package: m.package })] };
    return { findings: [], target: launcher };
  }
  const value = (action.value ?? '').trim();
  if (action.type === 'url') {
    if (!/^https?:\/\/[^\s/]+/i.test(value))
      return {
        findings: [
          f(
            'fail',
            'bad-url',
            'badUrl',
            { value, vendor },
            'https://example.com/page',
            `IM console → ${vendor} → click action`,
          ),
        ],
      };
    if (value.startsWith('http:') && vendor === 'huawei')
      return { findings: [f('warn', 'http-url', 'httpUrl', { value }, value.replace(/^http:/, 'https:'))] };
    return { findings: [] };
  }
  // An activity: an intent URI (Xiaomi, Huawei, Honor, vivo) or a class name (OPPO, Meizu); FCM's click_action is an intent action.
  const looksUri = value.startsWith('intent:') || /^[A-Za-z][\w+.-]*:\/\//.test(value);
  if (vendor === 'fcm' && !looksUri) {
    const act = activities(m).find((a) =>
      a.intentFilters.some(
        (x) => x.actions.includes(value) && x.categories.includes('android.intent.category.DEFAULT'),
      ),
    );
    if (!act)
      return {
        findings: [
          f(
            'fail',
            'no-action-filter',
            'noActionFilter',
            { action: value },
            `<intent-filter><action android:name="${value}" /><category android:name="android.intent.category.DEFAULT" /></intent-filter>`,
          ),
        ],
      };
    return { findings: [], target: act };
  }
  if (!looksUri) {
    if (URI_VENDORS.includes(vendor))
      return {
        findings: [
          f(
            'fail',
            'needs-uri',
            'needsUri',
            { vendor, value },
            launcher ? (intentUriFor(m.package, launcher) ?? undefined) : undefined,
            `IM console → ${vendor} → click action`,
          ),
        ],
      };
    const act = activities(m).find((a) => a.name === value);
    if (!act) {
      const similar = activities(m).find((a) => a.name.split('.').pop() === value.split('.').pop());
      return {
        findings: [
          f(
            'fail',
            'no-such-activity',
            'noSuchClass',
            { value, vendor },
            similar?.name,
            `IM console → ${vendor} → click action`,
          ),
        ],
      };
    }
    if (act.exported === false)
      return {
        findings: [
          f(
            'fail',
            'not-exported',
            'notExported',
            { name: act.name },
            `<activity android:name="${act.name}" android:exported="true" …>`,
            'AndroidManifest.xml',
          ),
        ],
        target: act,
      };
    return { findings: [], target: act };
  }
  const parsed = parseIntentUri(value);
  if (!parsed.ok)
    return {
      findings: [
        f(
          'fail',
          'bad-uri',
          'badUri',
          { value, reason: parsed.reason },
          '`intent://HOST/PATH#Intent;scheme=SCHEME;launchFlags=0x4000000;component=PACKAGE/ACTIVITY;end`',
          `IM console → ${vendor} → click action`,
        ),
      ],
    };
  const intent = parsed.intent;
  const findings: Finding[] = [];
  if (CLASS_VENDORS.includes(vendor))
    findings.push(
      f(
        'warn',
        'needs-class',
        'needsClass',
        { vendor },
        intent.component?.split('/')[1],
        `IM console → ${vendor} → click action`,
      ),
    );
  const pkg = intent.component?.split('/')[0] ?? intent.package;
  if (pkg && pkg !== m.package)
    return {
      findings: [
        ...findings,
        f(
          'fail',
          'wrong-package',
          'wrongPackage',
          { found: pkg, package: m.package },
          value.replace(pkg + '/', m.package + '/'),
          `IM console → ${vendor} → click action`,
        ),
      ],
      intent,
    };
  const res = resolveIntent(m, intent);
  if (!res.ok) {
    if (res.reason === 'no-such-activity')
      findings.push(
        f(
          'fail',
          'no-such-activity',
          'noSuchActivity',
          { component: intent.component ?? '' },
          undefined,
          'AndroidManifest.xml',
        ),
      );
    else if (res.reason === 'not-exported')
      findings.push(
        f(
          'fail',
          'not-exported',
          'notExported',
          { name: res.activity!.name },
          `<activity android:name="${res.activity!.name}" android:exported="true" …>`,
          'AndroidManifest.xml',
        ),
      );
    else
      findings.push(
        f(
          'fail',
          'no-filter-match',
          'noFilterMatch',
          { uri: intent.data ?? value },
          filterLine(intent),
          'AndroidManifest.xml',
        ),
      );
    return { findings, intent, target: res.activity };
  }
  // An explicit component resolves even without a filter, but the consoles' own checks and
  // implicit fallbacks need the filter to match the URI.
  if (intent.scheme && !res.activity.intentFilters.some((x) => filterMatches(x, intent))) {
    const present = res.activity.intentFilters
      .flatMap((x) => x.data)
      .map((d) => `${d.scheme ?? '*'}://${d.host ?? '*'}${d.path ?? d.pathPrefix ?? d.pathPattern ?? ''}`);
    findings.push(
      f(
        'fail',
        'no-filter-match',
        'filterMismatch',
        { name: res.activity.name, uri: intent.data ?? '', present: present.join(', ') || 'none' },
        filterLine(intent),
        `AndroidManifest.xml → ${res.activity.name}`,
      ),
    );
  }
  return { findings, intent, target: res.activity };
}
