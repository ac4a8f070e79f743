// Issue 12 item 7 in a real browser: the token leaves the address bar after the first load (so it
// is not in history or a shared screenshot), the cookie that replaces it is named after the port,
// and a reload without the token still works through that cookie.
import { test, expect } from './fixtures';

test('the access token leaves the address bar; the port-bound cookie carries the session', async ({ page, lab }) => {
  const { url } = await lab.serve();
  const port = new URL(url).port;
  await page.goto(url);
  await expect(page.locator('[data-testid=device-row]')).toHaveCount(1);
  expect(page.url()).not.toContain('token=');
  const cookies = await page.context().cookies();
  expect(cookies.map((c) => c.name)).toEqual([`pd_token_${port}`]);
  expect(cookies[0].httpOnly).toBe(true);
  await page.reload();
  await expect(page.locator('[data-testid=device-row]')).toHaveCount(1);
  expect(page.url()).not.toContain('token=');
});
