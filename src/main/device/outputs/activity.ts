// Parsers for what `am start -W`, `dumpsys activity activities` and `uiautomator dump` print.

export interface AmStartResult {
  ok: boolean;
  /** The activity that came up (`pkg/.Cls` as printed). */
  activity?: string;
  totalTimeMs?: number;
  error?: 'not-found' | 'not-exported' | 'unresolvable' | 'other';
  message?: string;
}

/** `am start [-W]` output, success or one of its error shapes (device-facts.md §6). */
export function parseAmStart(text: string): AmStartResult {
  const t = text.replace(/\r\n?/g, '\n');
  if (/SecurityException: Permission Denial/.test(t))
    return { ok: false, error: 'not-exported', message: /Permission Denial:.*/.exec(t)?.[0] };
  if (/Error: Activity class \{[^}]+\} does not exist/.test(t) || /Error type 3/.test(t))
    return { ok: false, error: 'not-found', message: /Error: Activity class.*/.exec(t)?.[0] ?? 'Error type 3' };
  if (/unable to resolve Intent/.test(t))
    return { ok: false, error: 'unresolvable', message: /Error:.*unable to resolve Intent.*/.exec(t)?.[0] };
  if (/^Error[: ]/m.test(t) || /Exception/.test(t))
    return { ok: false, error: 'other', message: /^(Error.*|.*Exception.*)$/m.exec(t)?.[0] };
  const activity = /^Activity: (\S+)/m.exec(t)?.[1];
  const total = /^TotalTime: (\d+)/m.exec(t)?.[1];
  const status = /^Status: (\w+)/m.exec(t)?.[1];
  return {
    ok: status ? status === 'ok' : /^Starting: Intent/m.test(t),
    activity,
    totalTimeMs: total ? Number(total) : undefined,
  };
}

export interface ResumedActivity {
  component: string;
  extras: Record<string, string>;
  data?: string;
}

/** The resumed activity and the extras of its intent from `dumpsys activity activities`. */
export function parseResumedActivity(text: string): ResumedActivity | null {
  const t = text.replace(/\r\n?/g, '\n');
  const m =
    /(?:mResumedActivity|topResumedActivity|ResumedActivity)[:=] ?ActivityRecord\{\S+ u\d+ (\S+)(?: t\d+)?\}/.exec(t);
  if (!m) return null;
  const component = m[1];
  // The record's own block carries its intent; find the first one naming the component.
  const block = t.slice(Math.max(0, t.indexOf(`ActivityRecord{`, t.indexOf(component) - 40)));
  const extrasText = /extras=Bundle\[\{([^}]*)\}\]/.exec(block)?.[1] ?? '';
  const extras: Record<string, string> = {};
  for (const part of extrasText.split(/, (?=[\w.]+=)/)) {
    const eq = part.indexOf('=');
    if (eq > 0) extras[part.slice(0, eq)] = part.slice(eq + 1);
  }
  const data = /dataString=(\S+)/.exec(block)?.[1] ?? /dat=(\S+)/.exec(block)?.[1];
  return { component, extras, data };
}

export interface UiNode {
  text: string;
  resourceId: string;
  packageName: string;
  bounds: [number, number, number, number];
}

/** Nodes of a `uiautomator dump` hierarchy with their text and bounds. */
export function parseUiDump(xml: string): UiNode[] {
  const out: UiNode[] = [];
  for (const m of xml.matchAll(/<node\b([^>]*?)\/?>/g)) {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(m[1])?.[1] ?? '';
    const b = /\[(\d+),(\d+)\]\[(\d+),(\d+)\]/.exec(attr('bounds'));
    if (!b) continue;
    const unescape = (s: string) =>
      s
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    out.push({
      text: unescape(attr('text')),
      resourceId: attr('resource-id'),
      packageName: attr('package'),
      bounds: [Number(b[1]), Number(b[2]), Number(b[3]), Number(b[4])],
    });
  }
  return out;
}
