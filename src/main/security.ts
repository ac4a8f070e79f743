// The Electron security settings in one place, free of Electron imports so that tests check them
// where no Electron binary exists (window.ts, ipc.ts and index.ts apply them).
export const APP_ORIGIN = 'app://push-doctor';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

/** What every window's webPreferences must say (checked against src/main/window.ts by a test). */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
} as const;

/** Only frames showing the app's own pages may call the core. */
export function isTrustedSender(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

/** In-app navigation stays on the app's own origin. */
export function isAppUrl(url: string): boolean {
  return isTrustedSender(url);
}

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
    return u.protocol === 'https:' && EXTERNAL_ALLOW.includes(u.hostname) && !u.username && !u.password;
  } catch {
    return false;
  }
}
