import { describe, expect, it } from 'vitest';
import { ChecklistRun, closure } from '../../../src/main/checklist/engine';
import type { StepDefinition, StepOutcome } from '../../../src/main/checklist/types';
import { DeviceError } from '../../../src/main/adb/shell';
import type { StepId, StepResult } from '../../../src/shared/types';
import type { Client } from '../../../src/main/adb/kit';

// The engine's scheduling, skipping and failure handling, with steps defined here; the real steps
// run against virtual phones in test/integration.
const client = {} as Client;

function step(
  id: StepId,
  needs: StepId[],
  run: () => Promise<StepOutcome> | StepOutcome,
  after: StepId[] = [],
): StepDefinition {
  return { id, needs, after, run: async () => run() };
}

function newRun(defs: StepDefinition[], only?: StepId[]) {
  return new ChecklistRun({ serial: 's', server: '127.0.0.1:5037', package: 'com.example.chat', client, only }, defs);
}

describe('ChecklistRun', () => {
  it('skips a step whose premise failed, naming the premise, and runs the rest', async () => {
    const defs = [
      step('adb.connection', [], () => ({ status: 'pass' })),
      step('device.channel', ['adb.connection'], () => ({ status: 'fail' })),
      step('device.pushService', ['device.channel'], () => ({ status: 'pass' })),
      step('app.installed', ['adb.connection'], () => ({ status: 'pass' })),
    ];
    const report = await newRun(defs).run();
    const byId = Object.fromEntries(report.steps.map((s) => [s.id, s]));
    expect(byId['device.pushService'].status).toBe('skip');
    expect(byId['device.pushService'].summary).toEqual({ key: 'engine.blocked', params: { step: 'device.channel' } });
    expect(byId['device.pushService'].blockedBy).toBe('device.channel');
    expect(byId['app.installed'].status).toBe('pass');
    expect(report.verdict).toBe('fail');
  });

  it('runs independent steps at the same time', async () => {
    let concurrent = 0;
    let peak = 0;
    const slow = () => async (): Promise<StepOutcome> => {
      concurrent++;
      peak = Math.max(peak, concurrent);
      await new Promise((r) => setTimeout(r, 30));
      concurrent--;
      return { status: 'pass' };
    };
    const defs = [
      step('adb.connection', [], () => ({ status: 'pass' })),
      { id: 'app.installed', needs: ['adb.connection'], run: slow() } as StepDefinition,
      { id: 'device.channel', needs: ['adb.connection'], run: slow() } as StepDefinition,
      { id: 'device.power', needs: ['adb.connection'], run: slow() } as StepDefinition,
    ];
    await newRun(defs).run();
    expect(peak).toBe(3);
  });

  it('turns a phone that vanished into a failed step with the reason, and keeps reporting', async () => {
    const defs = [
      step('adb.connection', [], () => ({ status: 'pass' })),
      step('app.installed', ['adb.connection'], () => {
        throw new DeviceError('gone', 's', 'The connection to s dropped in the middle of a command.');
      }),
      step('device.power', ['adb.connection'], () => ({ status: 'warn' })),
    ];
    const events: StepResult[] = [];
    const run = newRun(defs);
    run.on('step', (s) => events.push(s));
    const report = await run.run();
    const installed = report.steps.find((s) => s.id === 'app.installed')!;
    expect(installed.status).toBe('fail');
    expect(installed.summary?.key).toBe('engine.device.gone');
    expect(installed.evidence[0].excerpt).toContain('dropped');
    expect(report.steps.find((s) => s.id === 'device.power')!.status).toBe('warn');
    // Live progress: running then final for each step.
    expect(events.filter((e) => e.id === 'app.installed').map((e) => e.status)).toEqual(['running', 'fail']);
  });

  it('waits for `after` steps without depending on their outcome', async () => {
    const order: string[] = [];
    const defs = [
      step('adb.connection', [], () => ({ status: 'pass' })),
      step('push.token', ['adb.connection'], async () => {
        await new Promise((r) => setTimeout(r, 20));
        order.push('token');
        return { status: 'fail' };
      }),
      step(
        'push.delivery',
        ['adb.connection'],
        () => {
          order.push('delivery');
          return { status: 'pass' };
        },
        ['push.token'],
      ),
    ];
    await newRun(defs).run();
    expect(order).toEqual(['token', 'delivery']);
  });

  it('runs only the requested steps and their premises', () => {
    const defs = [
      step('adb.connection', [], () => ({ status: 'pass' })),
      step('device.channel', ['adb.connection'], () => ({ status: 'pass' })),
      step('device.pushService', ['device.channel'], () => ({ status: 'pass' })),
      step('app.installed', ['adb.connection'], () => ({ status: 'pass' })),
    ];
    expect(closure(defs, ['device.pushService'])).toEqual(['adb.connection', 'device.channel', 'device.pushService']);
  });

  it('skips what has not started when cancelled', async () => {
    const defs = [
      step('adb.connection', [], () => ({ status: 'pass' })),
      step('app.installed', ['adb.connection'], async () => {
        await new Promise((r) => setTimeout(r, 50));
        return { status: 'pass' };
      }),
      step('app.manifest', ['app.installed'], () => ({ status: 'pass' })),
    ];
    const run = newRun(defs);
    setTimeout(() => run.cancel(), 10);
    const report = await run.run();
    expect(report.steps.find((s) => s.id === 'app.manifest')!.summary?.key).toBe('engine.cancelled');
  });
});
