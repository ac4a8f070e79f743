// The phone's package manager view of its test app: the components and intent filters declared in
// the AndroidManifest.xml the APK was built from (manifests.ts). The phone reads the XML it wrote
// itself, not the binary manifest inside the APK, so that it does not share a reader (or its bugs)
// with the product, which reads the APK it pulls over adb.

export interface SimDataSpec {
  scheme?: string;
  host?: string;
  port?: string;
  path?: string;
  pathPrefix?: string;
  pathPattern?: string;
  pathSuffix?: string;
  mimeType?: string;
}

export interface SimIntentFilter {
  actions: string[];
  categories: string[];
  data: SimDataSpec[];
}

export interface SimActivity {
  /** Fully qualified class name (`.Foo` expanded against the package). */
  name: string;
  /** The android:exported attribute when written. */
  exported?: boolean;
  filters: SimIntentFilter[];
}

export interface SimAppComponents {
  package: string;
  activities: SimActivity[];
}

const TAG = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>/g;
const ATTR = /([\w:.-]+)\s*=\s*"([^"]*)"/g;

const unescape = (v: string) =>
  v
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function attrs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(ATTR)) out[m[1].replace(/^android:/, '')] = unescape(m[2]);
  return out;
}

/** Reads the activities (and activity-aliases) with their intent filters from manifest XML. */
export function readComponents(xml: string): SimAppComponents {
  const withoutComments = xml.replace(/<!--[\s\S]*?-->/g, '').replace(/<\?[\s\S]*?\?>/g, '');
  let pkg = '';
  const activities: SimActivity[] = [];
  let activity: SimActivity | undefined;
  let filter: SimIntentFilter | undefined;
  for (const m of withoutComments.matchAll(TAG)) {
    const [, closing, tag, rawAttrs, selfClosing] = m;
    if (closing) {
      if (tag === 'intent-filter') filter = undefined;
      if (tag === 'activity' || tag === 'activity-alias') activity = undefined;
      continue;
    }
    const a = attrs(rawAttrs);
    switch (tag) {
      case 'manifest':
        pkg = a.package ?? '';
        break;
      case 'activity':
      case 'activity-alias': {
        const name = a.name ?? '';
        const full = name.startsWith('.') ? pkg + name : name.includes('.') ? name : `${pkg}.${name}`;
        const next: SimActivity = {
          name: full,
          exported: a.exported === undefined ? undefined : a.exported === 'true',
          filters: [],
        };
        activities.push(next);
        activity = selfClosing ? undefined : next;
        break;
      }
      case 'intent-filter':
        if (activity && !selfClosing) {
          filter = { actions: [], categories: [], data: [] };
          activity.filters.push(filter);
        }
        break;
      case 'action':
        if (filter && a.name) filter.actions.push(a.name);
        break;
      case 'category':
        if (filter && a.name) filter.categories.push(a.name);
        break;
      case 'data':
        if (filter) filter.data.push(a as SimDataSpec);
        break;
    }
  }
  return { package: pkg, activities };
}
