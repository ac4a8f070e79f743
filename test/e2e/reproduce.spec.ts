// The Reproduce tab (issue 18): pick conditions, run them on the virtual phone through the app
// profile's providers (the push stand-ins), and read the conditions × providers matrix, the
// explanations and the line saying the phone was put back.
import { test, expect, shot } from './fixtures';

test('reproduce force-stopped and Doze from the UI: a matrix, and the phone put back', async ({ page, lab }) => {
  const { url } = await lab.serve(['--sim-profile', 'xiaomi-hyperos']);
  await page.goto(url);
  await expect(page.getByTestId('device-row')).toHaveCount(1);
  await page.getByRole('tab', { name: 'Reproduce' }).click();
  const panel = page.getByTestId('reproduce-panel');
  await expect(panel.getByLabel('App force-stopped', { exact: true })).toBeChecked();
  await expect(panel.getByLabel('Phone in deep Doze (screen off, forced idle)', { exact: true })).toBeChecked();
  await page.getByTestId('reproduce-run').click();

  // Xiaomi's channel and the IM service: both deliver to a force-stopped app on HyperOS (MiPush posts from xmsf).
  const cell = (condition: string, route: string) =>
    page.locator(`[data-testid=reproduce-cell][data-condition="${condition}"][data-route="${route}"] .badge`);
  await expect(cell('force-stopped', 'xiaomi')).toHaveAttribute('data-status', 'arrived', { timeout: 60_000 });
  await expect(cell('doze', 'xiaomi')).toHaveAttribute('data-status', /arrived|late/, { timeout: 60_000 });
  await expect(page.getByTestId('reproduce-log')).toContainText('Put back: the phone is as it was found.', {
    timeout: 60_000,
  });
  await expect(page.getByTestId('reproduce-log')).toContainText('force-stopped: set');
  await expect(page.getByTestId('reproduce-log')).toContainText('force-stopped: undone');
  await expect(page.getByTestId('reproduce-run')).toHaveText('Reproduce');
  await shot(page, 'reproduce');

  // No condition picked: the button says what is missing instead of running.
  await panel.getByLabel('App force-stopped', { exact: true }).uncheck();
  await panel.getByLabel('Phone in deep Doze (screen off, forced idle)', { exact: true }).uncheck();
  await expect(page.getByTestId('reproduce-run')).toBeDisabled();
});
