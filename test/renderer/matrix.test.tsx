// The matrix run of the renderer: one runDiagnosis per picked phone, MATRIX_JOBS at a time, each
// phone's own run or error in the matrix, and a phone whose run cannot start failing alone.
import { describe, expect, it } from 'vitest';
import { render, screen, act, fireEvent } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createAppStore, MATRIX_JOBS } from '../../src/renderer/src/store';
import { StoreContext } from '../../src/renderer/src/hooks';
import { MatrixView } from '../../src/renderer/src/components/MatrixView';
import { i18n, setLanguage } from '../../src/renderer/src/i18n';
import type { PushDoctorBridge, PushDoctorEvent, RunDiagnosisInput } from '../../src/shared/contract';
import type { DeviceSummary, Report, StepResult } from '../../src/shared/types';

const step = (id: StepResult['id'], status: StepResult['status']): StepResult => ({
  id,
  status,
  title: { key: `step.${id}.title` },
  summary: { key: 'x', params: {} },
  evidence: [],
  remediation: [],
  actions: [],
  durationMs: 0,
});

const phone = (serial: string): DeviceSummary =>
  ({ serial, state: 'device', server: '127.0.0.1:5037', brand: 'Brand', model: serial }) as DeviceSummary;

function fakeBridge() {
  const listeners = new Set<(e: PushDoctorEvent) => void>();
  const started: string[] = [];
  const reports: Record<string, Report> = {};
  const bridge = new Proxy({} as PushDoctorBridge, {
    get: (_t, m: string) => {
      if (m === 'onEvent') return (l: (e: PushDoctorEvent) => void) => (listeners.add(l), () => listeners.delete(l));
      if (m === 'getSettings')
        return async () => ({ language: 'auto', adbServers: [], defaultPackage: 'com.example.chat' });
      if (m === 'getInfo') return async () => ({ version: 't', front: 'serve', platform: 'linux' });
      if (m === 'getReport') return async ({ runId }: { runId: string }) => reports[runId] ?? null;
      if (m === 'listDevices') return async () => ['a', 'b', 'gone', 'c', 'd'].map(phone);
      if (m === 'runDiagnosis')
        return async (input: RunDiagnosisInput) => {
          if (input.serial === 'gone') throw new Error('Phone gone is not attached.');
          started.push(input.serial);
          return { runId: `r-${input.serial}` };
        };
      return async () => [];
    },
  });
  const emit = (e: PushDoctorEvent) => listeners.forEach((l) => l(e));
  const finish = (serial: string, status: StepResult['status']) => {
    const steps = [step('adb.connection', status)];
    emit({ type: 'run-started', runId: `r-${serial}`, serial, package: 'p', steps });
    emit({
      type: 'run-finished',
      runId: `r-${serial}`,
      report: { steps, verdict: status === 'pass' ? 'pass' : 'fail', device: { serial } } as unknown as Report,
    });
  };
  return { bridge, started, finish, reports };
}

const tick = () => act(() => new Promise((r) => setTimeout(r, 0)));

describe('matrix run', () => {
  it('starts MATRIX_JOBS runs at a time, fills each phone’s column, and fails only the phone that went away', async () => {
    const { bridge, started, finish } = fakeBridge();
    const store = createAppStore(bridge);
    const serials = ['a', 'b', 'gone', 'c', 'd'];
    act(() => store.setState({ devices: serials.map(phone), multi: serials, pkg: 'p' }));
    render(
      <I18nextProvider i18n={i18n}>
        <StoreContext.Provider value={store}>
          <MatrixView />
        </StoreContext.Provider>
      </I18nextProvider>,
    );
    act(() => setLanguage('en'));
    let done: Promise<void>;
    act(() => {
      done = store.getState().actions.runMatrix();
    });
    await tick();
    expect(store.getState().view).toBe('matrix');
    // 'gone' fails at once, so its worker goes on to the next phone.
    expect(started).toHaveLength(MATRIX_JOBS);
    expect(store.getState().matrix?.errors.gone).toMatch(/not attached/);
    expect(document.querySelectorAll('[data-testid=matrix-phone]')).toHaveLength(5);
    act(() => finish('a', 'pass'));
    await tick();
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    act(() => {
      finish('b', 'pass');
      finish('c', 'fail');
      finish('d', 'pass');
    });
    await act(() => done);
    const m = store.getState().matrix!;
    expect(m.done).toBe(true);
    const status = (serial: string) =>
      document
        .querySelector(`[data-testid=matrix-cell][data-serial="${serial}"][data-step-id="adb.connection"]`)
        ?.getAttribute('data-status');
    expect(serials.map(status)).toEqual(['pass', 'pass', 'fail', 'fail', 'pass']);
    expect(screen.getByText('All 5 phones finished')).toBeTruthy();
    // A cell opens that phone's checklist.
    fireEvent.click(document.querySelector('[data-testid=matrix-cell][data-serial="b"] button') as HTMLButtonElement);
    expect(store.getState()).toMatchObject({ selected: 'b', view: 'checklist', focusOnOpen: 'adb.connection' });
  });

  it('asks for the report of a run whose end was sent while the connection was down', async () => {
    const { bridge, reports } = fakeBridge();
    const store = createAppStore(bridge);
    await tick();
    act(() => store.setState({ devices: [phone('a')], multi: ['a'], pkg: 'p', connection: 'open' }));
    let done: Promise<void>;
    act(() => {
      done = store.getState().actions.runMatrix();
    });
    await tick();
    act(() => store.setState({ connection: 'closed' }));
    reports['r-a'] = { steps: [step('adb.connection', 'pass')], verdict: 'pass', device: { serial: 'a' } } as never;
    act(() => store.setState({ connection: 'open' }));
    await act(() => done);
    expect(store.getState().matrix?.done).toBe(true);
    expect(store.getState().runs['r-a'].report?.verdict).toBe('pass');
  });
});
