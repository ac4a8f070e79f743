// How the phone's package manager resolves an activity intent against its test app, written from
// Android's rules (IntentFilter.match in frameworks/base core/java/android/content/IntentFilter.java,
// and the "Intent resolution" section of developer.android.com/guide/components/intents-filters),
// independently of the product's resolver in src/main/apk so that each can catch the other:
// - action: the intent's action must be listed; an intent without an action passes any filter
//   that lists at least one.
// - categories: every category of the intent must be listed. startActivity() with an implicit
//   intent resolves with MATCH_DEFAULT_ONLY, i.e. CATEGORY_DEFAULT is required of the filter.
// - data: a filter without schemes or types takes only intents without data (or with a content:
//   or file: URI when it has types); with schemes, the scheme must be listed, then the authority
//   (host, port) if the filter lists any, then the path if it lists paths; the path is only
//   checked once an authority matched.
// - explicit component: filters are not consulted; the activity must exist and be exported
//   (exported defaults to "has an intent filter") for a caller outside the app such as the shell.
import type { SimActivity, SimAppComponents, SimDataSpec, SimIntentFilter } from '../apks/components';
import type { IntentResolver, Resolution, ShellIntent } from '../shell/commands/am';

export const CATEGORY_DEFAULT = 'android.intent.category.DEFAULT';

export interface IntentData {
  scheme?: string;
  host?: string;
  port?: string;
  path?: string;
}

/** Splits a URI the way android.net.Uri does for matching (scheme, host, port, path). */
export function uriParts(data: string | undefined): IntentData {
  if (!data) return {};
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/s.exec(data);
  if (!m) return { path: data };
  const scheme = m[1];
  const rest = m[2];
  if (!rest.startsWith('//')) return { scheme };
  const hier = /^\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)(?::(\d*))?([^?#]*)/.exec(rest)!;
  return { scheme, host: hier[1] || undefined, port: hier[2] || undefined, path: hier[3] || undefined };
}

/** PatternMatcher.PATTERN_SIMPLE_GLOB: `.` any char, `*` zero or more of the previous, `\` escapes. */
export function simpleGlob(pattern: string, text: string): boolean {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) re += pattern[++i].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    else if (c === '.') re += '.';
    else if (c === '*') re += '*';
    else re += c.replace(/[+?^${}()|[\]\\/]/g, '\\$&');
  }
  // A leading `*` has nothing to repeat: Android treats it as a literal match of nothing.
  return new RegExp(`^${re.replace(/^\*+/, '')}$`, 's').test(text);
}

function authorityMatches(filterData: SimDataSpec[], d: IntentData): boolean {
  return filterData.some((f) => {
    if (!f.host) return false;
    const host = (d.host ?? '').toLowerCase();
    const want = f.host.toLowerCase();
    const hostOk = want === '*' || (want.startsWith('*') ? host.endsWith(want.slice(1)) : host === want);
    if (!hostOk) return false;
    return f.port === undefined || f.port === d.port;
  });
}

function pathMatches(filterData: SimDataSpec[], path: string): boolean {
  return filterData.some(
    (f) =>
      (f.path !== undefined && f.path === path) ||
      (f.pathPrefix !== undefined && path.startsWith(f.pathPrefix)) ||
      (f.pathSuffix !== undefined && path.endsWith(f.pathSuffix)) ||
      (f.pathPattern !== undefined && simpleGlob(f.pathPattern, path)),
  );
}

function dataMatches(f: SimIntentFilter, data: string | undefined, type: string | undefined): boolean {
  const d = uriParts(data);
  const schemes = f.data.map((x) => x.scheme).filter((s): s is string => s !== undefined);
  const types = f.data.map((x) => x.mimeType).filter((t): t is string => t !== undefined);
  if (!schemes.length && !types.length) return data === undefined && type === undefined;
  if (schemes.length) {
    if (!schemes.includes(d.scheme ?? '')) return false;
    const withHost = f.data.filter((x) => x.host !== undefined);
    if (withHost.length) {
      if (!authorityMatches(withHost, d)) return false;
      const withPath = f.data.filter(
        (x) =>
          x.path !== undefined ||
          x.pathPrefix !== undefined ||
          x.pathPattern !== undefined ||
          x.pathSuffix !== undefined,
      );
      if (withPath.length && !pathMatches(withPath, d.path ?? '')) return false;
    }
  } else if (d.scheme !== undefined && d.scheme !== 'content' && d.scheme !== 'file') {
    return false;
  }
  if (types.length) {
    if (!type) return false;
    return types.some((t) => t === type || t === '*/*' || (t.endsWith('/*') && type.startsWith(t.slice(0, -1))));
  }
  return type === undefined;
}

/** IntentFilter.match for an activity start; `implicit` adds the DEFAULT category requirement. */
export function filterAccepts(
  f: SimIntentFilter,
  intent: Pick<ShellIntent, 'action' | 'categories' | 'data' | 'type'>,
  implicit = true,
): boolean {
  if (intent.action !== undefined ? !f.actions.includes(intent.action) : f.actions.length === 0) return false;
  const required = implicit ? [...intent.categories, CATEGORY_DEFAULT] : intent.categories;
  if (!required.every((c) => f.categories.includes(c))) return false;
  return dataMatches(f, intent.data, intent.type);
}

const isExported = (a: SimActivity) => a.exported ?? a.filters.length > 0;

/** `pkg/.Cls` → `pkg/pkg.Cls`, as ComponentName.unflattenFromString does. */
export function expandComponent(component: string): { pkg: string; cls: string } {
  const slash = component.indexOf('/');
  const pkg = component.slice(0, slash);
  const cls = component.slice(slash + 1);
  return { pkg, cls: cls.startsWith('.') ? pkg + cls : cls };
}

/**
 * Resolves an intent against one installed app, for a caller outside it (the shell, a vendor
 * push service). Answers undefined when the intent is not for this app, so that the phone's other
 * resolvers (its ROM's screens, Settings) may answer.
 */
export function resolveInApp(app: SimAppComponents, intent: ShellIntent, appUid: number): Resolution | undefined {
  if (intent.component) {
    const { pkg, cls } = expandComponent(intent.component);
    if (pkg !== app.package) return undefined;
    const act = app.activities.find((a) => a.name === cls);
    if (!act) return { ok: false, error: 'not-found', component: `${pkg}/${cls}` };
    if (!isExported(act))
      return { ok: false, error: 'not-exported', component: `${pkg}/${act.name}`, ownerUid: appUid };
    return { ok: true, component: `${pkg}/${act.name}`, package: pkg };
  }
  if (intent.package !== undefined && intent.package !== app.package) return undefined;
  const act = app.activities.find((a) => a.filters.some((f) => filterAccepts(f, intent)));
  if (!act) return intent.package === app.package || intent.data ? { ok: false, error: 'unresolvable' } : undefined;
  // A matching activity that is not exported is found, then refused to a caller from another uid.
  if (!isExported(act))
    return { ok: false, error: 'not-exported', component: `${app.package}/${act.name}`, ownerUid: appUid };
  return { ok: true, component: `${app.package}/${act.name}`, package: app.package };
}

/** The resolver the phone's `am start` and notification taps use for its test app. */
export function appIntentResolver(app: SimAppComponents, uid: () => number): IntentResolver {
  return (intent) => resolveInApp(app, intent, uid());
}
