// The app window, locked down per Electron's security checklist: context isolation, the sandbox,
// no Node in the renderer, web security on, every permission request denied, no navigation away
// from the app, no new windows (external links open in the browser, only from an allow-list).
import { BrowserWindow, session, shell } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_ORIGIN } from './ipc';

/** Sites the app may open in the user's browser (vendor consoles and docs). */
export const EXTERNAL_ALLOW = [
  'developer.android.com',
  'console.cloud.tencent.com',
  'cloud.tencent.com',
  'developer.huawei.com',
  'developer.honor.com',
  'dev.mi.com',
  'open.oppomobile.com',
  'dev.vivo.com.cn',
  'open.flyme.cn',
  'console.firebase.google.com',
  'console.easemob.com',
];

export function isAllowedExternal(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && EXTERNAL_ALLOW.includes(u.hostname);
  } catch {
    return false;
  }
}

export function createMainWindow(): BrowserWindow {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Push Doctor',
    backgroundColor: '#f4f6f9',
    webPreferences: {
      preload: join(dirname(fileURLToPath(import.meta.url)), '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  win.webContents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternal(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}
