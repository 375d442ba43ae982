import { createComment } from '@jx/contract';
import { loginAs } from './fixtures';
import { apiAs } from './support/api';
import { expect, test } from './support/test';
import { createUnitWorld, issuedOrder, publishedTarget } from './support/world';

test('领导首页：年度指标、月度走势、最新点评与督办，每个数字和条目都通向背后的列表', async ({ page }) => {
  const world = await createUnitWorld();
  const target = await publishedTarget(world, { title: `E2E 领导首页的目标 ${world.tag}` });
  const leader = await apiAs('leader');
  await leader.call(createComment, { params: { id: target.id }, body: { body: `E2E 点评：请加快进度。${world.tag}` } });
  await issuedOrder(target, `E2E 督办：请说明进度。${world.tag}`);

  await loginAs(page, 'leader');
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await expect(page.getByTestId('leader-home')).toBeVisible();

  // Figures of the year: each tile has a number once loaded.
  const targets = page.getByTestId('kpi-targets');
  await expect(targets.locator('.todo-count')).toHaveText(/^\d+$/);
  await expect(page.getByTestId('kpi-progress').locator('.todo-count')).toHaveText(/^[\d.]+%$/);

  // The trend as a chart, and as a table of the twelve months.
  await expect(page.getByTestId('trend-chart').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('home-orders')).toContainText(`E2E 督办：请说明进度。${world.tag}`);
  await page.screenshot({ path: '/tmp/shots/home-leader.png', fullPage: true });
  await page.getByTestId('home-trend').getByTestId('chart-view').getByText('表格').click();
  await expect(page.getByTestId('home-trend').getByTestId('chart-table').locator('tr.ant-table-row')).toHaveCount(12);

  await page.screenshot({ path: '/tmp/shots/home-leader-table.png', fullPage: true });
  // Our comment and order are the latest (others' may arrive meanwhile, so look for ours among the five).
  await expect(page.getByTestId('home-comments')).toContainText(`E2E 点评：请加快进度。${world.tag}`);
  await expect(page.getByTestId('home-orders')).toContainText(`E2E 督办：请说明进度。${world.tag}`);
  expect(errors).toEqual([]);

  // An order opens its target at the 督办 section.
  await page.getByTestId('home-orders').getByRole('link', { name: target.title }).click();
  await expect(page).toHaveURL(new RegExp(`/targets/${target.id}#supervision$`));
  await expect(page.getByText(target.title).first()).toBeVisible();

  // 红色预警 opens the warning centre filtered to red.
  await page.getByTestId('side-menu').getByText('首页').click();
  await page.getByTestId('kpi-red').click();
  await expect(page).toHaveURL(/\/warnings\?yearId=[^&]+&level=RED$/);
  for (const level of await page.getByTestId('warning-level').all()) await expect(level).toHaveAttribute('data-level', 'RED');
});
