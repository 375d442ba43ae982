import type { Page } from '@playwright/test';
import { loginAs, shot, switchUser } from './fixtures';
import { expect, test } from './support/test';

/** What each demo account's home must show: its own queue, and nothing logged as an error on the way. */
const HOMES: { username: string; ready: string; tiles: string[] }[] = [
  { username: 'leader', ready: 'leader-home', tiles: ['kpi-targets', 'kpi-red', 'kpi-ordersToClose'] },
  { username: 'deputy', ready: 'leader-home', tiles: ['kpi-targets', 'kpi-ordersOverdue'] },
  { username: 'safety', ready: 'home-todos', tiles: ['todo-ordersToClose', 'todo-warningsRed'] },
  { username: 'perf', ready: 'home-todos', tiles: ['todo-toReview', 'todo-toPublish', 'todo-appealsOpen'] },
  { username: 'admin', ready: 'home-todos', tiles: ['todo-accountsDisabled', 'todo-announcementDrafts'] },
  { username: 'auditor', ready: 'home-todos', tiles: ['todo-failedLogins', 'todo-deniedRequests'] },
  { username: 'unit.chengdu', ready: 'home-pending-reports', tiles: ['todo-ordersToRespond', 'todo-returned'] },
  { username: 'staff.chengdu', ready: 'home-pending-reports', tiles: ['todo-ordersOverdue'] },
];

async function tileCount(page: Page, testId: string): Promise<number> {
  const tile = page.getByTestId(testId);
  await expect(tile).not.toHaveAttribute('data-count', '');
  return Number(await tile.getAttribute('data-count'));
}

test('每个演示账户登录后首页即是自己的工作队列，控制台没有错误', async ({ page }) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  let who = '';
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${who}: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/api/auth/refresh')) errors.push(`${who}: ${r.status()} ${r.url()}`);
  });
  for (const [i, home] of HOMES.entries()) {
    who = home.username;
    await (i === 0 ? loginAs(page, home.username) : switchUser(page, home.username));
    await expect(page.getByTestId(home.ready)).toBeVisible();
    for (const tile of home.tiles) await expect(page.getByTestId(tile), `${home.username} ${tile}`).toBeVisible();
    await page.waitForLoadState('networkidle');
    await shot(page, `home-${home.username}`);
  }
  expect(errors).toEqual([]);
});

test('管理员与审计员的待办数字点开即是筛选好的列表', async ({ page }) => {
  await loginAs(page, 'admin');
  const disabled = await tileCount(page, 'todo-accountsDisabled');
  await page.getByTestId('todo-accountsDisabled').click();
  await expect(page).toHaveURL(/\/admin\/accounts\?status=DISABLED$/);
  await expect(page.locator('.ant-pagination-total-text, .ant-table-placeholder').first()).toBeVisible();
  if (disabled > 0) await expect(page.locator('.ant-pagination-total-text')).toHaveText(`共 ${disabled} 条`);

  await switchUser(page, 'auditor');
  const failed = await tileCount(page, 'todo-failedLogins');
  await page.getByTestId('todo-failedLogins').click();
  await expect(page).toHaveURL(/\/audit\/logins\?outcome=FAILURE&from=/);
  if (failed > 0) await expect(page.locator('.ant-pagination-total-text')).toHaveText(`共 ${failed} 条`);
  else await expect(page.locator('.ant-table-placeholder')).toBeVisible();
});
