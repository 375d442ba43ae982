import type { Page } from '@playwright/test';
import { loginAs, switchUser } from './fixtures';
import { expect, test } from './support/test';
import { approvedTarget, beijingDate, createUnitWorld, issuedOrder, publishedTarget, returnedTarget } from './support/world';

async function todoCount(page: Page, key: string): Promise<number> {
  const tile = page.getByTestId(`todo-${key}`);
  await expect(tile).not.toHaveAttribute('data-count', '');
  return Number(await tile.getAttribute('data-count'));
}

test('首页“我的待办”：单位看到被退回、督办与预警的数量，点开即是筛选好的列表', async ({ page, now }) => {
  // A unit of its own: one target returned by the office; one published with its whole plan due in January (so red
  // from February on: 100 % planned, nothing reported) and a 督办 on it due in a week.
  const world = await createUnitWorld();
  await returnedTarget(world, { title: `E2E 被退回的目标 ${world.tag}` });
  const behind = await publishedTarget(world, { title: `E2E 一月完成的目标 ${world.tag}`, milestones: [{ period: 'M01', plannedPercent: 100 }] });
  await issuedOrder(behind, `E2E 督办：请说明进度。${world.tag}`, 7);
  const januaryOver = now.getTime() >= Date.parse(`${beijingDate(now).slice(0, 4)}-02-01T00:00:00+08:00`);

  await loginAs(page, world.admin.username, world.admin.password);
  await expect(page.getByTestId('home-todos')).toBeVisible();
  // A unit has nothing to review or publish.
  await expect(page.getByTestId('todo-toReview')).toHaveCount(0);
  await expect(page.getByTestId('todo-toPublish')).toHaveCount(0);
  await page.screenshot({ path: '/tmp/shots/home-unit.png' });

  // 被退回待修改 → 目标管理 filtered to 已退回: that one row.
  expect(await todoCount(page, 'returned')).toBe(1);
  await page.getByTestId('todo-returned').click();
  await expect(page).toHaveURL(/\/targets\?status=RETURNED$/);
  await expect(page.getByTestId('target-filter-status')).toContainText('已退回');
  const rows = page.getByTestId('target-table').locator('tr.ant-table-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.locator('[data-status]').first()).toHaveText('已退回');

  // 红色预警 → 预警中心 filtered to red: the page's own rows agree with the tile.
  await page.getByTestId('side-menu').getByText('首页').click();
  expect(await todoCount(page, 'warningsRed')).toBe(januaryOver ? 1 : 0);
  await page.getByTestId('todo-warningsRed').click();
  await expect(page).toHaveURL(/\/warnings\?level=RED$/);
  const levels = page.getByTestId('warning-level');
  await expect(levels).toHaveCount(januaryOver ? 1 : 0);
  for (const level of await levels.all()) await expect(level).toHaveAttribute('data-level', 'RED');

  // 待回复督办 → 督办事项 on 待回复, and 逾期督办 → only the overdue ones (none: the order is due in a week).
  await page.getByTestId('side-menu').getByText('首页').click();
  expect(await todoCount(page, 'ordersToRespond')).toBe(1);
  expect(await todoCount(page, 'ordersOverdue')).toBe(0);
  await page.getByTestId('todo-ordersToRespond').click();
  await expect(page).toHaveURL(/\/supervision\?status=OPEN$/);
  await expect(page.getByTestId('order-filter-status')).toContainText('待回复');
  await expect(page.getByTestId('order-table').locator('tr.ant-table-row')).toHaveCount(1);
  await page.getByTestId('side-menu').getByText('首页').click();
  await page.getByTestId('todo-ordersOverdue').click();
  await expect(page).toHaveURL(/\/supervision\?overdue=true$/);
  await expect(page.getByTestId('order-count-overdue')).toHaveAttribute('data-count', '0');
  await expect(page.getByTestId('order-table').locator('tr.ant-table-row')).toHaveCount(0);

  // The count cards are toggle buttons for the keyboard too: Enter on 逾期 turns the overdue filter off again.
  const overdueCard = page.getByTestId('order-count-overdue');
  await expect(overdueCard).toHaveAttribute('aria-pressed', 'true');
  await overdueCard.focus();
  await page.keyboard.press('Enter');
  await expect(overdueCard).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('order-count-ALL')).toHaveAttribute('data-count', '1');
  await expect(page.getByTestId('order-table').locator('tr.ant-table-row')).toHaveCount(1);

  // The unit's staff follow the orders but do not answer them: no 待回复 tile counts work they cannot do.
  await switchUser(page, world.staff.username, world.staff.password);
  await expect(page.getByTestId('home-todos')).toBeVisible();
  await expect(page.getByTestId('todo-ordersOverdue')).toBeVisible();
  await expect(page.getByTestId('todo-ordersToRespond')).toHaveCount(0);
});

test('首页“我的待办”：绩效办的待发布直达审核页的待发布标签', async ({ page }) => {
  const world = await createUnitWorld();
  const title = `E2E 待发布的目标 ${world.tag}`;
  await approvedTarget(world, { title });

  await loginAs(page, 'perf');
  // Other units' targets may be waiting too (and other tests may be adding some): at least this one.
  expect(await todoCount(page, 'toPublish')).toBeGreaterThanOrEqual(1);
  await page.screenshot({ path: '/tmp/shots/home-perf.png' });
  await page.getByTestId('todo-toPublish').click();
  await expect(page).toHaveURL(/\/targets\/review\?tab=APPROVED$/);
  await expect(page.getByTestId('review-tabs').locator('.ant-tabs-tab-active')).toHaveText('待发布');
  await page.getByTestId('review-search').locator('input').fill(title);
  await page.getByTestId('review-search').locator('input').press('Enter');
  const row = page.getByTestId('review-table').locator('tr.ant-table-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(world.unit.name);
});
