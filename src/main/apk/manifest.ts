// Reads the binary AndroidManifest.xml of an APK (a file, or the bytes pulled from a phone) with
// @devicefarmer/adbkit-apkreader and turns it into a model the rules can read without caring about
// the reader's shapes: full class names, explicit/implicit `exported`, flat intent filters.
import ApkReaderModule from '@devicefarmer/adbkit-apkreader';
import { BadInputError } from '../errors';

export type ComponentKind = 'activity' | 'activity-alias' | 'service' | 'receiver' | 'provider';

export interface IntentFilterModel {
  actions: string[];
  categories: string[];
  data: { scheme?: string; host?: string; port?: string; path?: string; pathPrefix?: string; pathPattern?: string; mimeType?: string }[];
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
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

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
    if (name) out[name] = str(m.value) ?? (typeof m.value === 'boolean' ? String(m.value) : undefined) ?? str(m.resource) ?? '';
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
    permissions: arr(raw.permissions).map((p) => ({ name: str(p.name) ?? '', protectionLevel: decodeProtectionLevel(p.protectionLevel) })),
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

interface XmlNode {
  nodeName: string;
  attributes: { name: string; typedValue: { value: unknown } }[];
  childNodes: XmlNode[];
}
type ApkReaderStatic = { open(apk: string | Buffer): Promise<{ readManifest(): Promise<Raw>; readXml(path: string): Promise<XmlNode> }> };

/** adbkit-apkreader keeps meta-data of components only; the application's own come from the XML tree. */
function applicationMetaData(doc: XmlNode): Raw[] {
  const app = doc.childNodes.find((n) => n.nodeName === 'application');
  return (app?.childNodes ?? [])
    .filter((n) => n.nodeName === 'meta-data')
    .map((n) => Object.fromEntries(n.attributes.map((a) => [a.name, a.typedValue.value])));
}
const ApkReader = ((ApkReaderModule as unknown as { default?: ApkReaderStatic }).default ?? ApkReaderModule) as unknown as ApkReaderStatic;

/** Reads an APK's manifest; a damaged or non-APK input is bad input, named in the message. */
export async function readManifest(apk: string | Buffer, label = typeof apk === 'string' ? apk : 'the APK'): Promise<ManifestModel> {
  try {
    const reader = await ApkReader.open(apk);
    const raw = await reader.readManifest();
    const app = (raw.application ?? {}) as Raw;
    app.metaData = applicationMetaData(await reader.readXml('AndroidManifest.xml'));
    raw.application = app;
    const model = modelFromRaw(raw);
    if (!model.package) throw new Error('the manifest names no package');
    return model;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') throw new BadInputError(`Cannot read ${label}: no such file.`);
    throw new BadInputError(
      `${label} is not a readable APK (${String(e.message ?? err).replace(/\s+/g, ' ').slice(0, 160)}).`,
      'Give the .apk file itself (not an .aab bundle or a split config APK), e.g. the one `adb shell pm path <package>` names.',
    );
  }
}
