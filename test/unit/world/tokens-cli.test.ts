// `tokens --log` on a paste, through the built CLI: formats mixed in one file, error lines with their
// meaning (English and Chinese), tokens masked in every printed line, unplaced lines counted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../helpers/cli';
import { LOG_FIXTURES, MI_REGID, FCM_TOKEN } from '../../fixtures/world/logs';

let dir: string;
let file: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pd-paste-'));
  file = join(dir, 'paste.txt');
  // Everything a support thread collects, in one file: several tools' formats and bare lines.
  // The bare exception line goes first: nothing above it to attach to.
  const bare = LOG_FIXTURES.filter((f) => f.name === 'one exception line');
  writeFileSync(file, [...bare, ...LOG_FIXTURES.filter((f) => !bare.includes(f))].map((f) => f.text).join('\n') + '\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tokens --log on a paste of every format', () => {
  it('reports tokens (masked), SDK errors with meanings and the lines it could not place', async () => {
    const res = await runCli(['tokens', '--log', file, '--json', '--lang', 'en']);
    expect(res.code, res.stderr).toBe(0);
    const out = JSON.parse(res.stdout);
    const errors = out.findings.filter((f: { kind: string }) => f.kind.endsWith('-error'));
    const codes = errors.map((f: { code: string }) => f.code);
    for (const c of [
      'FIS_AUTH_ERROR',
      'SERVICE_NOT_AVAILABLE',
      'TOO_MANY_REGISTRATIONS',
      '907122036',
      '907135000',
      '907135701',
      '907135003',
      'no-hms-apk',
      '70000001',
      '14',
      '1002',
      '101',
      '110000',
      '8001000',
      '-10005',
    ])
      expect(codes).toContain(c);
    expect(errors.every((f: { meaning: string }) => f.meaning && !f.meaning.startsWith('Code '))).toBe(true);
    expect(errors.find((f: { code: string }) => f.code === '907122036')).toMatchObject({
      vendor: 'huawei',
      meaningConfirmed: true,
    });
    expect(errors.find((f: { code: string }) => f.code === '-10005')).toMatchObject({ meaningConfirmed: false });
    expect(out.unplaced).toBeGreaterThan(0);
    expect(res.stdout).not.toContain(MI_REGID);
    expect(res.stdout).not.toContain(FCM_TOKEN);
  });

  it('prints the meanings in Chinese', async () => {
    const res = await runCli(['tokens', '--log', file, '--lang', 'zh-CN']);
    expect(res.stdout).toContain('未开通推送权益');
    expect(res.stdout).toContain('没有 logcat 行头');
  });
});
