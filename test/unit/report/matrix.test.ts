// The rack's matrix report (issue 19) built from localized reports: steps in checklist order over
// every phone, the worst verdict, a phone without a report as a failed column, and escaping.
import { describe, expect, it } from 'vitest';
import {
  buildMatrix,
  matrixHtml,
  matrixJUnit,
  matrixMarkdown,
  type MatrixPhone,
} from '../../../src/main/report/matrix';
import type { LocalizedReport, LocalizedStep } from '../../../src/main/report/localize';

const step = (id: string, status: LocalizedStep['status'], summary = `${id} ${status}`): LocalizedStep => ({
  id,
  status,
  title: `Title ${id}`,
  summary,
  evidence: [],
  remediation: [],
  actions: [],
  durationMs: 5,
});
const report = (
  serial: string,
  verdict: LocalizedReport['verdict'],
  steps: LocalizedStep[],
  model = 'M<1>',
): LocalizedReport =>
  ({
    schemaVersion: 1,
    tool: { name: 'push-doctor', version: '0.1.0' },
    language: 'en',
    startedAt: '2026-11-28T00:00:00.000Z',
    finishedAt: '2026-11-28T00:00:01.000Z',
    package: 'com.example.chat',
    verdict,
    device: { serial, server: '127.0.0.1:5037', brand: 'Xiaomi', model, notes: [] },
    counts: { pass: 0, warn: 0, fail: 0, skip: 0, manual: 0, pending: 0, running: 0 },
    steps,
  }) as unknown as LocalizedReport;

const phones: MatrixPhone[] = [
  {
    serial: 'A',
    report: report('A', 'pass', [step('adb.connection', 'pass'), step('device.channel', 'pass')]),
    link: 'phone-A.html',
  },
  {
    serial: 'B',
    report: report('B', 'warn', [
      step('adb.connection', 'pass'),
      step('app.notifications', 'warn', 'a "quoted" <b>summary</b> | piped'),
    ]),
  },
  { serial: 'C', error: 'the phone went away before the checklist began' },
];

describe('buildMatrix', () => {
  const m = buildMatrix('com.example.chat', phones, 'T');
  it('lists every step once, in the order first seen, and the worst verdict', () => {
    expect(m.steps.map((s) => s.id)).toEqual(['adb.connection', 'device.channel', 'app.notifications']);
    expect(m.verdict).toBe('fail');
    expect(buildMatrix('p', phones.slice(0, 2)).verdict).toBe('warn');
    expect(buildMatrix('p', phones.slice(0, 1)).verdict).toBe('pass');
  });
  it('a phone without a report is a failed column with its reason; a step a phone did not run is empty', () => {
    const c = m.phones[2];
    expect(c.verdict).toBe('fail');
    expect(c.headline).toContain('went away');
    expect(m.phones[0].cells['app.notifications']).toBeUndefined();
    expect(m.phones[1].cells['app.notifications']?.status).toBe('warn');
  });
  it('escapes what the phone and its summaries carry', () => {
    const html = matrixHtml(m);
    expect(html).not.toContain('<b>summary</b>');
    expect(html).toContain('M&lt;1&gt;');
    expect(html).toContain('href="phone-A.html"');
    const md = matrixMarkdown(m);
    expect(md).toContain('[Xiaomi M&lt;1>](phone-A.html)');
    expect(md.split('\n').filter((l) => l.startsWith('| ')).length).toBe(4);
  });
  it('JUnit has one suite per phone, the phone without a report as one failure', () => {
    const x = matrixJUnit(m, phones);
    expect(x.match(/<testsuite /g)).toHaveLength(3);
    expect(x).toMatch(/<testsuites name="push-doctor" tests="5" failures="1" skipped="0">/);
    expect(x).toContain('went away before the checklist began');
  });
});
