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
