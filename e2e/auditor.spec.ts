import { DEMO_PASSWORD, loginAs, pick, shot } from './fixtures';
import { uniqueTag } from './support/api';
import { expect, test } from './support/test';

test('安全审计员看到管理员的操作并校验哈希链', async ({ page, request }) => {
  // The administrator publishes an announcement through the API: that change must show in the change log.
  const login = await request.post('/api/auth/login', { data: { username: 'admin', password: DEMO_PASSWORD } });
  const headers = { authorization: `Bearer ${(await login.json()).accessToken}` };
  const created = await request.post('/api/announcements', { headers, data: { title: `审计端到端测试公告 ${uniqueTag()}`, body: '正文' } });
  expect(created.status()).toBe(201);
  const announcementId = (await created.json()).id as string;
  // 三员分立: the administrator's attempt on the auditor account is refused, and the auditor will see it.
  const accounts = await (await request.get('/api/accounts', { headers, params: { q: 'auditor', pageSize: '5' } })).json();
  const auditorAccount = accounts.items.find((a: { username: string }) => a.username === 'auditor');
  const attempt = await request.post(`/api/accounts/${auditorAccount.id}/unlock`, { headers, data: { version: auditorAccount.version } });
  expect(attempt.status()).toBe(403);

  await loginAs(page, 'auditor');
  const home = page.getByTestId('home-auditor-accounts');
  await expect(home.locator('tr.ant-table-row').first()).toContainText('admin');
  await expect(home.locator('tr.ant-table-row').first()).toContainText('拒绝');
  await shot(page, 'home-auditor');
  const menu = page.getByTestId('side-menu');
  await expect(menu).not.toContainText('单位管理');
  await menu.getByText('操作日志').click();
  // The page loads lazily: wait for the log's own table, not just any table (the home page has two).
  const table = page.getByTestId('audit-events-table');
  await expect(table.locator('tr.ant-table-row').first()).toBeVisible();
  // Other work goes on meanwhile: narrowed to announcements, this one is the newest.
  const objectType = page.getByRole('combobox', { name: '对象类型' });
  await pick(
    page,
    () => objectType.click(),
    '公告',
    () => expect(page.locator('.ant-select', { has: objectType })).toContainText('公告', { timeout: 1_000 }),
  );
  const newest = table.locator('tr.ant-table-row').first();
  await expect(newest).toContainText('新建公告');
  await expect(newest.locator('[data-action="announcements.create"]')).toBeVisible();
  await expect(table).not.toContainText('/api/');
  await table.locator('tr.ant-table-row').first().click();
  await expect(page.getByTestId('audit-event-detail')).toContainText(announcementId);
  await page.keyboard.press('Escape');

  await page.getByTestId('audit-verify').click();
  await expect(page.getByTestId('audit-verify-result')).toContainText('哈希链完整');
  await expect(page.getByTestId('audit-verify-result')).not.toContainText('已校验 0 条');

  await menu.getByText('登录日志').click();
  const logins = page.getByTestId('login-events-table');
  const username = page.getByLabel('用户名', { exact: true });
  await username.fill('auditor');
  await username.press('Enter');
  await expect(logins.locator('tr.ant-table-row').first()).toContainText('auditor');
  await expect(logins.locator('tr.ant-table-row', { hasNotText: 'auditor' })).toHaveCount(0);
  await expect(logins.getByTestId('login-user-agent').first()).toHaveText(/^[A-Za-z ]+ \d+ · \S/);
});
