// Parsers for a phone's system properties as people save them: `adb shell getprop` output
// (`[key]: [value]`, where a value may run over several lines) and build.prop text (`key=value`).

export type PropsFormat = 'getprop' | 'build.prop';

export interface ParsedProps {
  props: Record<string, string>;
  format: PropsFormat | 'empty';
  /** Lines that fit neither format (counted, a few kept for the error message). */
  badLines: number;
  badSamples: string[];
}

const GETPROP_START = /^\[([^\]\s]+)\]:\s?\[(.*)$/;
const BUILDPROP = /^\s*([A-Za-z0-9_.\-:@]+)\s*=(.*)$/;

/** Parses `adb shell getprop` output. Values spanning lines end at the first line ending in `]`. */
export function parseGetprop(text: string): ParsedProps {
  const props: Record<string, string> = {};
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let badLines = 0;
  const badSamples: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) continue;
    const m = GETPROP_START.exec(line);
    if (!m) {
      badLines++;
      if (badSamples.length < 3) badSamples.push(line.slice(0, 80));
      continue;
    }
    const value = m[2];
    if (value.endsWith(']')) {
      props[m[1]] = value.slice(0, -1);
      continue;
    }
    // A multi-line value: keep reading until a line closes it (or the next property starts,
    // which is what a truncated dump looks like).
    const parts = [value];
    let closed = false;
    while (i + 1 < lines.length) {
      const next = lines[i + 1];
      if (GETPROP_START.test(next)) break;
      i++;
      if (next.endsWith(']')) {
        parts.push(next.slice(0, -1));
        closed = true;
        break;
      }
      parts.push(next);
    }
    if (closed) props[m[1]] = parts.join('\n');
    else {
      badLines++;
      if (badSamples.length < 3) badSamples.push(line.slice(0, 80));
    }
  }
  return { props, format: Object.keys(props).length ? 'getprop' : 'empty', badLines, badSamples };
}

/** Parses build.prop / default.prop text: `key=value`, `#` comments, `import` lines ignored. */
export function parseBuildProp(text: string): ParsedProps {
  const props: Record<string, string> = {};
  let badLines = 0;
  const badSamples: string[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith('import ')) continue;
    const m = BUILDPROP.exec(line);
    if (!m) {
      badLines++;
      if (badSamples.length < 3) badSamples.push(line.slice(0, 80));
      continue;
    }
    // Later definitions win, as init applies them.
    props[m[1]] = m[2].trim();
  }
  return { props, format: Object.keys(props).length ? 'build.prop' : 'empty', badLines, badSamples };
}

/** Picks the format from the text itself. */
export function parseProps(text: string): ParsedProps {
  const firstLines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .slice(0, 20);
  const getpropLike = firstLines.filter((l) => GETPROP_START.test(l)).length;
  const buildLike = firstLines.filter((l) => BUILDPROP.test(l)).length;
  return getpropLike >= buildLike && getpropLike > 0 ? parseGetprop(text) : parseBuildProp(text);
}

/** `getprop` output as a phone prints it: sorted by key. */
export function formatGetprop(props: Record<string, string>): string {
  return (
    Object.keys(props)
      .sort()
      .map((k) => `[${k}]: [${props[k]}]`)
      .join('\n') + '\n'
  );
}

/** Partitions in the order init loads their build.prop (property_service.cpp LoadProperties). */
export const LOAD_ORDER = ['system', 'system_ext', 'vendor', 'odm', 'product'] as const;
export type Partition = (typeof LOAD_ORDER)[number];

/** Which partition a build.prop comes from, by the keys only that partition writes. */
export function partitionOf(props: Record<string, string>): Partition | undefined {
  const keys = Object.keys(props);
  // Ordered so system_ext is not mistaken for system.
  for (const p of ['system_ext', 'vendor', 'odm', 'product', 'system'] as const)
    if (keys.some((k) => k.startsWith(`ro.product.${p}.`) || k.startsWith(`ro.${p}.build.`))) return p;
  return undefined;
}

/**
 * Several build.prop files as init merges them: loaded system, system_ext, vendor, odm, product (a
 * later file's value replaces an earlier one, as Android 10+ allows for ro.* across partitions);
 * files whose partition cannot be told are applied first, in the order given.
 */
export function mergeBuildProps(files: Record<string, string>[]): Record<string, string> {
  const rank = (p: Record<string, string>) => {
    const part = partitionOf(p);
    return part ? LOAD_ORDER.indexOf(part) : -1;
  };
  const sorted = files.map((props, i) => ({ props, i })).sort((a, b) => rank(a.props) - rank(b.props) || a.i - b.i);
  return Object.assign({}, ...sorted.map((f) => f.props)) as Record<string, string>;
}

export const PRODUCT_FIELDS = ['brand', 'device', 'manufacturer', 'model', 'name'] as const;

/**
 * ro.product.{brand,device,manufacturer,model,name} as init derives them when a build.prop set lacks
 * them (property_service.cpp property_derive_build_props / ro.product.property_source_order, default
 * "product,odm,vendor,system_ext,system"): the first partition in that order that sets
 * ro.product.<partition>.<field>. `getprop` output already holds the derived values; a bare
 * build.prop (Android 10+ system partition) does not. Returns the props with the derived keys added
 * and the keys derived.
 */
export function deriveProductProps(props: Record<string, string>): {
  props: Record<string, string>;
  derived: string[];
  /** The source order used: the phone's own, or init's default when the phone's is not valid. */
  order: string[];
} {
  // property_service.cpp's default order; its allowed sources are the same five names. init checks
  // every entry of the order against them and, on any other entry (a typo, a space, an empty piece),
  // logs "Found unexpected source in ro.product.property_source_order; using the default property
  // source order" and uses the default for the whole list.
  const DEFAULT_SOURCE_ORDER = ['product', 'odm', 'vendor', 'system_ext', 'system'];
  const given = (props['ro.product.property_source_order'] ?? '').split(',');
  const order = given.every((s) => DEFAULT_SOURCE_ORDER.includes(s)) ? given : DEFAULT_SOURCE_ORDER;
  const out = { ...props };
  const derived: string[] = [];
  for (const field of PRODUCT_FIELDS) {
    const key = `ro.product.${field}`;
    if (out[key]) continue;
    for (const part of order) {
      const v = props[`ro.product.${part}.${field}`];
      if (v) {
        out[key] = v;
        derived.push(key);
        break;
      }
    }
  }
  return { props: out, derived, order };
}
