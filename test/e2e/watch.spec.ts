// The Watch tab (issue 18): a push every interval on the virtual phone, drawn as it arrives; a
// reloaded window catches up with the running watch; Stop ends it and puts the phone back. And the
// Reproduce tab asks before a condition that reboots the phone.
import { test, expect, shot } from './fixtures';

test('a watch started from the UI draws its pushes, survives a reload, and stops', async ({ page, lab }) => {
  const { url } = await lab.serve(['--sim-profile', 'xiaomi-hyperos']);
  await page.goto(url);
  await expect(page.getByTestId('device-row')).toHaveCount(1);
  await page.getByRole('tab', { name: 'Watch' }).click();
  const panel = page.getByTestId('watch-panel');
  await panel.getByLabel('A push every').selectOption({ label: '10 s' });
  await panel.getByLabel('For how long').selectOption({ label: '1 min' });
  await page.getByTestId('watch-start').click();
  await expect(page.getByTestId('watch-start')).toHaveText('Watching…');

  // The first push goes at once, the second 10 s later: both arrive (MiPush on HyperOS).
  await expect(page.getByTestId('watch-pushes')).toHaveText('2', { timeout: 40_000 });
  await expect(page.getByTestId('watch-timeline').locator('circle.arrived')).toHaveCount(2);
  await expect(page.getByTestId('watch-table').locator('tbody tr[data-status=arrived]')).toHaveCount(2);
  await expect(page.getByTestId('watch-state')).toContainText('Running');

  // Another job that changes the phone's settings is refused while the watch runs.
  await page.getByRole('tab', { name: 'Reproduce' }).click();
  await page.getByTestId('reproduce-run').click();
  await expect(page.getByRole('alert')).toContainText('A watch is already running');

  // A reload loses nothing: the running watch is listed again with its pushes.
  await page.reload();
  await expect(page.getByTestId('device-row')).toHaveCount(1);
  await page.getByRole('tab', { name: 'Watch' }).click();
  await expect(page.getByTestId('watch-state')).toContainText('Running');
  await expect(panel.getByLabel('A push every')).toHaveValue('10000');
  const before = Number(await page.getByTestId('watch-pushes').textContent());
  expect(before).toBeGreaterThanOrEqual(2);
  await shot(page, 'watch');

  await page.getByTestId('watch-stop').click();
  await expect(page.getByTestId('watch-state')).toContainText('Ended', { timeout: 30_000 });
  await expect(page.getByTestId('watch-start')).toHaveText('Start watch');
  await expect(page.getByTestId('watch-stats')).toContainText('0 %');
});

test('a condition that reboots the phone is asked for before anything runs', async ({ page, lab }) => {
  const { url } = await lab.serve(['--sim-profile', 'pixel']);
  await page.goto(url);
  await expect(page.getByTestId('device-row')).toHaveCount(1);
  await page.getByRole('tab', { name: 'Reproduce' }).click();
  const panel = page.getByTestId('reproduce-panel');
  await panel.getByLabel('App force-stopped', { exact: true }).uncheck();
  await panel.getByLabel('Phone in deep Doze (screen off, forced idle)', { exact: true }).uncheck();
  await panel.getByLabel(/Phone rebooted, app not opened since/).check();
  await page.getByTestId('reproduce-run').click();
  const ask = page.getByTestId('reboot-ask');
  await expect(ask).toContainText('reboots');
  await shot(page, 'reboot-ask');
  await ask.getByRole('button', { name: 'Not now' }).click();
  await expect(ask).toHaveCount(0);
  // Nothing ran: no log, no matrix.
  await expect(page.getByTestId('reproduce-log')).toHaveCount(0);
});
