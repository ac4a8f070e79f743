// The desktop app itself, through Playwright's Electron support. It needs an Electron binary:
// node_modules/electron has one only where `npx electron --version` could download it (never on the
// build machines of this project), or ELECTRON_PATH points at one. Without it the test is skipped
// and says why.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { _electron as electron, test, expect } from '@playwright/test';

function electronBinary(): string | null {
  if (process.env.ELECTRON_PATH && existsSync(process.env.ELECTRON_PATH)) return process.env.ELECTRON_PATH;
  const pathFile = join(process.cwd(), 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const bin = join(process.cwd(), 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(bin) ? bin : null;
}

const binary = electronBinary();

test('the desktop app opens a locked-down window that lists phones', async () => {
  test.skip(
    !binary,
    'No Electron binary is installed here (node_modules/electron/path.txt is missing and ELECTRON_PATH is unset); run `npx electron --version` on a machine that can download it.',
  );
  const app = await electron.launch({
    executablePath: binary!,
    args: ['.'],
    env: { ...process.env, ELECTRON_ENABLE_SECURITY_WARNINGS: 'true' },
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByText('Push Doctor', { exact: true })).toBeVisible();
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const w = BrowserWindow.getAllWindows()[0];
      const p = (
        w.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> }
      ).getLastWebPreferences();
      return {
        contextIsolation: p.contextIsolation,
        sandbox: p.sandbox,
        nodeIntegration: p.nodeIntegration,
        url: w.webContents.getURL(),
      };
    });
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(prefs.url.startsWith('app://push-doctor/')).toBe(true);
    // The renderer has the contract and no Node.
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    expect(
      await page.evaluate(
        () => typeof (window as unknown as { pushDoctor?: { listDevices?: unknown } }).pushDoctor?.listDevices,
      ),
    ).toBe('function');
    // Navigation away and new windows are refused.
    await page.evaluate(() => window.open('https://example.com'));
    expect(app.windows()).toHaveLength(1);
  } finally {
    await app.close();
  }
});
