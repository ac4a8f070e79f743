// The app window, locked down per Electron's security checklist: context isolation, the sandbox,
// no Node in the renderer, web security on, every permission request denied, no navigation away
// from the app, no new windows (external links open in the browser, only from an allow-list).
import { BrowserWindow, session, shell } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_ORIGIN, isAllowedExternal, isAppUrl } from './security';

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
    // Written out (not spread) so that Electronegativity and reviewers see each setting here;
    // test/unit/security checks them against the checklist.
    webPreferences: {
      // Reviewed: the preload exposes only the typed contract through contextBridge (src/preload/index.ts).
      preload: join(dirname(fileURLToPath(import.meta.url)), '../preload/index.cjs') /* eng-disable PRELOAD_JS_CHECK */,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(({ url }) => {
    // Only https URLs on the vendor-console allow-list reach the browser.
    if (isAllowedExternal(url)) void shell.openExternal(url); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
    return { action: 'deny' };
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  win.webContents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  return win;
}
