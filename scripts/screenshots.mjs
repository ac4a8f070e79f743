// Takes the README's screenshots: `push-doctor serve` with virtual phones and push stand-ins,
// driven in Debian's Chromium. Run after `npm run build`: node scripts/screenshots.mjs
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const port = 15000 + Math.floor(Math.random() * 1000);
const home = mkdtempSync(join(tmpdir(), 'pd-shots-'));
const env = { ...process.env, HOME: home, PUSH_DOCTOR_HOME: home };
execFileSync('adb', ['-P', String(port), 'start-server'], { env });
const cli = (args) => spawn(process.execPath, ['bin/push-doctor.js', '--adb-port', String(port), ...args], { env });
const firstLine = (p) => new Promise((r) => p.stdout.once('data', (d) => r(String(d).split('\n')[0])));

const faulty = cli([
  'sim',
  '--connect',
  '--adb-port',
  String(port),
  '--profile',
  'oppo-coloros',
  '--fault',
  'notifications-off',
  '--fault',
  'missing-channel',
]);
await firstLine(faulty);
const serve = cli(['serve', '--sim-profile', 'huawei-emui']);
const url = (await firstLine(serve)).replace(/^.*open /, '');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
const done = (id) =>
  page
    .locator(`[data-testid=checklist-step][data-step-id="${id}"]:not([data-status=pending]):not([data-status=running])`)
    .waitFor({ timeout: 60000 });
try {
  await page.goto(url);
  await page.locator('[data-testid=device-row]').nth(1).waitFor();
  await page.locator('[data-testid=device-row]', { hasText: 'HUAWEI' }).click();
  await page.getByTestId('run-diagnosis').click();
  await done('push.vendorPolicy');
  await page.screenshot({ path: 'docs/screenshots/checklist.png' });
  await page.locator('[data-testid=device-row]', { hasText: 'OPPO' }).click();
  await page.getByTestId('run-diagnosis').click();
  // The pushes to this phone never show (that is its fault); catch the run while it waits for them.
  await done('push.tokenReported');
  await page.waitForTimeout(1500);
  await page.locator('[data-step-id="app.notifications"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'docs/screenshots/fault.png' });
  await page.locator('[data-testid=device-row]', { hasText: 'HUAWEI' }).click();
  await page.getByRole('tab', { name: 'Test push' }).click();
  await page.getByLabel('Provider').selectOption('huawei');
  await page.getByLabel('Title', { exact: true }).fill('New message from Alice');
  await page.getByLabel('Body').fill('Are we still on for 3 pm?');
  await page.getByTestId('send-test-push').click();
  console.log('push rows after send:', await page.locator('[data-testid=push-message]').count());
  // The diagnosis sent pushes too: wait for this run's three rows to have all arrived.
  await page.waitForFunction(
    () => {
      const rows = [...document.querySelectorAll('[data-testid=push-message]')];
      return (
        rows.length === 3 &&
        rows.every((r) => r.getAttribute('data-phase') === 'arrived') &&
        !document.querySelector('[data-testid=send-test-push]').disabled
      );
    },
    null,
    { timeout: 60000 },
  );
  await page.screenshot({ path: 'docs/screenshots/push.png' });
  await page.getByRole('tab', { name: 'Logcat' }).click();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByTestId('logcat-view').getByText('ActivityManager').first().waitFor();
  await page.screenshot({ path: 'docs/screenshots/logcat.png' });
  await page.getByTestId('language-switch').selectOption('zh-CN');
  await page.getByRole('tab', { name: '检查清单' }).click();
  await page.screenshot({ path: 'docs/screenshots/checklist-zh.png' });
  console.log('screenshots written to docs/screenshots/');
} finally {
  await browser.close();
  serve.kill('SIGTERM');
  faulty.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  execFileSync('adb', ['-P', String(port), 'kill-server'], { env });
}
