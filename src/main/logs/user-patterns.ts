// Token patterns from an app profile (`tokenPatterns[i].regex`), run on re2js: an RE2 engine, whose
// matching time is linear in the line's length whatever the pattern, so a profile can never stall
// a scan (JavaScript's backtracking RegExp takes forever on e.g. `(\S|\S)*QQQ` against a long line,
// and a heuristic check cannot spot every such pattern). RE2 syntax is JavaScript's without
// lookaround and backreferences; patterns using those are refused with the field named.
import { createRequire } from 'node:module';
import type { RE2JS } from 're2js';
import type { LinePattern, UserPattern } from './patterns';
import { BadInputError } from '../errors';

/** re2js (260 kB of code) is loaded when a pattern first needs it: most scans have none. */
let re2js: typeof RE2JS | undefined;
function re2(): typeof RE2JS {
  return (re2js ??= (createRequire(import.meta.url)('re2js') as typeof import('re2js')).RE2JS);
}

/**
 * RE2's cost measure: matching costs at most program size × line length steps. Real patterns
 * are well under 100; `a{1000}b{1000}…` within the 500 characters a profile allows reaches ~70 000.
 */
export const MAX_PROGRAM_SIZE = 2000;

export const USER_PATTERN_HINT =
  'Patterns use RE2 syntax: JavaScript regex syntax without lookahead/lookbehind ((?=…), (?<=…)) or backreferences (\\1), and one capture group for the token, e.g. "my token is (\\\\S+)".';

/** Why `regex` cannot be a token pattern (a sentence for the user), or null when it can. */
export function userRegexProblem(regex: string, group?: number): string | null {
  let re: RE2JS;
  try {
    re = re2().compile(regex);
  } catch (err) {
    // re2js: "error parsing regexp: missing closing ): `(unclosed`".
    return `is not a valid regular expression (${(err as Error).message.replace(/^error parsing regexp: /, '')})`;
  }
  const size = re.programSize();
  if (size > MAX_PROGRAM_SIZE)
    return `is too complex (RE2 program size ${size}, at most ${MAX_PROGRAM_SIZE}); simplify its repetition counts`;
  const groups = re.groupCount();
  // Without `group`, the first group or else the whole match is the token (as before).
  if (group !== undefined && group > groups)
    return `has ${groups} capture group(s), but group ${group} is asked for the token`;
  return null;
}

/** An RE2 pattern behind RegExp's `exec`/`test`, so the line matcher treats it like the built-in ones. */
class Re2Matcher {
  constructor(private readonly re: RE2JS) {}

  exec(input: string): RegExpExecArray | null {
    const m = this.re.matcher(input);
    if (!m.find()) return null;
    const groups: (string | undefined)[] = [];
    for (let i = 0; i <= m.groupCount(); i++) groups.push(m.group(i) ?? undefined);
    return Object.assign(groups, { index: m.start(0), input }) as unknown as RegExpExecArray;
  }

  test(input: string): boolean {
    return this.re.matcher(input).find();
  }
}

/** Compiles the profile's patterns; a bad one is refused with its field path (exit 2 in the CLI). */
export function compileUserPatterns(list: UserPattern[] | undefined): LinePattern[] {
  return (list ?? []).map((p, i) => {
    const problem = userRegexProblem(p.regex, p.group);
    if (problem) throw new BadInputError(`tokenPatterns[${i}].regex ${problem}.`, USER_PATTERN_HINT);
    const re = new Re2Matcher(re2().compile(p.regex)) as unknown as RegExp;
    return { id: `user-${i}`, sdk: 'profile', kind: 'token' as const, vendor: p.vendor, re, group: p.group ?? 1 };
  });
}

/** The problems of a profile's token patterns, each with its field path (for the profile loader). */
export function tokenPatternIssues(list: UserPattern[] | undefined): string[] {
  return (list ?? []).flatMap((p, i) => {
    const problem = userRegexProblem(p.regex, p.group);
    return problem ? [`tokenPatterns[${i}].regex ${problem}`] : [];
  });
}
