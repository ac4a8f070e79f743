// The Electron security checklist, checked where no Electron binary exists: the window's settings
// as written, the CSP, the IPC sender check, navigation and external-link limits, and the
// architecture rule (only the Electron shell imports 'electron'; the renderer imports no Node).
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  APP_ORIGIN,
  CSP,
  SECURE_WEB_PREFERENCES,
  isAllowedExternal,
  isAppUrl,
  isTrustedSender,
} from '../../../src/main/security';
import { API_METHOD_NAMES } from '../../../src/shared/contract';
import { methodSchemas } from '../../../src/shared/schemas';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(n) ? [p] : [];
  });
}

describe('window settings', () => {
  const source = readFileSync('src/main/window.ts', 'utf8');
  it.each(Object.entries(SECURE_WEB_PREFERENCES))('webPreferences.%s is %s', (key, value) => {
    expect(source).toMatch(new RegExp(`\\b${key}: ${value},`));
  });
  it('denies permission requests, webviews and new windows, and limits navigation', () => {
    expect(source).toContain('setPermissionRequestHandler((_wc, _permission, callback) => callback(false))');
    expect(source).toContain("on('will-attach-webview', (event) => event.preventDefault())");
    expect(source).toMatch(/setWindowOpenHandler\([\s\S]*?return \{ action: 'deny' \}/);
    expect(source).toMatch(/will-navigate[\s\S]*?if \(!isAppUrl\(url\)\) event\.preventDefault\(\)/);
  });
});

describe('content security policy', () => {
  it("allows only the app's own scripts, no eval, no plugins, no framing", () => {
    expect(CSP).toContain("default-src 'self'");
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(CSP).toContain("object-src 'none'");
    expect(CSP).toContain("frame-ancestors 'none'");
    const html = readFileSync('src/renderer/index.html', 'utf8');
    expect(html).toContain(`content="${CSP.split('; frame-ancestors')[0].split("; object-src 'none'")[0]}`);
  });
});

describe('IPC sender check and navigation', () => {
  it.each([
    [`${APP_ORIGIN}/index.html`, true],
    [`${APP_ORIGIN}/assets/x.js`, true],
    ['file:///home/user/evil.html', false],
    ['https://push-doctor', false],
    ['app://push-doctor.evil.com/index.html', false],
    ['app://evil/index.html', false],
    ['', false],
    ['not a url', false],
  ])('%s → %s', (url, ok) => {
    expect(isTrustedSender(url)).toBe(ok);
    expect(isAppUrl(url)).toBe(ok);
  });

  it('opens only https vendor consoles in the browser', () => {
    expect(isAllowedExternal('https://developer.android.com/tools')).toBe(true);
    expect(isAllowedExternal('http://developer.android.com/')).toBe(false);
    expect(isAllowedExternal('https://developer.android.com.evil.com/')).toBe(false);
    expect(isAllowedExternal('https://user:pw@developer.android.com/')).toBe(false);
    expect(isAllowedExternal('javascript:alert(1)')).toBe(false);
  });
});

describe('architecture', () => {
  it("only the Electron shell imports 'electron'", () => {
    const importers = files('src').filter((f) => /from 'electron'|require\('electron'\)/.test(readFileSync(f, 'utf8')));
    expect(importers.sort()).toEqual([
      'src/main/index.ts',
      'src/main/ipc.ts',
      'src/main/window.ts',
      'src/preload/index.ts',
    ]);
  });

  it('the renderer imports no Node module and nothing from the core', () => {
    for (const f of files('src/renderer')) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/from 'node:|from '(fs|path|child_process|net|os|crypto)'/);
      expect(text, f).not.toMatch(/from '(\.\.\/)+main\//);
    }
  });

  it('the preload exposes exactly the contract, and every method has a schema', () => {
    expect(new Set(API_METHOD_NAMES)).toEqual(new Set(Object.keys(methodSchemas)));
    const preload = readFileSync('src/preload/index.ts', 'utf8');
    expect(preload).toContain("contextBridge.exposeInMainWorld('pushDoctor', api)");
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
  });
});
