// The consents the core asks for (issue 12 item 12): with no encrypted store for secrets the
// profile editor says so and records the user's choice; an adb server address gets a local server
// started on it only when the user ticks that it is this machine.
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, act, fireEvent, cleanup } from '@testing-library/react';

afterEach(cleanup);
import { I18nextProvider } from 'react-i18next';
import { createAppStore } from '../../src/renderer/src/store';
import { StoreContext } from '../../src/renderer/src/hooks';
import { ProfileEditor } from '../../src/renderer/src/components/ProfileEditor';
import { ServerSettings } from '../../src/renderer/src/components/ServerSettings';
import { i18n, setLanguage } from '../../src/renderer/src/i18n';
import type { PushDoctorBridge, Settings } from '../../src/shared/contract';

function bridgeWith(storage: 'weak' | 'encrypted') {
  const calls: Partial<Settings>[] = [];
  let settings: Settings = { language: 'auto', adbServers: [], defaultPackage: 'com.example.chat' };
  const bridge = new Proxy({} as PushDoctorBridge, {
    get: (_t, m: string) => {
      if (m === 'onEvent') return () => () => undefined;
      if (m === 'getSettings') return async () => settings;
      if (m === 'setSettings')
        return async (s: Partial<Settings>) => {
          calls.push(s);
          settings = { ...settings, ...s };
          return settings;
        };
      if (m === 'getInfo')
        return async () => ({
          version: 't',
          front: 'electron',
          platform: 'linux',
          secretStorage: storage,
          secretStorageBackend: storage === 'weak' ? 'basic_text' : 'gnome_libsecret',
        });
      if (m === 'getProfile') return async () => null;
      return async () => [];
    },
  });
  return { bridge, calls };
}

const mount = (store: ReturnType<typeof createAppStore>, el: React.ReactElement) =>
  render(
    <I18nextProvider i18n={i18n}>
      <StoreContext.Provider value={store}>{el}</StoreContext.Provider>
    </I18nextProvider>,
  );

describe('consents', () => {
  it('without an encrypted store the editor says so and records the consent', async () => {
    setLanguage('en');
    const { bridge, calls } = bridgeWith('weak');
    const store = createAppStore(bridge);
    await act(async () => new Promise((r) => setTimeout(r, 20)));
    mount(store, <ProfileEditor />);
    expect(screen.getByTestId('secret-storage-weak').textContent).toContain('basic_text');
    await act(async () => fireEvent.click(screen.getByLabelText(/Keep secrets unencrypted/)));
    expect(calls).toContainEqual({ storeSecretsUnencrypted: true });
    expect(store.getState().storeSecretsUnencrypted).toBe(true);
  });

  it('with an encrypted store nothing is asked', async () => {
    const { bridge } = bridgeWith('encrypted');
    const store = createAppStore(bridge);
    await act(async () => new Promise((r) => setTimeout(r, 20)));
    mount(store, <ProfileEditor />);
    expect(screen.queryByTestId('secret-storage-weak')).toBeNull();
  });

  it('an adb server may be started only where the user ticked it', async () => {
    const { bridge, calls } = bridgeWith('encrypted');
    const store = createAppStore(bridge);
    await act(async () => new Promise((r) => setTimeout(r, 20)));
    mount(store, <ServerSettings />);
    const input = screen.getByLabelText('Add an adb server');
    fireEvent.change(input, { target: { value: '127.0.0.1:1' } });
    await act(async () => fireEvent.submit(input.closest('form')!));
    expect(calls.at(-1)).toEqual({ adbServers: ['127.0.0.1:1'], startAdbServers: [] });
    fireEvent.change(input, { target: { value: '127.0.0.1:5038' } });
    fireEvent.click(screen.getByTestId('adb-server-may-start'));
    await act(async () => fireEvent.submit(input.closest('form')!));
    expect(calls.at(-1)).toEqual({
      adbServers: ['127.0.0.1:1', '127.0.0.1:5038'],
      startAdbServers: ['127.0.0.1:5038'],
    });
  });
});
