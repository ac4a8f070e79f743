// The log lines that tell the push story of an app: a token obtained (per SDK: Tencent's
// TUIOfflinePush, Easemob's EMPushHelper, each vendor's demo and SDK, TPNS, LeanCloud), the token
// reported to the IM server or refused, a registration error, and push events such as FCM dropping
// a message for a force-stopped app. Sources: device-facts.md §5 and §3.5.
import type { VendorChannel } from '../../shared/types';
import { SDK_LINE_KEYWORDS, SDK_LINE_PATTERNS } from './sdk-lines';

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

const TYPE_VENDOR: Record<string, VendorChannel> = {
  HMSPUSH: 'huawei',
  MIPUSH: 'xiaomi',
  OPPOPUSH: 'oppo',
  VIVOPUSH: 'vivo',
  MEIZUPUSH: 'meizu',
  HONORPUSH: 'honor',
  FCM: 'fcm',
  huawei: 'huawei',
  honor: 'honor',
  xiaomi: 'xiaomi',
  oppo: 'oppo',
  vivo: 'vivo',
  meizu: 'meizu',
  fcm: 'fcm',
};

const TOKEN = '([A-Za-z0-9_:+/=.\\-]+)';

export const PATTERNS: LinePattern[] = [
  // Tencent TUIOfflinePush (TIMSDK 7.x OEMPushSetting and friends).
  {
    id: 'tim-huawei-token',
    sdk: 'tencent',
    kind: 'token',
    vendor: 'huawei',
    re: new RegExp(`huawei get token:\\s*${TOKEN}`),
    group: 1,
  },
  {
    id: 'tim-huawei-fail',
    sdk: 'tencent',
    kind: 'register-error',
    vendor: 'huawei',
    re: /huawei get token failed, (.*)$/,
    descGroup: 1,
  },
  {
    id: 'tim-honor-token',
    sdk: 'tencent',
    kind: 'token',
    vendor: 'honor',
    re: new RegExp(`Honor get pushToken\\s+(?!failed)${TOKEN}`),
    group: 1,
  },
  {
    id: 'tim-honor-fail',
    sdk: 'tencent',
    kind: 'register-error',
    vendor: 'honor',
    re: /Honor get pushToken failed, (.*)$/,
    descGroup: 1,
  },
  {
    id: 'tim-newtoken-honor',
    sdk: 'tencent',
    kind: 'token',
    vendor: 'honor',
    tag: /Honor/i,
    re: new RegExp(`onNewToken token=${TOKEN}`),
    group: 1,
  },
  {
    id: 'tim-newtoken-huawei',
    sdk: 'tencent',
    kind: 'token',
    vendor: 'huawei',
    tag: /HUAWEI|Hms/i,
    re: new RegExp(`onNewToken token=${TOKEN}`),
    group: 1,
  },
  { id: 'tim-newtoken', sdk: 'tencent', kind: 'token', re: new RegExp(`onNewToken token=${TOKEN}`), group: 1 },
  {
    id: 'tim-vivo-token',
    sdk: 'tencent',
    kind: 'token',
    vendor: 'vivo',
    re: new RegExp(`vivopush open vivo push success regId = ${TOKEN}`),
    group: 1,
  },
  {
    id: 'tim-vivo-fail',
    sdk: 'tencent',
    kind: 'register-error',
    vendor: 'vivo',
    re: /vivopush open vivo push fail state = (-?\d+)/,
    group: 1,
  },
  {
    id: 'tim-vivo-regid',
    sdk: 'tencent',
    kind: 'token',
    vendor: 'vivo',
    re: new RegExp(`onReceiveRegId = ${TOKEN}`),
    group: 1,
  },
  {
    id: 'tim-fcm-token',
    sdk: 'tencent',
    kind: 'token',
    vendor: 'fcm',
    re: new RegExp(`google fcm getToken = ${TOKEN}`),
    group: 1,
  },
  {
    id: 'tim-fcm-newtoken',
    sdk: 'tencent',
    kind: 'token',
    vendor: 'fcm',
    re: new RegExp(`onNewToken google fcm onNewToken : ${TOKEN}`),
    group: 1,
  },
  {
    id: 'tim-oppo-register',
    sdk: 'tencent',
    kind: 'token',
    vendor: 'oppo',
    re: /onRegister responseCode: (-?\d+) registerID: ?(\S*)/,
    group: 2,
    codeGroup: 1,
    failedWhen: (m) => m[1] !== '0' || !m[2],
  },
  {
    id: 'tim-meizu-token',
    sdk: 'tencent',
    kind: 'token',
    vendor: 'meizu',
    re: new RegExp(`onRegisterStatus token = ${TOKEN}`),
    group: 1,
  },
  {
    id: 'tim-xiaomi-regid',
    sdk: 'tencent',
    kind: 'token',
    vendor: 'xiaomi',
    re: new RegExp(`^regId: ${TOKEN}$`),
    group: 1,
  },
  {
    id: 'mipush-register-result',
    sdk: 'mipush',
    kind: 'token',
    vendor: 'xiaomi',
    re: /command=\{register\}, resultCode=\{(-?\d+)\}, reason=\{(.*?)\}, category=\{.*?\}, commandArguments=\{\[([^\]]*)\]\}/,
    group: 3,
    descGroup: 2,
    codeGroup: 1,
    failedWhen: (m) => m[1] !== '0' || !m[3],
  },
  {
    id: 'tim-xiaomi-cmd',
    sdk: 'tencent',
    kind: 'register-error',
    vendor: 'xiaomi',
    re: /cmd: register \| arg: .*? \| result: (-?[1-9]\d*) \| reason: (.*)$/,
    group: 1,
    descGroup: 2,
  },
  {
    id: 'tim-config',
    sdk: 'tencent',
    kind: 'token',
    re: new RegExp(`setOfflinePushConfig businessID = (\\d+) pushToken = ${TOKEN}`),
    group: 2,
  },
  { id: 'tim-report-ok', sdk: 'tencent', kind: 'report-ok', re: /setOfflinePushToken success/ },
  {
    id: 'tim-report-err',
    sdk: 'tencent',
    kind: 'report-error',
    re: /setOfflinePushToken err code = (-?\d+)(?: desc = (.*))?/,
    group: 1,
    descGroup: 2,
  },
  {
    id: 'tim-token-error',
    sdk: 'tencent',
    kind: 'register-error',
    vendor: (m) => TYPE_VENDOR[(/^(\w+)/.exec(m[2] ?? '')?.[1] ?? '').toLowerCase()],
    re: /onTokenErrorCallBack code = (-?\d+), code des = (.*)$/,
    group: 1,
    descGroup: 2,
  },
  {
    id: 'timpush-register',
    sdk: 'timpush',
    kind: 'register-error',
    re: /registerPush errorCode = (-?[1-9]\d*), errorMessage = (.*)$/,
    group: 1,
    descGroup: 2,
  },
  // Easemob (Hyphenate) EMPushHelper, printed in debug mode.
  {
    id: 'em-token',
    sdk: 'easemob',
    kind: 'token',
    vendor: (m) => TYPE_VENDOR[m[1]],
    re: new RegExp(`\\[EMPushHelper\\] onReceiveToken: (\\w+) - ${TOKEN}`),
    group: 2,
  },
  { id: 'em-upload-ok', sdk: 'easemob', kind: 'report-ok', re: /\[EMPushHelper\] uploadTokenInternal success/ },
  {
    id: 'em-upload-err',
    sdk: 'easemob',
    kind: 'report-error',
    re: /\[EMPushHelper\].*onErrorResponse:?\s*(.*)$/,
    descGroup: 1,
  },
  {
    id: 'em-hms-demo',
    sdk: 'easemob-demo',
    kind: 'token',
    vendor: 'huawei',
    re: new RegExp(`(?:get huawei hms push token:|register huawei hms push token success token:)\\s*${TOKEN}`),
    group: 1,
  },
  {
    id: 'em-hms-demo-fail',
    sdk: 'easemob-demo',
    kind: 'register-error',
    vendor: 'huawei',
    re: /register huawei hms push token fail/,
  },
  {
    id: 'em-fcm-demo',
    sdk: 'easemob-demo',
    kind: 'token',
    vendor: 'fcm',
    tag: /FCM|Firebase|MSG/i,
    // LeanCloud's HonorMsgService logs `Honor onNewToken: …` under a tag with "Msg" in it: that is Honor's.
    re: new RegExp(`(?<!Honor )onNewToken: ${TOKEN}`),
    group: 1,
  },
  // Vendor demos and SDKs.
  {
    id: 'hms-demo',
    sdk: 'hms-demo',
    kind: 'token',
    vendor: 'huawei',
    re: new RegExp(`(?:^get token:|received refresh token:|sending token to server\\. token:)\\s*${TOKEN}`),
    group: 1,
  },
  {
    id: 'hms-demo-fail',
    sdk: 'hms-demo',
    kind: 'register-error',
    vendor: 'huawei',
    re: /get token failed, (.*)$/,
    descGroup: 1,
  },
  {
    id: 'hms-sdk',
    sdk: 'hms',
    kind: 'register-error',
    vendor: 'huawei',
    re: /status_code:(-?\d+), error_code(-?[1-9]\d*), api_name:push\.gettoken/,
    group: 2,
  },
  {
    id: 'fcm-quickstart',
    sdk: 'fcm-demo',
    kind: 'token',
    vendor: 'fcm',
    re: new RegExp(`Refreshed token: ${TOKEN}`),
    group: 1,
  },
  {
    id: 'leancloud-honor',
    sdk: 'leancloud',
    kind: 'token',
    vendor: 'honor',
    re: new RegExp(`Honor onNewToken: ${TOKEN}`),
    group: 1,
  },
  {
    id: 'tpns-token',
    sdk: 'tpns',
    kind: 'token',
    vendor: (m) => TYPE_VENDOR[m[2]?.toLowerCase()],
    re: /handleUpdateToken other push token is : ?(\S*) other push type: (\w+)/,
    group: 1,
    failedWhen: (m) => !m[1],
  },
  // Push events.
  {
    id: 'fcm-stopped',
    sdk: 'gms',
    kind: 'push-event',
    event: 'fcm-dropped-stopped-app',
    vendor: 'fcm',
    re: /broadcast intent callback: result=CANCELLED forIntent \{ act=com\.google\.android\.c2dm\.intent\.RECEIVE.*?pkg=([\w.]+)/,
    group: 1,
  },
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
  ...SDK_LINE_PATTERNS,
];

/**
 * Cheap test run on every line before any specific pattern: one combined keyword check. Each
 * alternative is a necessary part of some pattern above; a bare "token" is not (real logs are full
 * of OAuth refreshes, getToken() calls and "token unchanged" lines), so the token words come with
 * what the token patterns require next to them.
 */
export const PREFILTER = new RegExp(
  `[Tt]oken\\s*[:=]|[Tt]oken is|get ?token|getToken =|[Pp]ushToken|[Nn]ewToken|onTokenError|regId|push fail|token fail|RegId|registerID|onRegister|EMPushHelper|broadcast intent callback|No Channel found|onMessageReceived|MessageArrived|PassThroughMessage|Received message|push\\.gettoken|registerPush|commandArguments|register \\||${SDK_LINE_KEYWORDS}`,
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
