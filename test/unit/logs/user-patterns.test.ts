// Token patterns from a profile (issue 12, item 4): a bad one is refused when the profile loads,
// with its field path (exit 2 in the CLI, no stack trace), and every one runs on RE2, so no
// pattern can stall a scan past the token step's timeout.
import { describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { compileUserPatterns, tokenPatternIssues, userRegexProblem } from '../../../src/main/logs/user-patterns';
import { PATTERNS, matchLine } from '../../../src/main/logs/patterns';
import { scanStream } from '../../../src/main/logs/scanner';
import { parseProfile } from '../../../src/main/push/profile-file';
import { BadInputError } from '../../../src/main/errors';
import { runCli } from '../../helpers/cli';

// The pattern the review used: JavaScript's RegExp backtracks 2^n ways on a line without QQQ.
const CATASTROPHIC = '(\\S|\\S)*QQQ';
const LONG = 'x'.repeat(2000);

// A hang guard, not a speed target: the old engine never returned on these.
const QUICK = { timeout: 10_000 };

describe('compiling and matching', () => {
  it('captures the token group, group 0, and the whole match when there is no group', () => {
    const [p, whole, none] = compileUserPatterns([
      { vendor: 'xiaomi', regex: 'my token is (\\S+)( now)?' },
      { vendor: 'oppo', regex: 'regid=\\w+', group: 0 },
      { vendor: 'vivo', regex: 'vivo-token-[0-9]+' },
    ]);
    expect(matchLine('App', 'hello, my token is abc123; done', PATTERNS, [p])).toMatchObject({
      kind: 'token',
      vendor: 'xiaomi',
      value: 'abc123',
      patternId: 'user-0',
    });
    expect(matchLine('App', 'x regid=R42 y', PATTERNS, [whole])?.value).toBe('regid=R42');
    expect(matchLine('App', 'got vivo-token-123', PATTERNS, [none])?.value).toBe('vivo-token-123');
    expect(matchLine('App', 'nothing here', PATTERNS, [p, whole, none])).toBeNull();
    // The exec shape the matcher relies on: groups by number, unmatched optional ones undefined.
    const m = p.re.exec('my token is T1');
    expect([m?.[0], m?.[1], m?.[2], m?.index]).toEqual(['my token is T1', 'T1', undefined, 0]);
    expect(p.re.test('my token is T1')).toBe(true);
  });

  it('RE2 syntax: classes, case-insensitive flags, Unicode; what JavaScript-only syntax is refused, and why', () => {
    expect(userRegexProblem('(?i)TOKEN[:=]\\s*([\\w+/=-]{16,})')).toBeNull();
    expect(userRegexProblem('\\p{Han}+ (\\S+)')).toBeNull();
    expect(userRegexProblem('(unclosed')).toMatch(
      /is not a valid regular expression \(missing closing \): `\(unclosed`\)/,
    );
    expect(userRegexProblem('(?=token)(\\S+)')).toMatch(
      /not a valid regular expression \(invalid or unsupported Perl syntax/,
    );
    expect(userRegexProblem('(a)\\1')).toMatch(/invalid escape sequence: `\\1`/);
    expect(userRegexProblem('token (\\S+)', 2)).toMatch(/has 1 capture group\(s\), but group 2 is asked for the token/);
    expect(userRegexProblem('a{1000}b{1000}c{1000}')).toMatch(/is too complex \(RE2 program size \d+, at most 2000\)/);
  });

  it('refuses a bad pattern with its field path, as a BadInputError', () => {
    const list = [
      { vendor: 'xiaomi' as const, regex: 'fine (\\S+)' },
      { vendor: 'huawei' as const, regex: '(unclosed' },
    ];
    expect(() => compileUserPatterns(list)).toThrow(BadInputError);
    expect(() => compileUserPatterns(list)).toThrow(/^tokenPatterns\[1\]\.regex is not a valid regular expression/);
    expect(tokenPatternIssues(list)).toEqual([expect.stringMatching(/^tokenPatterns\[1\]\.regex /)]);
  });
});

describe('linear time', () => {
  it(`${CATASTROPHIC} on a long line finishes (no catastrophic backtracking)`, QUICK, () => {
    const [p] = compileUserPatterns([{ vendor: 'xiaomi', regex: CATASTROPHIC }]);
    for (let i = 0; i < 50; i++) expect(matchLine('App', LONG, PATTERNS, [p])).toBeNull();
    // The same pattern still finds what it describes.
    expect(matchLine('App', `${'ab'.repeat(500)}QQQ`, PATTERNS, [p])?.value).toBe('b');
    // Nested repetition, refused by the old heuristic, is harmless here.
    const [nested] = compileUserPatterns([{ vendor: 'xiaomi', regex: '((a+)+)$' }]);
    expect(matchLine('App', `${'a'.repeat(2000)}!`, PATTERNS, [nested])).toBeNull();
  });

  it(
    "the token step's timeout fires while a hostile pattern scans an endless stream of long lines",
    QUICK,
    async () => {
      // As captureStart does: a live threadtime stream, a timer that aborts the scan.
      let sent = 0;
      const line = (n: number) =>
        `11-28 10:00:${String(n % 60).padStart(2, '0')}.000  4321  4321 D MyApp   : ${LONG}\n`;
      const endless = new Readable({
        // Each chunk arrives on a later turn of the event loop, as a socket's data does.
        read() {
          setImmediate(() => this.push(Array.from({ length: 20 }, () => line(sent++)).join('')));
        },
      });
      const stop = new AbortController();
      const timer = setTimeout(() => stop.abort(), 300);
      const result = await scanStream(endless, {
        format: 'threadtime',
        userPatterns: [{ vendor: 'xiaomi', regex: CATASTROPHIC }],
        signal: stop.signal,
        source: 'live logcat',
      });
      clearTimeout(timer);
      expect(stop.signal.aborted).toBe(true);
      // Lines were matched while the timer ran (the pattern ran, and yielded to the timer).
      expect(result.lines).toBeGreaterThan(20);
      expect(result.findings).toEqual([]);
    },
  );
});

describe('loading a profile', () => {
  const base = { package: 'com.example.chat' };

  it('refuses a bad pattern with the field path, and accepts good ones', () => {
    const err = (() => {
      try {
        parseProfile({ ...base, tokenPatterns: [{ vendor: 'xiaomi', regex: '(unclosed' }] }, 'app.json');
      } catch (e) {
        return e as BadInputError;
      }
    })();
    expect(err).toBeInstanceOf(BadInputError);
    expect(err?.exitCode).toBe(2);
    expect(err?.message).toMatch(
      /^app\.json is not a valid app profile: tokenPatterns\[0\]\.regex is not a valid regular expression/,
    );
    expect(err?.hint).toMatch(/RE2 syntax/);
    expect(
      parseProfile({ ...base, tokenPatterns: [{ vendor: 'xiaomi', regex: CATASTROPHIC }] }, 'app.json').tokenPatterns,
    ).toHaveLength(1);
  });

  it('`diagnose --profile` with `(unclosed` exits 2 naming tokenPatterns[1].regex, no stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-patterns-'));
    const file = join(dir, 'app.json');
    writeFileSync(
      file,
      JSON.stringify({
        ...base,
        tokenPatterns: [
          { vendor: 'xiaomi', regex: 'ok (\\S+)' },
          { vendor: 'xiaomi', regex: '(unclosed' },
        ],
      }),
    );
    chmodSync(file, 0o600);
    const r = await runCli(['diagnose', '--profile', file, '--package', 'com.example.chat']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tokenPatterns[1].regex is not a valid regular expression');
    expect(r.stderr).toContain(file);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
