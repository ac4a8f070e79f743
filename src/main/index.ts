// The desktop app's main process: serves the renderer over the app:// protocol (not file://),
// creates the window, and connects the IPC bridge to the core service. This file, window.ts and
// ipc.ts are the only ones that import 'electron'; everything else is the shared core.
import { app, BrowserWindow, net, protocol, safeStorage } from 'electron';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AdbHub } from './adb/hub';
import { PushDoctorService } from './service';
import { RunHistory } from './history/store';
import { FileProfileStore, type SecretCipher } from './profiles/store';
import { createMainWindow } from './window';
import { registerIpc } from './ipc';
import { CSP } from './security';
import type { Settings } from '../shared/contract';
import { secretStorageKind } from './profiles/secret-storage';

protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

/** safeStorage keeps the profile secrets encrypted at rest (Keychain, DPAPI, libsecret/kwallet). */
function cipher(): SecretCipher | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  return {
    encrypt: (plain) => safeStorage.encryptString(plain).toString('base64'),
    decrypt: (encoded) => safeStorage.decryptString(Buffer.from(encoded, 'base64')),
  };
}

function loadSettings(path: string): Partial<Settings> {
  try {
    return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Partial<Settings>) : {};
  } catch {
    return {};
  }
}

void app.whenReady().then(() => {
  const rendererRoot = resolve(join(dirname(fileURLToPath(import.meta.url)), '../renderer'));
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    const file = resolve(rendererRoot, '.' + decodeURIComponent(url.pathname));
    if (url.host !== 'push-doctor' || !file.startsWith(rendererRoot + sep) || !existsSync(file))
      return new Response('Not found', { status: 404 });
    const res = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(res.headers);
    headers.set('Content-Security-Policy', CSP);
    return new Response(res.body, { status: res.status, headers });
  });

  const userData = app.getPath('userData');
  const settingsPath = join(userData, 'settings.json');
  const settings = loadSettings(settingsPath);
  const hub = new AdbHub({ bundledDir: join(process.resourcesPath ?? '', 'adb') });
  // basic_text (no keyring on Linux) is no protection: the UI is told (getInfo), and secrets are
  // stored only after the user agrees in Settings.
  const storage = secretStorageKind({
    platform: process.platform,
    available: safeStorage.isEncryptionAvailable(),
    backend: process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : undefined,
  });
  let current: Partial<Settings> = settings;
  const profiles = new FileProfileStore(
    join(userData, 'profiles'),
    cipher(),
    storage.kind === 'encrypted' ? undefined : () => current.storeSecretsUnencrypted === true,
  );
  const service = new PushDoctorService({
    front: 'electron',
    hub,
    profiles,
    settings,
    secretStorage: storage,
    history: new RunHistory(join(userData, 'history')),
    saveSettings: (s) => {
      current = s;
      writeFileSync(settingsPath, JSON.stringify(s, null, 2));
    },
  });
  let win: BrowserWindow | null = createMainWindow();
  registerIpc(service, () => win);
  service.start();
  win.on('closed', () => (win = null));

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) win = createMainWindow();
  });
  app.on('window-all-closed', () => {
    service.stop();
    if (process.platform !== 'darwin') app.quit();
  });
});

// A second window or a webview can never be created from the renderer.
app.on('web-contents-created', (_e, contents) => {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
});
