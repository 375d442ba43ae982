import { expect, test } from './support/test';
import { loginAs } from './fixtures';

const storageDump = () => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie });

test('退出登录后浏览器里不留任何令牌', async ({ page, context }) => {
  await loginAs(page, 'perf');
  // While signed in, the access token lives in memory only.
  expect(await page.evaluate(storageDump)).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/);
  const refresh = (await context.cookies()).find((c) => c.name === 'jx_refresh');
  expect(refresh?.httpOnly).toBe(true);

  await page.getByTestId('user-menu').click();
  await page.getByTestId('logout').click();
  await expect(page.getByTestId('login-form')).toBeVisible();

  expect(await page.evaluate(storageDump)).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/);
  expect((await context.cookies()).find((c) => c.name === 'jx_refresh')).toBeUndefined();
  // A reload does not bring the session back.
  await page.reload();
  await expect(page.getByTestId('login-form')).toBeVisible();
});

test('未登录的访客打开登录页，不去换取会话，控制台没有错误', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const refreshes: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/auth/refresh')) refreshes.push(r.url());
  });
  await page.goto('/');
  await expect(page.getByTestId('login-form')).toBeVisible();
  expect(refreshes).toEqual([]);
  expect(errors).toEqual([]);
});
