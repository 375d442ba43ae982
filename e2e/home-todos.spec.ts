import { expect, test, type Page } from '@playwright/test';
import { loginAs } from './fixtures';

async function todoCount(page: Page, key: string): Promise<number> {
  const tile = page.getByTestId(`todo-${key}`);
  await expect(tile).not.toHaveAttribute('data-count', '');
  return Number(await tile.getAttribute('data-count'));
}

test('首页“我的待办”：单位看到被退回、督办与预警的数量，点开即是筛选好的列表', async ({ page }) => {
  await loginAs(page, 'unit.chengdu');
  await expect(page.getByTestId('home-todos')).toBeVisible();
  // A unit has nothing to review or publish.
  await expect(page.getByTestId('todo-toReview')).toHaveCount(0);
  await expect(page.getByTestId('todo-toPublish')).toHaveCount(0);
  await page.screenshot({ path: '/tmp/shots/home-unit.png' });

  // 被退回待修改 → 目标管理 filtered to 已退回: exactly that many rows, all returned.
  const returned = await todoCount(page, 'returned');
  expect(returned).toBeGreaterThan(0);
  await page.getByTestId('todo-returned').click();
  await expect(page).toHaveURL(/\/targets\?status=RETURNED$/);
  await expect(page.getByTestId('target-filter-status')).toContainText('已退回');
  const rows = page.getByTestId('target-table').locator('tr.ant-table-row');
  await expect(rows).toHaveCount(Math.min(returned, 20));
  await expect(rows.locator('[data-status]').first()).toHaveText('已退回');

  // 红色预警 → 预警中心 filtered to red: the page's own red count agrees with the tile.
  await page.getByTestId('side-menu').getByText('首页').click();
  const red = await todoCount(page, 'warningsRed');
  await page.getByTestId('todo-warningsRed').click();
  await expect(page).toHaveURL(/\/warnings\?level=RED$/);
  const levels = page.getByTestId('warning-level');
  await expect(levels).toHaveCount(Math.min(red, 20));
  for (const level of await levels.all()) await expect(level).toHaveAttribute('data-level', 'RED');

  // 待回复督办 → 督办事项 on 待回复, and 逾期督办 → only the overdue ones, whatever their status.
  await page.getByTestId('side-menu').getByText('首页').click();
  const toRespond = await todoCount(page, 'ordersToRespond');
  const overdue = await todoCount(page, 'ordersOverdue');
  await page.getByTestId('todo-ordersToRespond').click();
  await expect(page).toHaveURL(/\/supervision\?status=OPEN$/);
  await expect(page.getByTestId('order-filter-status')).toContainText('待回复');
  await expect(page.getByTestId('order-table').locator('tr.ant-table-row')).toHaveCount(Math.min(toRespond, 20));
  await page.getByTestId('side-menu').getByText('首页').click();
  await page.getByTestId('todo-ordersOverdue').click();
  await expect(page).toHaveURL(/\/supervision\?overdue=true$/);
  await expect(page.getByTestId('order-count-overdue')).toHaveAttribute('data-count', String(overdue));
  await expect(page.getByTestId('order-table').locator('tr.ant-table-row')).toHaveCount(Math.min(overdue, 20));

  // The count cards are toggle buttons for the keyboard too: Enter on 逾期 turns the overdue filter off again.
  const overdueCard = page.getByTestId('order-count-overdue');
  await expect(overdueCard).toHaveAttribute('aria-pressed', 'true');
  await overdueCard.focus();
  await page.keyboard.press('Enter');
  await expect(overdueCard).toHaveAttribute('aria-pressed', 'false');
  const all = Number(await page.getByTestId('order-count-ALL').getAttribute('data-count'));
  await expect(page.getByTestId('order-table').locator('tr.ant-table-row')).toHaveCount(Math.min(all, 20));
});

test('首页“我的待办”：绩效办的待发布直达审核页的待发布标签', async ({ page }) => {
  await loginAs(page, 'perf');
  const toPublish = await todoCount(page, 'toPublish');
  await page.screenshot({ path: '/tmp/shots/home-perf.png' });
  await page.getByTestId('todo-toPublish').click();
  await expect(page).toHaveURL(/\/targets\/review\?tab=APPROVED$/);
  await expect(page.getByTestId('review-tabs').locator('.ant-tabs-tab-active')).toHaveText('待发布');
  await expect(page.getByTestId('review-table').locator('tr.ant-table-row')).toHaveCount(Math.min(toPublish, 20));
});
