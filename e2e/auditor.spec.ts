import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, loginAs } from './fixtures';

test('安全审计员看到管理员的操作并校验哈希链', async ({ page, request }) => {
  // The administrator publishes an announcement through the API: that change must show in the change log.
  const login = await request.post('/api/auth/login', { data: { username: 'admin', password: DEMO_PASSWORD } });
  const headers = { authorization: `Bearer ${(await login.json()).accessToken}` };
  const created = await request.post('/api/announcements', { headers, data: { title: '审计端到端测试公告', body: '正文' } });
  expect(created.status()).toBe(201);

  await loginAs(page, 'auditor');
  const menu = page.getByTestId('side-menu');
  await expect(menu).not.toContainText('单位管理');
  await menu.getByText('操作日志').click();
  // The page loads lazily: wait for the log's own table, not just any table (the home page has two).
  await expect(page.getByTestId('audit-events-table')).toContainText('announcements.create');

  await page.getByTestId('audit-verify').click();
  await expect(page.getByTestId('audit-verify-result')).toContainText('哈希链完整');
  await expect(page.getByTestId('audit-verify-result')).not.toContainText('已校验 0 条');

  await menu.getByText('登录日志').click();
  await expect(page.getByTestId('login-events-table')).toContainText('auditor');
});
