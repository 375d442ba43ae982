import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, loginAs, shot, switchUser } from './fixtures';
import { expect, test } from './support/test';

/** What each demo account's home must show: its own queue, and nothing logged as an error on the way. */
const HOMES: { username: string; ready: string; tiles: string[] }[] = [
  { username: 'leader', ready: 'leader-home', tiles: ['kpi-targets', 'kpi-red', 'kpi-ordersToClose'] },
  { username: 'deputy', ready: 'leader-home', tiles: ['kpi-targets', 'kpi-ordersOverdue'] },
  { username: 'safety', ready: 'home-todos', tiles: ['todo-ordersToClose', 'todo-warningsRed', 'todo-lateReports', 'todo-recordsToScore'] },
  {
    username: 'perf',
    ready: 'home-todos',
    tiles: ['todo-toReview', 'todo-toPublish', 'todo-appealsOpen', 'todo-missingInputs', 'home-pipeline', 'home-idle-departments'],
  },
  {
    username: 'admin',
    ready: 'home-todos',
    tiles: [
      'todo-accountsDisabled',
      'todo-announcementDrafts',
      'todo-unitsWithoutAccounts',
      'todo-accountsNeverUsed',
      'todo-passwordsExpiring',
      'todo-lockedAccounts',
    ],
  },
  { username: 'auditor', ready: 'home-todos', tiles: ['todo-failedLogins', 'todo-deniedRequests', 'todo-lockedAccounts', 'home-audit-chain'] },
  { username: 'unit.chengdu', ready: 'home-pending-reports', tiles: ['todo-ordersToRespond', 'todo-returned'] },
  { username: 'staff.chengdu', ready: 'home-pending-reports', tiles: ['todo-ordersOverdue'] },
];

// The desk width the homes are shot at (the phone width has its own block below).
test.use({ viewport: { width: 1440, height: 900 } });

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

test('职能部门与系统管理员的待办数字点开即是同样筛选的列表', async ({ page }) => {
  test.setTimeout(120_000);
  await loginAs(page, 'safety');
  const late = await tileCount(page, 'todo-lateReports');
  await page.getByTestId('todo-lateReports').click();
  await expect(page).toHaveURL(/\/reports\?late=true$/);
  await expect(page.getByRole('checkbox', { name: '只看迟报' })).toBeChecked();
  if (late > 0) await expect(page.locator('.ant-pagination-total-text')).toHaveText(`共 ${late} 条`);
  else await expect(page.locator('.ant-table-placeholder')).toBeVisible();

  await page.goto('/');
  await tileCount(page, 'todo-recordsToScore');
  await page.getByTestId('todo-recordsToScore').click();
  await expect(page).toHaveURL(/\/assessment\/scoring\?status=TODO$/);

  await switchUser(page, 'admin');
  const neverUsed = await tileCount(page, 'todo-accountsNeverUsed');
  await page.getByTestId('todo-accountsNeverUsed').click();
  await expect(page).toHaveURL(/\/admin\/accounts\?neverUsed=true$/);
  if (neverUsed > 0) await expect(page.locator('.ant-pagination-total-text')).toHaveText(`共 ${neverUsed} 条`);
  else await expect(page.locator('.ant-table-placeholder')).toBeVisible();

  await page.goto('/');
  const locked = await tileCount(page, 'todo-lockedAccounts');
  await page.getByTestId('todo-lockedAccounts').click();
  await expect(page).toHaveURL(/\/admin\/accounts\?locked=true$/);
  await expect(page.getByTestId('account-health-filter')).toContainText('当前锁定');
  if (locked > 0) await expect(page.locator('.ant-pagination-total-text')).toHaveText(`共 ${locked} 条`);
  else await expect(page.locator('.ant-table-placeholder')).toBeVisible();
  await shot(page, 'accounts-locked');

  await page.goto('/');
  const lonely = await tileCount(page, 'todo-unitsWithoutAccounts');
  await page.getByTestId('todo-unitsWithoutAccounts').click();
  await expect(page).toHaveURL(/\/admin\/units\?withoutAccounts=true$/);
  await expect(page.getByTestId('unit-without-accounts')).toContainText(`${lonely} 个`);
});

test.describe('手机宽度', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('目标绩效办、职能部门、管理员与审计员的首页在 390 px 下可读', async ({ page }) => {
    test.setTimeout(120_000);
    for (const [i, home] of HOMES.filter((h) => ['perf', 'safety', 'admin', 'auditor'].includes(h.username)).entries()) {
      // A phone keeps the side menu in a drawer: wait for the header instead.
      if (i > 0) {
        await page.context().clearCookies();
        await page.evaluate(() => localStorage.removeItem('jx.session'));
      }
      await page.goto('/login');
      await page.getByTestId('login-username').fill(home.username);
      await page.getByTestId('login-password').fill(DEMO_PASSWORD);
      await page.getByTestId('login-submit').click();
      await expect(page.getByTestId(home.ready)).toBeVisible();
      for (const tile of home.tiles) await expect(page.getByTestId(tile), `${home.username} ${tile}`).toBeVisible();
      await page.waitForLoadState('networkidle');
      await shot(page, `home-${home.username}-390`);
    }
  });
});
