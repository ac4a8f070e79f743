// Android intent URIs as Intent.toUri(URI_INTENT_SCHEME) writes them and the IM consoles take
// them: `intent://host/path#Intent;scheme=s;launchFlags=0x4000000;component=pkg/cls;S.k=v;end`,
// the `intent:#Intent;…;end` form, and plain `scheme://host/path` URIs.

export interface ParsedIntent {
  action?: string;
  categories: string[];
  /** The data URI (`scheme://host/path`). */
  data?: string;
  scheme?: string;
  host?: string;
  port?: string;
  path?: string;
  package?: string;
  /** `pkg/cls` with the class fully qualified. */
  component?: string;
  launchFlags?: number;
  extras: Record<string, string>;
}

export type IntentParse = { ok: true; intent: ParsedIntent } | { ok: false; reason: string };

function splitData(data: string): Pick<ParsedIntent, 'scheme' | 'host' | 'port' | 'path'> {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/:?#]*)(?::(\d+))?([^?#]*)/.exec(data);
  if (!m) {
    const s = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(data);
    return { scheme: s?.[1] };
  }
  return { scheme: m[1], host: m[2] || undefined, port: m[3], path: m[4] || undefined };
}

export function fullComponent(component: string): string {
  const [pkg, cls = ''] = component.split('/');
  return `${pkg}/${cls.startsWith('.') ? pkg + cls : cls}`;
}

export function parseIntentUri(uri: string): IntentParse {
  const text = uri.trim();
  if (!text) return { ok: false, reason: 'empty' };
  if (!text.startsWith('intent:')) {
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(text)) return { ok: false, reason: 'no-scheme' };
    return {
      ok: true,
      intent: { categories: [], extras: {}, data: text, action: 'android.intent.action.VIEW', ...splitData(text) },
    };
  }
  const hash = text.indexOf('#Intent;');
  if (hash < 0) return { ok: false, reason: 'no-intent-fragment' };
  if (!text.endsWith(';end')) return { ok: false, reason: 'no-end' };
  const head = text.slice(0, hash);
  const intent: ParsedIntent = { categories: [], extras: {} };
  let scheme: string | undefined;
  for (const part of text.slice(hash + '#Intent;'.length, -';end'.length).split(';')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    if (eq < 0) return { ok: false, reason: `bad-part:${part}` };
    const key = part.slice(0, eq);
    let value: string;
    try {
      value = decodeURIComponent(part.slice(eq + 1));
    } catch {
      return { ok: false, reason: `bad-escape:${part}` };
    }
    switch (key) {
      case 'scheme':
        scheme = value;
        break;
      case 'action':
        intent.action = value;
        break;
      case 'category':
        intent.categories.push(value);
        break;
      case 'package':
        intent.package = value;
        break;
      case 'component':
        if (!/^[\w.]+\/[\w.$]+$/.test(value)) return { ok: false, reason: `bad-component:${value}` };
        intent.component = fullComponent(value);
        break;
      case 'launchFlags':
        intent.launchFlags = Number(value);
        if (!Number.isFinite(intent.launchFlags)) return { ok: false, reason: `bad-flags:${value}` };
        break;
      default:
        // Extras: S.string, i.int, l.long, B.boolean, f.float, d.double, s.short, b.byte, c.char.
        if (/^[SilBfdsbc]\./.test(key)) intent.extras[key.slice(2)] = value;
    }
  }
  if (head.startsWith('intent://')) {
    if (!scheme) return { ok: false, reason: 'no-scheme' };
    intent.data = `${scheme}://${head.slice('intent://'.length)}`;
  } else if (head.length > 'intent:'.length) intent.data = head.slice('intent:'.length);
  if (intent.data) Object.assign(intent, splitData(intent.data));
  return { ok: true, intent };
}

/** `am start` arguments for an intent (never a shell string: quoting is the shell layer's job). */
export function amStartArgs(intent: ParsedIntent, wait = true): string[] {
  const args = ['am', 'start'];
  if (wait) args.push('-W');
  if (intent.action) args.push('-a', intent.action);
  for (const c of intent.categories) args.push('-c', c);
  if (intent.data) args.push('-d', intent.data);
  if (intent.component) args.push('-n', intent.component);
  else if (intent.package) args.push('-p', intent.package);
  if (intent.launchFlags) args.push('-f', String(intent.launchFlags));
  for (const [k, v] of Object.entries(intent.extras)) args.push('--es', k, v);
  return args;
}
