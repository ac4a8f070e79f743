// The run history on disk (issue 16): reports kept per run, newest first, the oldest dropped past
// the limit, secrets redacted on the way in, and a hostile run id never names a file.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunHistory } from '../../../src/main/history/store';
import { registerSecret } from '../../../src/main/secrets';
import type { Report } from '../../../src/shared/types';

const dir = mkdtempSync(join(tmpdir(), 'pd-hist-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const report = (serial: string, finishedAt: string, note = ''): Report => ({
  schemaVersion: 1,
  tool: { name: 'push-doctor', version: '0.1.0' },
  startedAt: finishedAt,
  finishedAt,
  package: 'com.example.chat',
  device: { serial, server: '127.0.0.1:5037' },
  steps: [
    {
      id: 'adb.connection',
      status: 'pass',
      title: { key: 't' },
      summary: { key: 's', params: { note } },
      evidence: [],
      remediation: [],
      actions: [],
      durationMs: 1,
    } as unknown as Report['steps'][number],
  ],
  verdict: 'pass',
});

describe('RunHistory', () => {
  it('keeps the newest runs, lists them per phone newest first, and drops the oldest past the limit', () => {
    const h = new RunHistory(join(dir, 'a'), 3);
    const at = (i: number) => `2026-11-28T10:0${i}:00.000Z`;
    for (let i = 0; i < 5; i++) {
      h.save(`run-${i}`, report(i % 2 ? 'B' : 'A', at(i)));
      const t = new Date(Date.parse(at(i)));
      utimesSync(join(dir, 'a', `run-${i}.json`), t, t);
    }
    expect(readdirSync(join(dir, 'a')).sort()).toEqual(['run-2.json', 'run-3.json', 'run-4.json']);
    expect(h.list().map((e) => e.runId)).toEqual(['run-4', 'run-3', 'run-2']);
    expect(h.list('B').map((e) => e.runId)).toEqual(['run-3']);
    expect(h.get('run-4')?.device.serial).toBe('A');
  });

  it('redacts registered secrets, and refuses run ids that are not plain names', () => {
    const h = new RunHistory(join(dir, 'b'));
    registerSecret('history-secret-value-123456');
    h.save('run-x', report('A', '2026-11-28T10:00:00.000Z', 'history-secret-value-123456'));
    expect(readFileSync(join(dir, 'b', 'run-x.json'), 'utf8')).not.toContain('history-secret-value-123456');
    h.save('../escape', report('A', '2026-11-28T10:00:00.000Z'));
    expect(existsSync(join(dir, 'escape.json'))).toBe(false);
    expect(h.get('../b/run-x')).toBeNull();
  });
});
