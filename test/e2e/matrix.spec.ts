// Several phones at once in the browser UI: select them all in the phone list, run, read the
// matrix (one column per phone), and open one phone's checklist from it. A phone unplugged
// mid-run fails only its own column.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, shot } from './fixtures';

test('the matrix runs every selected phone and opens each one’s checklist; an unplugged phone fails only its column', async ({
  page,
  lab,
}) => {
  // A slow phone (400 ms per command) that is unplugged once its first step is done.
  const slow = await lab.sim(['--profile', 'oppo-coloros', '--latency', '400']);
  const { url } = await lab.serve(['--sim-profile', 'xiaomi-hyperos', '--sim-profile', 'huawei-emui']);
  await page.goto(url);
  const rows = page.locator('[data-testid=device-row]');
  await expect(rows).toHaveCount(3);
  const serials = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-serial')!));

  await page.getByTestId('multi-mode').click();
  await expect(page.getByRole('listbox', { name: 'Phones' })).toHaveAttribute('aria-multiselectable', 'true');
  await page.getByTestId('multi-all').click();
  for (const s of serials)
    await expect(page.locator(`[data-testid=device-row][data-serial="${s}"]`)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('run-matrix')).toHaveText('Run on 3 phones');
  await page.getByTestId('run-matrix').click();

  const heads = page.locator('[data-testid=matrix-phone]');
  await expect(heads).toHaveCount(3);
  expect((await heads.evaluateAll((els) => els.map((e) => e.getAttribute('data-serial')!))).sort()).toEqual(
    [...serials].sort(),
  );
  const cell = (serial: string, step: string) =>
    page.locator(`[data-testid=matrix-cell][data-serial="${serial}"][data-step-id="${step}"]`);

  await expect(cell(slow.serial, 'adb.connection')).toHaveAttribute('data-status', 'pass', { timeout: 60_000 });
  await page.screenshot({ path: '/tmp/matrix-running.png', fullPage: true });
  await slow.proc.stop(); // disconnects from adb on exit

  await expect(page.getByTestId('matrix-progress')).toHaveAttribute('data-done', 'true', { timeout: 80_000 });
  // The unplugged phone's column fails; the others have no failed cell.
  await expect(page.locator(`[data-testid=matrix-phone][data-serial="${slow.serial}"]`)).toHaveAttribute(
    'data-verdict',
    'fail',
  );
  await expect(
    page.locator(`[data-testid=matrix-cell][data-serial="${slow.serial}"][data-status=fail]`),
  ).not.toHaveCount(0);
  for (const s of serials.filter((x) => x !== slow.serial)) {
    await expect(cell(s, 'device.channel')).toHaveAttribute('data-status', 'pass');
    await expect(page.locator(`[data-testid=matrix-cell][data-serial="${s}"][data-status=fail]`)).toHaveCount(0);
  }

  // Keyboard: one tab stop, arrows move between cells, the focused cell shows its summary.
  const other = serials.find((x) => x !== slow.serial)!;
  await page.locator(`[data-testid=matrix-phone][data-serial="${serials[0]}"] button`).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const focused = page.locator('[data-testid=matrix-cell]:focus-within');
  await expect(focused).toHaveAttribute('data-step-id', 'device.channel');
  await expect(focused.getByRole('tooltip')).toBeVisible();
  await page.screenshot({ path: '/tmp/matrix.png', fullPage: true });
  await shot(page, 'matrix');
  // The unplugged phone's failed cell says why on focus.
  const lost = page.locator(`[data-testid=matrix-cell][data-serial="${slow.serial}"][data-status=fail]`).first();
  await lost.getByRole('button').focus();
  await expect(lost.getByRole('tooltip')).toBeVisible();
  await page.screenshot({ path: '/tmp/matrix-gone.png', fullPage: true });
  // The bottom-right cell's summary opens inward and stays inside the matrix.
  await page.keyboard.press('Control+End');
  const corner = page.locator('[data-testid=matrix-cell]:focus-within');
  await expect(corner).toHaveAttribute('data-step-id', 'push.vendorPolicy');
  const tip = await corner.getByRole('tooltip').boundingBox();
  const box = await page.getByTestId('matrix').boundingBox();
  expect(tip!.y + tip!.height).toBeLessThanOrEqual(box!.y + box!.height);
  expect(tip!.x + tip!.width).toBeLessThanOrEqual(box!.x + box!.width);
  await page.screenshot({ path: '/tmp/matrix-corner.png', fullPage: true });
  const axe = await new AxeBuilder({ page }).analyze();
  const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // A cell opens that phone's checklist.
  await cell(other, 'device.channel').getByRole('button').click();
  await expect(page.locator(`[data-testid=device-row][data-serial="${other}"]`)).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.locator('#device-title')).toBeVisible();
  // The focus lands on the step of the cell.
  const opened = page.locator('[data-testid=checklist-step][data-step-id="device.channel"]');
  await expect(opened).toHaveAttribute('data-status', 'pass');
  await expect(opened).toBeFocused();
  // And the matrix stays one click away.
  await page.getByTestId('show-matrix').click();
  await expect(heads).toHaveCount(3);
  await page.getByTestId('language-switch').selectOption('zh-CN');
  await expect(page.locator('#matrix-title')).toContainText('3 台手机');
  await page.screenshot({ path: '/tmp/matrix-zh.png', fullPage: true });
});
