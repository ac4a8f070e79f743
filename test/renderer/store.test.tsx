// The renderer's logic: the event reducer behind the stepper and the push timeline, the logcat
// buffer's cap and pause, the stepper component's test hooks, and the language switch.
import { describe, expect, it } from 'vitest';
import { render, screen, act } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { applyEvent, initialCore, MAX_LOG_LINES, createAppStore, type CoreState } from '../../src/renderer/src/store';
import { StoreContext } from '../../src/renderer/src/hooks';
import { Checklist } from '../../src/renderer/src/components/Checklist';
import { i18n, setLanguage } from '../../src/renderer/src/i18n';
import type { PushDoctorBridge, PushDoctorEvent } from '../../src/shared/contract';
import type { StepResult } from '../../src/shared/types';

const step = (id: StepResult['id'], status: StepResult['status'], extra: Partial<StepResult> = {}): StepResult =>
  ({
    id,
    status,
    title: { key: `step.${id}.title` },
    evidence: [],
    remediation: [],
    actions: [],
    durationMs: 0,
    ...extra,
  }) as StepResult;

describe('applyEvent', () => {
  it("fills a run in live and marks it the phone's active one", () => {
    let s = applyEvent(initialCore(), {
      type: 'run-started',
      runId: 'r1',
      serial: 's',
      package: 'p',
      steps: [step('adb.connection', 'pending'), step('device.channel', 'pending')],
    });
    s = applyEvent(s, { type: 'step', runId: 'r1', step: step('adb.connection', 'running') });
    s = applyEvent(s, { type: 'step', runId: 'r1', step: step('adb.connection', 'pass') });
    expect(s.activeRun.s).toBe('r1');
    expect(s.runs.r1.steps.map((x) => x.status)).toEqual(['pass', 'pending']);
    expect(applyEvent(s, { type: 'step', runId: 'other', step: step('adb.connection', 'fail') })).toBe(s);
  });

  it('tracks each adb server, and forgets one removed in the settings', () => {
    let s = applyEvent(initialCore(), { type: 'server', server: 'a:5037', status: 'up' });
    s = applyEvent(s, { type: 'server', server: 'b:5037', status: 'down', message: 'went away' });
    expect(s.servers).toEqual({
      'a:5037': { status: 'up', message: undefined },
      'b:5037': { status: 'down', message: 'went away' },
    });
    s = applyEvent(s, { type: 'server', server: 'b:5037', status: 'removed' });
    expect(Object.keys(s.servers)).toEqual(['a:5037']);
  });

  it("keeps each test push's phase and deadline across events", () => {
    let s = applyEvent(initialCore(), {
      type: 'run-started',
      runId: 'p1',
      serial: 's',
      package: 'p',
      steps: [step('push.delivery', 'pending')],
    });
    const m = {
      index: 1,
      provider: 'vivo' as const,
      ok: true,
      meaning: 'ok',
      sentAt: new Date(0).toISOString(),
      arrived: false,
    };
    s = applyEvent(s, {
      type: 'push',
      runId: 'p1',
      message: m,
      phase: 'accepted',
      deadline: new Date(60_000).toISOString(),
    });
    s = applyEvent(s, {
      type: 'push',
      runId: 'p1',
      message: { ...m, arrived: true, latencyMs: 420 },
      phase: 'arrived',
    });
    expect(s.activePush.s).toBe('p1');
    expect(s.pushes.p1.messages[1]).toMatchObject({
      phase: 'arrived',
      latencyMs: 420,
      deadline: new Date(60_000).toISOString(),
    });
  });

  it('caps the logcat buffer and counts what a pause drops', () => {
    let s: CoreState = { ...initialCore(), log: { ...initialCore().log, streamId: 'L' } };
    const lines = Array.from({ length: MAX_LOG_LINES + 50 }, (_, i) => ({
      seq: i,
      time: '',
      pid: 1,
      tid: 1,
      level: 'I' as const,
      tag: 't',
      message: String(i),
    }));
    s = applyEvent(s, { type: 'logcat', streamId: 'L', lines });
    expect(s.log.lines).toHaveLength(MAX_LOG_LINES);
    expect(s.log.lines[0].seq).toBe(50);
    s = { ...s, log: { ...s.log, paused: true } };
    s = applyEvent(s, { type: 'logcat', streamId: 'L', lines: lines.slice(0, 10) });
    expect(s.log.dropped).toBe(10);
  });
});

function fakeBridge() {
  const listeners = new Set<(e: PushDoctorEvent) => void>();
  const bridge = new Proxy({} as PushDoctorBridge, {
    get: (_t, m: string) => {
      if (m === 'onEvent') return (l: (e: PushDoctorEvent) => void) => (listeners.add(l), () => listeners.delete(l));
      if (m === 'getSettings')
        return async () => ({ language: 'auto', adbServers: [], defaultPackage: 'com.example.chat' });
      if (m === 'getInfo') return async () => ({ version: 't', front: 'serve', platform: 'linux' });
      return async () => [];
    },
  });
  return { bridge, emit: (e: PushDoctorEvent) => listeners.forEach((l) => l(e)) };
}

describe('Checklist component', () => {
  it('shows each step with its test hooks and opens a failing one with what to do', async () => {
    const { bridge, emit } = fakeBridge();
    const store = createAppStore(bridge);
    act(() => store.setState({ selected: 's' }));
    render(
      <I18nextProvider i18n={i18n}>
        <StoreContext.Provider value={store}>
          <Checklist />
        </StoreContext.Provider>
      </I18nextProvider>,
    );
    act(() => {
      setLanguage('en');
      emit({
        type: 'run-started',
        runId: 'r',
        serial: 's',
        package: 'p',
        steps: [step('app.notifications', 'pending')],
      });
      emit({
        type: 'step',
        runId: 'r',
        step: step('app.notifications', 'fail', {
          summary: { key: 'check.notifications.appBlocked', params: { package: 'p' } },
          remediation: [{ key: 'check.notifications.enable.oppo' }],
        }),
      });
    });
    const el = document.querySelector('[data-testid=checklist-step]')!;
    expect(el.getAttribute('data-step-id')).toBe('app.notifications');
    expect(el.getAttribute('data-status')).toBe('fail');
    expect(screen.getByText('All notifications of p are switched off on this phone.')).toBeTruthy();
    expect(screen.getByText(/OPPO\/ColorOS installs apps with notifications off/)).toBeTruthy();
    act(() => setLanguage('zh-CN'));
    expect(screen.getByText('这台手机上 p 的通知被全部关闭。')).toBeTruthy();
    act(() => setLanguage('en'));
  });
});
