// Phone snapshots in the UI (issue 17): save a live phone's snapshot (a real download), open it as
// a phone with a "snapshot" chip, diagnose it (what needs the live phone skips), and compare it
// with a second snapshot of the same phone in which the app's notifications were blocked.
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { test, expect, shot } from './fixtures';

const finished = (id: string) =>
  `[data-testid=checklist-step][data-step-id="${id}"]:not([data-status=pending]):not([data-status=running])`;

test('save a phone snapshot, open it, diagnose it, and compare two snapshots', async ({ page, lab }) => {
  const { url } = await lab.serve();
  await page.goto(url);
  await expect(page.getByTestId('device-row')).toHaveCount(1);

  // Save: the checklist fills in while the capture runs, then the browser downloads the file.
  const downloading = page.waitForEvent('download');
  await page.getByTestId('snapshot-save').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/com\.example\.chat-.*\.pdsnap$/);
  const before = test.info().outputPath('before.pdsnap');
  await download.saveAs(before);
  await expect(page.getByTestId('snapshot-saved')).toContainText('.pdsnap');

  // The same phone "after": the customer blocked the app's notifications (its settings answer says so).
  const json = JSON.parse(gunzipSync(readFileSync(before)).toString('utf8'));
  const notif = json.commands.find((c: { command: string }) => c.command === 'dumpsys notification --noredact');
  expect(notif.output).toMatch(/AppSettings: com\.example\.chat \(\d+\)/);
  notif.output = notif.output.replace(/(AppSettings: com\.example\.chat \(\d+\))/, '$1 importance=NONE');
  json.capturedAt = new Date(Date.parse(json.capturedAt) + 3_600_000).toISOString();
  const after = test.info().outputPath('after.pdsnap');
  writeFileSync(after, gzipSync(Buffer.from(JSON.stringify(json))));

  // Open both: each is a phone of its own, marked as a snapshot.
  await page.getByTestId('snapshot-file').setInputFiles(before);
  await expect(page.getByTestId('device-row')).toHaveCount(2);
  await page.getByTestId('snapshot-file').setInputFiles(after);
  await expect(page.getByTestId('device-row')).toHaveCount(3);
  await expect(page.locator('[data-testid=device-row] .chip.snapshot')).toHaveCount(2);
  await expect(page.locator('#device-title .chip.snapshot')).toBeVisible();
  await expect(page.getByTestId('snapshot-origin')).toContainText('com.example.chat');

  // Diagnose the "after" snapshot: the notifications fail as the phone would; the tap test skips.
  await page.getByTestId('run-diagnosis').click();
  await page.locator(finished('push.vendorPolicy')).waitFor();
  await expect(page.locator('[data-testid=checklist-step][data-step-id="app.notifications"]')).toHaveAttribute(
    'data-status',
    'fail',
  );
  const tap = page.locator('[data-testid=checklist-step][data-step-id="app.clickThrough"]');
  await expect(tap).toHaveAttribute('data-status', 'skip');
  await expect(tap).toContainText('needs the live phone');

  // Compare with the "before" snapshot.
  await page.getByTestId('snapshot-compare').selectOption({ index: 1 });
  const diff = page.getByTestId('snapshot-diff');
  await expect(diff).toBeVisible();
  await expect(diff.locator('[data-testid=snapshot-diff-step]')).toHaveCount(1);
  await expect(diff.locator('[data-step="app.notifications"]')).toContainText('Pass');
  await expect(diff.locator('[data-step="app.notifications"]')).toContainText('Fail');
  await expect(diff).toContainText('dumpsys notification --noredact');
  await shot(page, 'snapshot-diff');

  // A file that is not a snapshot: a message naming the problem, nothing opened.
  const bad = test.info().outputPath('notes.pdsnap');
  writeFileSync(bad, 'these are my notes');
  await page.getByTestId('snapshot-file').setInputFiles(bad);
  await expect(page.getByTestId('snapshot-drop').getByRole('alert')).toContainText('not a Push Doctor snapshot');
  await expect(page.getByTestId('device-row')).toHaveCount(3);

  // Close one: it leaves the list.
  await page.getByTestId('snapshot-close').click();
  await expect(page.getByTestId('device-row')).toHaveCount(2);
});
