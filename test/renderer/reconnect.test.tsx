// The logcat stream reopened after a WebSocket reconnect (the fix and its test from the ui2 branch).
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/renderer/src/store';
import type { PushDoctorBridge, PushDoctorEvent } from '../../src/shared/contract';

describe('logcat after a reconnect', () => {
  it('reopens the stream when the bridge reports open again', async () => {
    const started: unknown[] = [];
    let n = 0;
    const bridge = new Proxy({} as PushDoctorBridge, {
      get: (_t, m: string) => {
        if (m === 'onEvent') return (_l: (e: PushDoctorEvent) => void) => () => undefined;
        if (m === 'getSettings')
          return async () => ({ language: 'auto', adbServers: [], defaultPackage: 'com.example.chat' });
        if (m === 'getInfo') return async () => ({ version: 't', front: 'serve', platform: 'linux' });
        if (m === 'startLogcat') return async (a: unknown) => (started.push(a), { streamId: `s${++n}` });
        return async () => [];
      },
    });
    const store = createAppStore(bridge);
    store.setState({ connection: 'open', selected: 'emu-1' });
    await store.getState().actions.startLogcat({ tag: 'PushSvc' } as never);
    expect(store.getState().log.streamId).toBe('s1');
    store.setState({ connection: 'closed' });
    store.setState({ connection: 'open' });
    await new Promise((r) => setTimeout(r, 10));
    expect(started).toEqual([
      { serial: 'emu-1', filter: { tag: 'PushSvc' } },
      { serial: 'emu-1', filter: { tag: 'PushSvc' } },
    ]);
    expect(store.getState().log.streamId).toBe('s2');
  });
});
