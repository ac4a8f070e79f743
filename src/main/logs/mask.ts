// Masking of push tokens inside log lines, one rule for every place a line is shown or saved (the
// tokens command, the checklist's evidence, the logcat viewer and its saved file): the token a
// pattern found, plus any token-looking value after a token-ish word or in a known token shape.
// Codes (`code = -1`, `resultCode={0}`, `907135000`) are short or follow no token word, so they stay.
import { maskToken } from './token-shape';

// `token=`, `token:`, `regId = `, `registerID: `, `pushId='…'`, `arg: ` (TIMSDK's `cmd: register | arg: <regId>`),
// `commandArguments={[…]}` (MiPush), `onReceiveToken: HMSPUSH - …` (Easemob), `push token is : …` (TPNS).
const AFTER_WORD =
  /((?:token|regId|registerID|registrationId|push[Ii][Dd]|pushToken|deviceToken|\barg)['"]?\s*(?:[=:]|is\b\s*:?)\s*['"]?|commandArguments=\{\[|onReceiveToken: \w+ - )([A-Za-z0-9_:+/=.-]{16,})/gi;
// Shapes that are tokens wherever they appear: FCM `<id>:APA91b…`, HMS/Honor `IQAAAA…`, OPPO `CN_<32 hex>`.
const SHAPES =
  /\b[A-Za-z0-9_-]{11,22}:APA91b[A-Za-z0-9_-]{60,}|\bIQAAAA[A-Za-z0-9_-]{60,}|\b(?:[A-Z]{2}_){1,2}[0-9a-f]{32}\b/g;

export function maskLine(line: string, token?: string): string {
  return maskTokensIn(line, token ? [token] : [], maskToken);
}

/**
 * The same rule with any mask: the known tokens first, then token-looking values. A mask that is
 * idempotent (masking a masked value changes nothing) may run over its own output.
 */
export function maskTokensIn(text: string, known: string[], mask: (token: string) => string): string {
  let out = text;
  for (const token of known) if (token) out = out.split(token).join(mask(token));
  out = out.replace(AFTER_WORD, (_all, lead: string, value: string) => {
    if (value.includes('********')) return lead + value;
    const bare = value.replace(/[,;)}\]]+$/, '');
    return lead + mask(bare) + value.slice(bare.length);
  });
  return out.replace(SHAPES, (t) => mask(t));
}
