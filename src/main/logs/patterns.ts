// The log lines that tell the push story of an app: a token obtained (per SDK: Tencent's
// TUIOfflinePush, Easemob's EMPushHelper, each vendor's demo and SDK, TPNS, LeanCloud), the token
// reported to the IM server or refused, a registration error, and push events such as FCM dropping
// a message for a force-stopped app. Sources: device-facts.md §5 and §3.5. Each vendor's lines are
// in src/main/vendors/<id>/log-lines.ts, each IM SDK's own in src/main/vendors/<im>/log-lines.ts;
// what no one vendor prints (TPNS, Android's own lines) is here.
import type { VendorChannel } from '../../shared/types';
import { VENDOR_IDS } from '../../shared/vendors';
import { VENDOR_MODULES } from '../vendors/registry';
import { IM_MODULES } from '../vendors/im-registry';
import { channelNamed } from '../vendors/type-names';

export type FindingKind = 'token' | 'register-error' | 'report-ok' | 'report-error' | 'push-event';

export interface LinePattern {
  id: string;
  sdk: string;
  kind: FindingKind;
  /** The vendor the line implies, or a function of the match (Easemob and TPNS name the type). */
  vendor?: VendorChannel | ((m: RegExpExecArray) => VendorChannel | undefined);
  /** Matched against the tag when given (the message alone is ambiguous). */
  tag?: RegExp;
  re: RegExp;
  /** Capture group of the token (token lines) or of the code (errors). */
  group?: number;
  /** Capture group of a description (errors). */
  descGroup?: number;
  /** A token line whose match says it failed (OPPO responseCode, MiPush resultCode). */
  failedWhen?: (m: RegExpExecArray) => boolean;
  /** Capture group of the code when a token line failed. */
  codeGroup?: number;
  /** The code to report when the line names none (e.g. "Failed to get FIS auth token" = FIS_AUTH_ERROR). */
  code?: string;
  /** A match that says nothing went wrong (vivo state 0, Meizu code 200): try the next pattern. */
  skipWhen?: (m: RegExpExecArray) => boolean;
  /** Tested on `tag message` when the line alone is too generic (an FCM constant, a 907 code). */
  context?: RegExp;
  event?: string;
}

/** The vendors in the IM SDKs' brand order (src/main/vendors/types.ts, VendorDetection.brandOrder). */
const VENDORS_IN_ORDER = [...VENDOR_IDS]
  .sort((x, y) => VENDOR_MODULES[x].detection.brandOrder - VENDOR_MODULES[y].detection.brandOrder)
  .map((v) => VENDOR_MODULES[v].logLines);
const { 'tencent-im': TIM, easemob: EM } = IM_MODULES;

/** Lines no one vendor prints: TPNS's token line (it names the channel) and Android's own. */
const OTHER_LINES: LinePattern[] = [
  {
    id: 'tpns-token',
    sdk: 'tpns',
    kind: 'token',
    vendor: (m) => channelNamed(m[2]?.toLowerCase()),
    re: /handleUpdateToken other push token is : ?(\S*) other push type: (\w+)/,
    group: 1,
    failedWhen: (m) => !m[1],
  },
  // Push events.
  {
    id: 'no-channel',
    sdk: 'android',
    kind: 'push-event',
    event: 'notification-channel-missing',
    re: /No Channel found for pkg=([\w.]+), channelId=([^,]*),/,
    group: 1,
    descGroup: 2,
  },
  {
    id: 'message-received',
    sdk: 'any',
    kind: 'push-event',
    event: 'message-received',
    re: /onMessageReceived|onNotificationMessageArrived|onReceivePassThroughMessage|Received message (\S+)/,
    group: 1,
  },
];

/**
 * First match wins, so the order is: Tencent IM's lines for a channel (vendors in brand order, as
 * TUIOfflinePush tries them), then its own (a line naming the channel beats the same wording
 * without it), Easemob's own then its lines for a channel, the vendors' SDK lines (in registry
 * order: HMS's before Honor's, whose loose failure line also takes an HMS line on an Honor-era
 * phone), the lines above, and last the IM SDKs' loose shapes.
 */
export const PATTERNS: LinePattern[] = [
  ...VENDORS_IN_ORDER.flatMap((v) => v.tencentIm),
  ...TIM.logLines.first,
  ...EM.logLines.first,
  ...VENDORS_IN_ORDER.flatMap((v) => v.easemob),
  ...VENDOR_IDS.flatMap((v) => VENDOR_MODULES[v].logLines.sdk),
  ...OTHER_LINES,
  ...TIM.logLines.last,
  ...EM.logLines.last,
];

/** Keywords of the vendors' and IM SDKs' lines for the prefilter below. */
const LINE_KEYWORDS = [
  ...VENDORS_IN_ORDER.flatMap((v) => v.keywords),
  ...TIM.logLines.keywords,
  ...EM.logLines.keywords,
].join('|');

/**
 * Cheap test run on every line before any specific pattern: one combined keyword check. Each
 * alternative is a necessary part of some pattern above; a bare "token" is not (real logs are full
 * of OAuth refreshes, getToken() calls and "token unchanged" lines), so the token words come with
 * what the token patterns require next to them.
 */
export const PREFILTER = new RegExp(
  `[Tt]oken\\s*[:=]|[Tt]oken is|get ?token|getToken =|[Pp]ushToken|[Nn]ewToken|onTokenError|regId|push fail|token fail|RegId|registerID|onRegister|EMPushHelper|broadcast intent callback|No Channel found|onMessageReceived|MessageArrived|PassThroughMessage|Received message|push\\.gettoken|registerPush|commandArguments|register \\||${LINE_KEYWORDS}`,
);

export interface UserPattern {
  vendor: VendorChannel;
  regex: string;
  group?: number;
}

/** Hostile or broken user patterns must not hang a scan: lines are capped before matching. */
export const MAX_MATCH_LENGTH = 2048;

// User patterns run on RE2 (linear time whatever the pattern): see user-patterns.ts.
export { compileUserPatterns } from './user-patterns';

export interface LineFinding {
  kind: FindingKind;
  patternId: string;
  sdk: string;
  vendor?: VendorChannel;
  /** The token (token lines), the error code (errors), or the package (push events). */
  value?: string;
  description?: string;
  failed?: boolean;
  event?: string;
}

export function matchLine(
  tag: string,
  message: string,
  patterns: LinePattern[],
  userPatterns: LinePattern[] = [],
): LineFinding | null {
  const msg = message.length > MAX_MATCH_LENGTH ? message.slice(0, MAX_MATCH_LENGTH) : message;
  for (const p of userPatterns) {
    const m = p.re.exec(msg);
    if (m)
      return {
        kind: 'token',
        patternId: p.id,
        sdk: p.sdk,
        vendor: p.vendor as VendorChannel,
        value: clean(m[p.group ?? 1] ?? m[0]),
      };
  }
  if (!PREFILTER.test(msg)) return null;
  const literals = requiredLiteralsOf(patterns);
  for (let i = 0; i < patterns.length; i++) {
    const p = patterns[i];
    if (p.tag && !p.tag.test(tag)) continue;
    // A line past the prefilter usually matches none of the patterns: most are ruled out by a
    // substring search instead of a regex run each.
    const literal = literals[i];
    if (literal !== null && !msg.includes(literal)) continue;
    const m = p.re.exec(msg);
    if (!m) continue;
    if (p.skipWhen?.(m)) continue;
    if (p.context && !p.context.test(tag) && !p.context.test(msg)) continue;
    const vendor = typeof p.vendor === 'function' ? p.vendor(m) : p.vendor;
    const failed = p.failedWhen?.(m) ?? false;
    const captured = p.group !== undefined && m[p.group] ? clean(m[p.group]) : undefined;
    // A failed token line reports its code, never the (empty or stale) token it printed.
    const value =
      failed && p.codeGroup !== undefined
        ? m[p.codeGroup]
        : p.kind === 'token' || p.kind === 'push-event'
          ? captured
          : (captured ?? p.code);
    return {
      kind: failed && p.kind === 'token' ? 'register-error' : p.kind,
      patternId: p.id,
      sdk: p.sdk,
      vendor,
      value,
      description:
        p.descGroup !== undefined
          ? m[p.descGroup]?.trim() || undefined
          : failed
            ? m[1]
              ? `code ${m[1]}`
              : 'an empty token'
            : undefined,
      failed,
      event: p.event,
    };
  }
  return null;
}

/**
 * A run of plain characters that every match of `re` contains (the longest, of 3 or more), or
 * null when none can be told from the source. Only the top level counts: a `|` there gives null,
 * groups, classes, escapes such as `\\d` and anchors end a run, and a character made optional by
 * `?`, `*` or `{…}` is left out. Case-insensitive patterns give null.
 */
export function requiredLiteral(re: RegExp): string | null {
  if (re.flags.includes('i')) return null;
  const src = re.source;
  let depth = 0;
  let best = '';
  let run = '';
  const end = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  const optional = (at: number) => src[at] === '?' || src[at] === '*' || src[at] === '{';
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      const e = src[++i];
      if (depth === 0 && e !== undefined && /[^A-Za-z0-9]/.test(e) && !optional(i + 1)) run += e;
      else end();
      if (src[i + 1] === '+') end();
    } else if (c === '[') {
      end();
      let j = i + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      i = j;
    } else if (c === '(' || c === ')') {
      depth += c === '(' ? 1 : -1;
      end();
    } else if (c === '|') {
      if (depth === 0) return null;
    } else if (depth > 0) continue;
    else if (c === '{') {
      end();
      while (i < src.length && src[i] !== '}') i++;
    } else if ('^$.?*+}'.includes(c) || optional(i + 1)) end();
    else {
      run += c;
      if (src[i + 1] === '+') end();
    }
  }
  end();
  return best.length >= 3 ? best : null;
}

const literalsByList = new WeakMap<LinePattern[], (string | null)[]>();
function requiredLiteralsOf(patterns: LinePattern[]): (string | null)[] {
  let literals = literalsByList.get(patterns);
  if (!literals || literals.length !== patterns.length) {
    literals = patterns.map((p) => (p.re instanceof RegExp ? requiredLiteral(p.re) : null));
    literalsByList.set(patterns, literals);
  }
  return literals;
}

function clean(token: string): string {
  return token.replace(/[,;)}\]]+$/, '');
}
