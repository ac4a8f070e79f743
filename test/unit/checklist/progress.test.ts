// The CLI's view of a running checklist (src/cli/progress.ts): finished steps in checklist order
// whatever order they finish in, a live countdown on a terminal, plain lines when piped, and no
// terminal escape sequence from phone output. Codes the tool prints say what they mean or that
// they are unknown and where to look.
import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { CliProgress, printable, secondsLeft } from '../../../src/cli/progress';
import { explainCode } from '../../../src/main/checklist/steps/token';
import { createI18n, translate } from '../../../src/shared/i18n';
import type { StepId, StepResult, Text } from '../../../src/shared/types';
import type { ScanFinding } from '../../../src/main/logs/scanner';

const en = createI18n('en');
const t = (x: Text | undefined) => translate(en, x);

function sink(isTTY = false) {
  const chunks: string[] = [];
  const w = new Writable({ write: (c, _e, cb) => (chunks.push(String(c)), cb()) }) as Writable & {
    isTTY?: boolean;
    columns?: number;
  };
  w.isTTY = isTTY;
  w.columns = 200;
  return { w, text: () => chunks.join('') };
}

const result = (id: StepId, status: StepResult['status'], summary?: Text): StepResult => ({
  id,
  status,
  title: { key: `step.${id}.title` },
  summary,
  evidence: [],
  remediation: [],
  actions: [],
  durationMs: 0,
});

describe('CliProgress', () => {
  it('prints finished steps in checklist order, holding back one that finished early', () => {
    const lines = sink();
    const p = new CliProgress({ out: sink().w, lines: lines.w, t, tty: false });
    p.started([
      result('adb.connection', 'pending'),
      result('device.channel', 'pending'),
      result('device.power', 'pending'),
    ]);
    p.step(result('device.power', 'manual', { key: 'x.power' }));
    expect(lines.text()).toBe('');
    p.step(result('adb.connection', 'pass', { key: 'x.conn' }));
    p.step(result('device.channel', 'pass', { key: 'x.chan' }));
    expect(
      lines
        .text()
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split(':')[0]),
    ).toEqual(['✔ adb connection', '✔ Phone brand, ROM and push channel', '? Battery and background limits']);
    p.stop();
  });

  it('piped: one plain line when a wait starts, with the time left; no carriage returns or escapes', () => {
    const out = sink(false);
    const p = new CliProgress({ out: out.w, lines: sink().w, t, tty: false, plainEverySec: 3600 });
    p.started([result('push.token', 'pending')]);
    p.step(result('push.token', 'running'));
    const deadline = new Date(Date.now() + 20_000).toISOString();
    p.progress('push.token', { phase: 'waiting-token', deadline });
    p.progress('push.token', { phase: 'waiting-token', deadline });
    p.stop();
    expect(out.text()).toMatch(
      /^… Push token registered: app restarted, waiting for the push token line — (19|20) s left\n$/,
    );
  });

  it('on a terminal: a spinner line with the countdown, erased before the next step line', () => {
    const out = sink(true);
    const lines = sink(true);
    const p = new CliProgress({ out: out.w, lines: lines.w, t, tty: true });
    p.started([result('push.delivery', 'pending')]);
    p.step(result('push.delivery', 'running'));
    p.progress('push.delivery', {
      phase: 'accepted',
      message: { index: 2 },
      deadline: new Date(Date.now() + 9_500).toISOString(),
    });
    expect(out.text()).toMatch(
      /\r\x1b\[K. Test push delivered while the app is killed: test push 2 accepted, waiting for it to show on the phone — 10 s left/,
    );
    p.step(result('push.delivery', 'pass', { key: 'x' }));
    p.stop();
    expect(out.text().endsWith('\r\x1b[K')).toBe(true);
    expect(secondsLeft(Date.now() - 5)).toBe(0);
  });

  it('strips terminal control sequences whole, payload included (OSC 52 would write the clipboard)', () => {
    expect(printable('model \u001b]52;c;aGVsbG8=\u0007X\u009b2J')).toBe('model X');
  });
});

describe('codes from log lines', () => {
  const finding = (over: Partial<ScanFinding>): ScanFinding => ({
    kind: 'register-error',
    patternId: 'p',
    sdk: 'tencent',
    lineNumber: 1,
    line: '',
    time: '',
    pid: 1,
    tag: '',
    ...over,
  });

  it('a known code comes with its meaning', () => {
    expect(explainCode(finding({ vendor: 'vivo', value: '101' })).key).toBe('logs.code.vivo101');
  });

  it('an unknown code says plainly it is unknown here and where to look (never "look it up in the SDK error code list")', () => {
    const text = explainCode(finding({ vendor: 'xiaomi', value: '79999999', description: 'register fail' }));
    const said = t(text);
    expect(said).toContain('79999999');
    expect(said).toMatch(/meaning is unknown here/);
    expect(said).toContain('dev.mi.com');
    expect(said).not.toMatch(/look it up in the SDK error code list/);
    expect(t(explainCode(finding({ sdk: 'somesdk', value: '9' })))).toContain("the push SDK's own error code list");
  });
});
