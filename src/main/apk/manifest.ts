// Reads the binary AndroidManifest.xml of an APK (a file, or the bytes pulled from a phone) with our
// own bounded zip and binary-XML readers (apk-zip.ts, axml.ts) and turns it into a model the rules
// can read: full class names, explicit/implicit `exported`, flat intent filters.
import { parseAxml, AxmlError, type AxmlElement } from './axml';
import { readZipEntry } from './apk-zip';
import { BadInputError } from '../errors';

export type ComponentKind = 'activity' | 'activity-alias' | 'service' | 'receiver' | 'provider';

export interface IntentFilterModel {
  actions: string[];
  categories: string[];
  data: {
    scheme?: string;
    host?: string;
    port?: string;
    path?: string;
    pathPrefix?: string;
    pathPattern?: string;
    mimeType?: string;
  }[];
}

export interface ComponentModel {
  kind: ComponentKind;
  name: string;
  /** Explicit value, or undefined when the manifest does not say (the rule for targetSdk 31+). */
  exported?: boolean;
  enabled?: boolean;
  process?: string;
  permission?: string;
  authorities?: string[];
  targetActivity?: string;
  intentFilters: IntentFilterModel[];
  metaData: Record<string, string>;
}

export interface ManifestModel {
  package: string;
  versionCode?: number;
  versionName?: string;
  minSdk?: number;
  targetSdk?: number;
  debuggable: boolean;
  usesPermissions: string[];
  permissions: { name: string; protectionLevel: string[] }[];
  components: ComponentModel[];
  metaData: Record<string, string>;
}

const MANIFEST = 'AndroidManifest.xml';

const PROTECTION_BASE = ['normal', 'dangerous', 'signature', 'signatureOrSystem'];
const PROTECTION_FLAGS: [number, string][] = [
  [0x10, 'privileged'],
  [0x20, 'development'],
  [0x40, 'appop'],
  [0x80, 'pre23'],
  [0x100, 'installer'],
  [0x200, 'verifier'],
  [0x400, 'preinstalled'],
  [0x800, 'setup'],
];

/** `android:protectionLevel` is stored as an int: base level in the low bits, flags above. */
export function decodeProtectionLevel(value: unknown): string[] {
  if (typeof value === 'string') return value.split('|');
  const n = typeof value === 'number' ? value : 0;
  const names = [PROTECTION_BASE[n & 0xf] ?? `level${n & 0xf}`];
  for (const [bit, name] of PROTECTION_FLAGS) if (n & bit) names.push(name);
  return names;
}

type Raw = Record<string, unknown>;
const arr = (v: unknown): Raw[] => (Array.isArray(v) ? (v as Raw[]) : []);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;

function fullName(pkg: string, name: string | undefined): string {
  if (!name) return '';
  if (name.startsWith('.')) return pkg + name;
  return name.includes('.') ? name : `${pkg}.${name}`;
}

function metaOf(raw: Raw): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of arr(raw.metaData)) {
    const name = str(m.name);
    // Typed values (android:value="true", an integer, a reference) are read as what they are, not "".
    if (name)
      out[name] = str(m.value) ?? (typeof m.value === 'boolean' ? String(m.value) : undefined) ?? str(m.resource) ?? '';
  }
  return out;
}

function filtersOf(raw: Raw): IntentFilterModel[] {
  return arr(raw.intentFilters).map((f) => ({
    actions: arr(f.actions).map((a) => str(a.name) ?? ''),
    categories: arr(f.categories).map((c) => str(c.name) ?? ''),
    data: arr(f.data).map((d) => ({
      scheme: str(d.scheme),
      host: str(d.host),
      port: str(d.port),
      path: str(d.path),
      pathPrefix: str(d.pathPrefix),
      pathPattern: str(d.pathPattern),
      mimeType: str(d.mimeType),
    })),
  }));
}

export function modelFromRaw(raw: Raw): ManifestModel {
  const pkg = str(raw.package) ?? '';
  const app = (raw.application ?? {}) as Raw;
  const comp = (kind: ComponentKind, list: unknown): ComponentModel[] =>
    arr(list).map((c) => ({
      kind,
      name: fullName(pkg, str(c.name)),
      exported: typeof c.exported === 'boolean' ? c.exported : undefined,
      enabled: typeof c.enabled === 'boolean' ? c.enabled : undefined,
      process: str(c.process),
      permission: str(c.permission),
      authorities: str(c.authorities)?.split(';'),
      targetActivity: c.targetActivity ? fullName(pkg, str(c.targetActivity)) : undefined,
      intentFilters: filtersOf(c),
      metaData: metaOf(c),
    }));
  const usesSdk = (raw.usesSdk ?? {}) as Raw;
  return {
    package: pkg,
    versionCode: typeof raw.versionCode === 'number' ? raw.versionCode : undefined,
    versionName: str(raw.versionName),
    minSdk: typeof usesSdk.minSdkVersion === 'number' ? usesSdk.minSdkVersion : undefined,
    targetSdk: typeof usesSdk.targetSdkVersion === 'number' ? usesSdk.targetSdkVersion : undefined,
    debuggable: app.debuggable === true,
    usesPermissions: arr(raw.usesPermissions).map((p) => str(p.name) ?? ''),
    permissions: arr(raw.permissions).map((p) => ({
      name: str(p.name) ?? '',
      protectionLevel: decodeProtectionLevel(p.protectionLevel),
    })),
    components: [
      ...comp('activity', app.activities),
      ...comp('activity-alias', app.activityAliases),
      ...comp('service', app.services),
      ...comp('receiver', app.receivers),
      ...comp('provider', app.providers),
    ],
    metaData: metaOf(app),
  };
}

/** Attributes by name, the last one winning (as adbkit-apkreader's collapseAttributes). */
function collapse(el: AxmlElement): Raw {
  const out: Raw = Object.create(null) as Raw;
  for (const a of el.attributes) out[a.name] = a.value;
  return out;
}

function withIntents(el: AxmlElement): Raw {
  const target = collapse(el);
  const intentFilters: Raw[] = [];
  const metaData: Raw[] = [];
  for (const child of el.childNodes) {
    if (child.nodeName === 'intent-filter') {
      const f = collapse(child);
      const pick = (name: string) => child.childNodes.filter((n) => n.nodeName === name).map(collapse);
      f.actions = pick('action');
      f.categories = pick('category');
      f.data = pick('data');
      intentFilters.push(f);
    } else if (child.nodeName === 'meta-data') metaData.push(collapse(child));
  }
  target.intentFilters = intentFilters;
  target.metaData = metaData;
  return target;
}

/**
 * The raw shape modelFromRaw reads, from the element tree: the same as adbkit-apkreader's
 * ManifestParser gave (its test compares the two on real aapt-built APKs), plus the application's
 * own meta-data, which that parser dropped.
 */
export function rawFromTree(doc: AxmlElement): Raw {
  const raw = collapse(doc);
  const kids = (el: AxmlElement, name: string) => el.childNodes.filter((n) => n.nodeName === name);
  raw.usesPermissions = kids(doc, 'uses-permission').map(collapse);
  raw.permissions = kids(doc, 'permission').map(collapse);
  const sdk = kids(doc, 'uses-sdk');
  raw.usesSdk = sdk.length ? collapse(sdk[sdk.length - 1]) : null;
  // The last <application> wins, as in adbkit-apkreader; com.stub.StubApp is 360's packer (adbkit-apkreader#13).
  const appEl = doc.childNodes.filter((n) => n.nodeName === 'application' || n.nodeName === 'com.stub.StubApp').pop();
  const app: Raw = appEl ? collapse(appEl) : (Object.create(null) as Raw);
  if (appEl) {
    app.activities = kids(appEl, 'activity').map(withIntents);
    app.activityAliases = kids(appEl, 'activity-alias').map(withIntents);
    app.services = kids(appEl, 'service').map(withIntents);
    app.receivers = kids(appEl, 'receiver').map(withIntents);
    // Providers' intent filters were never read; their meta-data was.
    app.providers = kids(appEl, 'provider').map((p) =>
      Object.assign(collapse(p), { metaData: kids(p, 'meta-data').map(collapse) }),
    );
  }
  // Only a real <application> carries the app's meta-data for the rules (as before).
  const realApp = doc.childNodes.find((n) => n.nodeName === 'application');
  app.metaData = realApp ? kids(realApp, 'meta-data').map(collapse) : [];
  raw.application = app;
  return raw;
}

/** Turns a parse or zip error into the message the user reads (no stack, no raw bytes). */
function describe(err: unknown): string {
  return String((err as Error)?.message ?? err)
    .replace(/\s+/g, ' ')
    .slice(0, 200);
}

const APK_HINT =
  'Give the .apk file itself (not an .aab bundle or a split config APK), e.g. the one `adb shell pm path <package>` names.';

/**
 * Reads an APK's manifest; a damaged, hostile or non-APK input is bad input, named in the message.
 * Bounded in time and memory whatever the bytes (apk-zip.ts, axml.ts).
 */
export async function readManifest(
  apk: string | Buffer,
  label = typeof apk === 'string' ? apk : 'the APK',
): Promise<ManifestModel> {
  return manifestFromXml(await readManifestXml(apk, label), label, APK_HINT);
}

/** The binary AndroidManifest.xml entry of an APK (or of a zip holding only that entry). */
export async function readManifestXml(
  apk: string | Buffer,
  label = typeof apk === 'string' ? apk : 'the APK',
): Promise<Buffer> {
  try {
    return await readZipEntry(apk, MANIFEST);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') throw new BadInputError(`Cannot read ${label}: no such file.`);
    if (e.code === 'EISDIR') throw new BadInputError(`Cannot read ${label}: it is a folder.`, APK_HINT);
    if (e.code) throw new BadInputError(`Cannot read ${label} (${describe(e)}).`);
    throw new BadInputError(`${label} is not a readable APK: ${describe(e)}.`, APK_HINT);
  }
}

/** The model of a binary AndroidManifest.xml (the entry itself, as a snapshot keeps it). */
export function manifestFromXml(bytes: Buffer, label = 'the manifest', hint = APK_HINT): ManifestModel {
  let model: ManifestModel;
  try {
    model = modelFromRaw(rawFromTree(parseAxml(bytes)));
  } catch (err) {
    if (!(err instanceof AxmlError)) throw err;
    throw new BadInputError(
      `The ${MANIFEST} in ${label} is damaged or hostile: ${describe(err)}.`,
      'No build tool writes a manifest like this: rebuild the APK, or copy it again (a download or transfer may have cut it short).',
    );
  }
  if (!model.package) throw new BadInputError(`${label} is not a readable APK: its manifest names no package.`, hint);
  return model;
}
