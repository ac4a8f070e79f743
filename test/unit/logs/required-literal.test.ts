// matchLine skips a pattern whose required literal is not in the line, instead of running it. The
// literal must really be in every match: checked here on the sources' shapes and on every push
// line the tests know (the virtual phone's SDK lines, the fixtures quoted from real logs).
import { describe, expect, it } from 'vitest';
import { PATTERNS, requiredLiteral } from '../../../src/main/logs/patterns';
import { generateToken, sdkLogSource } from '../../../src/sim/phone/sdk-logs';
import { LOG_FIXTURES } from '../../fixtures/world/logs';
import type { VendorChannel } from '../../../src/shared/types';

describe('requiredLiteral', () => {
  it.each([
    [/abc\d+defg/, 'defg'],
    [/x|abcd/, null],
    [/(abcd|x)efg/, 'efg'],
    [/abcd?e/, 'abc'],
    [/ab+cd/, null],
    [/abc{2}de/, null],
    [/\[EM\]\.x/, '[EM].x'],
    [/a[)|(]bcd/, 'bcd'],
    [/abc/i, null],
    [/^regId: (\S+)$/, 'regId: '],
    [/token=(?:a|b)?\s*xyz+/, 'token='],
    [/push[Ii][Dd]\s*(?:[=:]|is)/, 'push'],
    [/a(?=bcdef)g/, null],
    [/[A-Z]{11,22}:APA91b/, ':APA91b'],
  ])('%s → %s', (re, literal) => {
    expect(requiredLiteral(re)).toBe(literal);
  });

  it('is in every line each pattern matches', () => {
    const lines: string[] = [];
    for (const channel of ['huawei', 'honor', 'xiaomi', 'oppo', 'vivo', 'meizu', 'fcm'] as VendorChannel[])
      for (const imSdk of ['tencent', 'easemob'] as const)
        for (const token of [generateToken(channel, 'lit'), null])
          for (const reportOk of [true, false])
            lines.push(
              ...sdkLogSource
                .appStartLines({ channel, imSdk, token, package: 'com.example.chat', reportOk })
                .map((l) => l.message),
            );
    for (const f of LOG_FIXTURES) lines.push(...f.text.split('\n'));
    let checked = 0;
    for (const p of PATTERNS) {
      const literal = requiredLiteral(p.re);
      for (const line of lines)
        if (p.re.test(line) && literal !== null) {
          checked++;
          expect(line, p.id).toContain(literal);
        }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('is found for most built-in patterns (else the skip buys nothing)', () => {
    expect(PATTERNS.filter((p) => requiredLiteral(p.re) !== null).length).toBeGreaterThan(PATTERNS.length * 0.7);
  });
});
