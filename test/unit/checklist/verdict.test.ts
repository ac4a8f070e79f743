// Issue 15: one cause, one verdict. The engine's premise table (blocked steps skip at once and
// name the root cause), the one-line verdict, answers to checks by hand, and the parsers of the
// CLI's --confirm / --answers. Steps are defined here; the real ones run in test/integration.
import { describe, expect, it } from 'vitest';
import { ChecklistRun, headline } from '../../../src/main/checklist/engine';
import { PREMISES } from '../../../src/main/checklist/premises';
import { STEPS } from '../../../src/main/checklist/steps';
import { parseAnswersFile, parseConfirm, mergeAnswers } from '../../../src/main/checklist/answers';
import type { StepDefinition, StepOutcome } from '../../../src/main/checklist/types';
import type { Client } from '../../../src/main/adb/kit';
import { STEP_IDS, type ManualAnswerInput, type StepId } from '../../../src/shared/types';
import { createI18n, mergedResources, translate } from '../../../src/shared/i18n';
import { check } from '../../../src/shared/i18n/check';

const client = {} as Client;

function def(
  id: StepId,
  run: () => Promise<StepOutcome> | StepOutcome,
  premise: Partial<StepDefinition> = {},
): StepDefinition {
  return { id, needs: [], ...premise, run: async () => run() };
}

function newRun(defs: StepDefinition[], answers?: ManualAnswerInput[]) {
  return new ChecklistRun(
    { serial: 's', server: '127.0.0.1:5037', package: 'com.example.chat', client, options: { answers } },
    defs,
  );
}

describe('the premise table', () => {
  it("is the one source of every real step's premises, and names only known steps, earlier in the checklist", () => {
    for (const s of STEPS) {
      expect(s.needs).toEqual(PREMISES[s.id].needs);
      expect(s.blockedBy ?? []).toEqual(PREMISES[s.id].blockedBy ?? []);
    }
    for (const [id, p] of Object.entries(PREMISES))
      for (const n of [...p.needs, ...(p.blockedBy ?? []), ...(p.follows ?? [])]) {
        expect(STEP_IDS).toContain(n);
        expect(n).not.toBe(id);
      }
  });

  it('a failed premise blocks its dependents at once, transitively, naming the root cause; they never start', async () => {
    let started = 0;
    const never = () => {
      started++;
      return new Promise<StepOutcome>((r) => setTimeout(() => r({ status: 'pass' }), 10_000));
    };
    const defs = [
      def('adb.connection', () => ({ status: 'pass' })),
      def('app.notifications', () => ({ status: 'fail', summary: { key: 'x.off' } }), { needs: ['adb.connection'] }),
      def('push.token', () => ({ status: 'pass' }), { needs: ['adb.connection'] }),
      def('push.delivery', never, { needs: ['adb.connection'], blockedBy: ['app.notifications', 'push.token'] }),
      def('push.vendorPolicy', never, {
        needs: ['adb.connection'],
        follows: ['push.delivery'],
        after: ['push.delivery'],
      }),
    ];
    const report = await newRun(defs).run();
    const byId = Object.fromEntries(report.steps.map((s) => [s.id, s]));
    expect(started).toBe(0);
    expect(byId['push.delivery']).toMatchObject({
      status: 'skip',
      blockedBy: 'app.notifications',
      durationMs: 0,
      summary: { key: 'engine.blocked', params: { step: 'app.notifications' } },
    });
    // Blocked through a blocked step: still the root cause, not the step in between.
    expect(byId['push.vendorPolicy']).toMatchObject({ status: 'skip', blockedBy: 'app.notifications' });
    expect(report.rootCauses).toEqual(['app.notifications']);
    expect(report.headline).toEqual({
      key: 'verdict.fail',
      params: { step: 'app.notifications', others: 0, blocked: 2 },
    });
  });

  it('`follows` blocks only when that step was blocked, not when it failed (the rules step explains a failed delivery)', async () => {
    const defs = [
      def('push.delivery', () => ({ status: 'fail' })),
      def('push.vendorPolicy', () => ({ status: 'warn' }), { follows: ['push.delivery'], after: ['push.delivery'] }),
    ];
    const report = await newRun(defs).run();
    expect(report.steps.map((s) => s.status)).toEqual(['fail', 'warn']);
  });

  it('a phone lost in one step blocks every step that starts after it', async () => {
    const defs = [
      def('adb.connection', () => ({
        status: 'fail',
        summary: { key: 'engine.device.gone', params: { serial: 's' } },
      })),
      def('device.power', () => ({ status: 'pass' }), { after: ['adb.connection'] }),
    ];
    const report = await newRun(defs).run();
    expect(report.steps[1]).toMatchObject({ status: 'skip', blockedBy: 'adb.connection' });
  });

  it('a rerun starts clean: the "running" event carries no old summary or evidence', async () => {
    let n = 0;
    const defs = [
      def('push.delivery', () => ({
        status: 'fail',
        summary: { key: `run.${++n}` },
        evidence: [{ source: 'x', excerpt: 'old' }],
      })),
    ];
    const run = newRun(defs);
    await run.run();
    const seen: unknown[] = [];
    run.on('step', (s) => seen.push(s));
    await run.rerun('push.delivery', defs);
    expect(seen[0]).toMatchObject({ status: 'running', evidence: [], remediation: [] });
    expect((seen[0] as { summary?: unknown }).summary).toBeUndefined();
    expect(seen[1]).toMatchObject({ status: 'fail', summary: { key: 'run.2' } });
  });
});

describe('the verdict line', () => {
  it('a phone that went away is the headline, not the step that happened to be asking it', async () => {
    const defs = [
      def('adb.connection', () => ({ status: 'pass' })),
      def(
        'device.channel',
        () => ({ status: 'fail', summary: { key: 'engine.device.gone', params: { serial: 's' } } }),
        {
          needs: ['adb.connection'],
        },
      ),
      def('app.installed', () => ({ status: 'fail', summary: { key: 'check.installed.missing' } }), {
        needs: ['adb.connection'],
      }),
    ];
    const report = await newRun(defs).run();
    expect(report.headline).toEqual({ key: 'verdict.phoneLost', params: { step: 'device.channel' } });
    expect(translate(en, report.headline)).toBe(
      'FAIL — the phone went away during Phone brand, ROM and push channel; reconnect it and run again',
    );
  });

  const en = createI18n('en');
  it('says "PASS, 1 check by hand" (never plain PASS) when a check by hand is left', async () => {
    const report = await newRun([
      def('adb.connection', () => ({ status: 'pass' })),
      def('device.power', () => ({ status: 'manual', summary: { key: 'm' } })),
    ]).run();
    expect(report.verdict).toBe('pass');
    expect(report.manualChecks).toEqual(['device.power']);
    expect(translate(en, report.headline)).toBe('PASS, 1 check by hand');
    expect(translate(en, headline('pass', [], [], ['device.power', 'app.clickThrough']))).toBe(
      'PASS, 2 checks by hand',
    );
    expect(translate(en, headline('pass', [], [], []))).toBe('PASS');
  });

  it('names the root cause first, by its title, in both languages', () => {
    const text = headline('fail', [], ['app.notifications', 'push.token'], []);
    expect(translate(en, text)).toBe(
      'FAIL — root cause: Notification permission and channels (and 1 other failed step(s))',
    );
    expect(translate(createI18n('zh-CN'), text)).toBe('失败 — 根本原因：通知权限与通知渠道（另有 1 项失败）');
    expect(translate(en, { key: 'engine.blocked', params: { step: 'app.notifications' } })).toMatch(
      /^Blocked by: Notification permission and channels\./,
    );
  });

  it('every text of this work exists in English and Simplified Chinese', () => {
    const keys = (o: Record<string, unknown>, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        v && typeof v === 'object' ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`],
      );
    const all = mergedResources();
    const en = new Set(keys(all.en.translation));
    const zh = new Set(keys(all['zh-CN'].translation));
    for (const k of keys(check.en).filter((k) =>
      /^(engine|verdict|progress|ui|check\.(code|delivery|policy|power|click|token))\./.test(k),
    ))
      expect(zh.has(k), k).toBe(true);
    for (const k of keys(check['zh-CN']).filter((k) => /^(verdict|progress)\./.test(k)))
      expect(en.has(k), k).toBe(true);
  });
});

describe('answers to checks by hand', () => {
  it('turn a manual step into pass (done) or fail (not done), keep what was asked, and appear in the report', async () => {
    const defs = [
      def('device.power', () => ({ status: 'manual', summary: { key: 'check.power.autostart.xiaomi' } })),
      def('app.clickThrough', () => ({ status: 'manual' })),
    ];
    const run = newRun(defs, [{ stepId: 'device.power', done: false, note: 'autostart was off' }]);
    const report = await run.run();
    const power = report.steps.find((s) => s.id === 'device.power')!;
    expect(power).toMatchObject({
      status: 'fail',
      answer: { done: false, note: 'autostart was off', via: 'cli', wasStatus: 'manual' },
    });
    expect(power.remediation[0]).toEqual({ key: 'check.power.autostart.xiaomi' });
    expect(power.evidence[0]).toEqual({ source: 'checked by hand (cli)', excerpt: 'not done — autostart was off' });
    expect(report.rootCauses).toEqual(['device.power']);
    // Recorded later (the UI): the verdict follows.
    run.recordAnswer({ stepId: 'app.clickThrough', done: true }, 'ui');
    run.recordAnswer({ stepId: 'device.power', done: true, note: 'turned it on' }, 'ui');
    const after = run.report();
    expect(after.verdict).toBe('pass');
    expect(after.manualChecks).toEqual([]);
    expect(after.answers?.map((a) => [a.stepId, a.done, a.via])).toEqual([
      ['app.clickThrough', true, 'ui'],
      ['device.power', true, 'ui'],
    ]);
    expect(
      after.steps.find((s) => s.id === 'device.power')!.evidence.filter((e) => e.source.startsWith('checked by hand')),
    ).toHaveLength(1);
  });

  it('refuse a step that is not a check by hand, naming its status', async () => {
    const run = newRun([def('adb.connection', () => ({ status: 'pass' }))]);
    await run.run();
    expect(() => run.recordAnswer({ stepId: 'adb.connection', done: true })).toThrow(/not a check by hand.*pass/);
    expect(() => run.recordAnswer({ stepId: 'device.power', done: true })).toThrow(/not part of this run/);
  });

  it('--confirm: STEP[=done|not-done][:note]', () => {
    expect(parseConfirm('device.power')).toEqual({ stepId: 'device.power', done: true });
    expect(parseConfirm('device.power=not-done')).toEqual({ stepId: 'device.power', done: false });
    expect(parseConfirm('device.power=done:autostart on: checked')).toEqual({
      stepId: 'device.power',
      done: true,
      note: 'autostart on: checked',
    });
    expect(parseConfirm('device.power:\u001b]52;c;aGk=\u0007note')).toEqual({
      stepId: 'device.power',
      done: true,
      note: ']52;c;aGk= note',
    });
    expect(() => parseConfirm('device.powr')).toThrow(/unknown step "device.powr"/);
    expect(() => parseConfirm('device.power=maybe')).toThrow(/"done" or "not-done"/);
    expect(() => parseConfirm(`device.power:${'x'.repeat(501)}`)).toThrow(/at most 500/);
  });

  it('--answers: an object or a list, bad ones named by their path; --confirm wins over the file', () => {
    expect(
      parseAnswersFile('{"device.power": {"done": false, "note": "off"}, "app.clickThrough": "done"}', 'a.json'),
    ).toEqual([
      { stepId: 'device.power', done: false, note: 'off' },
      { stepId: 'app.clickThrough', done: true },
    ]);
    expect(parseAnswersFile('[{"stepId": "device.power", "done": true}]', 'a.json')).toEqual([
      { stepId: 'device.power', done: true },
    ]);
    expect(() => parseAnswersFile('{"device.power": {"done": "yes"}}', 'a.json')).toThrow(/a\.json: device\.power/);
    expect(() => parseAnswersFile('{nope', 'a.json')).toThrow(/not valid JSON/);
    expect(() => parseAnswersFile('{"device.pow": true}', 'a.json')).toThrow(/unknown step/);
    expect(mergeAnswers([{ stepId: 'device.power', done: true }], [{ stepId: 'device.power', done: false }])).toEqual([
      { stepId: 'device.power', done: false },
    ]);
  });
});
