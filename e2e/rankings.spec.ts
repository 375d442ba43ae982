import { loginAs, shot, switchUser } from './fixtures';
import { expect, test } from './support/test';

// The demo province publishes the year's 半年 bulletin (another spec may publish a 年终 one): the rankings read the
// latest published period, whatever its scores.
test('决策分析：考核排名与等次分布，点开单位看其各期成绩对比与一级指标雷达图；领导首页与单位首页的排名卡片', async ({ page }) => {
  // Two roles, two pages and two widths in one walk.
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await loginAs(page, 'leader');

  // The leader's home: each category's latest ranking, first three.
  const latest = page.getByTestId('home-latest-rankings');
  await expect(latest.getByRole('link', { name: /./ }).nth(1)).toBeVisible({ timeout: 30_000 });
  await latest.scrollIntoViewIfNeeded();
  await shot(page, 'rankings-leader-home');

  await latest.getByRole('link', { name: '查看排名' }).click();
  await expect(page).toHaveURL(/\/analysis#rankings$/);
  const ranking = page.getByTestId('analysis-ranking');
  const rows = ranking.getByTestId('ranking-table').locator('tr.ant-table-row');
  await expect(rows.first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('ranking-period')).toContainText(/半年|年终|季度/);
  await expect(page.getByTestId('grades-chart').locator('canvas')).toBeVisible();
  // The first row is ranked 1; the grade counts add up to the rows.
  await expect(rows.first().locator('td').first()).toHaveText('1');
  const grades = page.getByTestId('analysis-grades');
  await grades.getByTestId('chart-view').getByText('表格').click();
  const counts = await grades.getByTestId('chart-table').locator('tr.ant-table-row td:nth-child(2)').allInnerTexts();
  expect(counts.reduce((s, c) => s + Number(c), 0)).toBe(await rows.count());
  await grades.getByTestId('chart-view').getByText('图表').click();
  await ranking.scrollIntoViewIfNeeded();
  await shot(page, 'rankings-analysis');

  // A unit's name opens its profile: its results per period and the radar against its category.
  await ranking.getByTestId('ranking-table').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/analysis\/units\/[0-9a-f-]+$/);
  const profile = page.url();
  const results = page.getByTestId('profile-results');
  await expect(results.getByTestId('results-chart').locator('canvas')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('profile-radar').getByTestId('radar-chart').locator('canvas')).toBeVisible();
  await results.getByTestId('chart-view').getByText('表格').click();
  // The unit ranked first in the period shown has that result among its periods.
  await expect(
    results
      .getByTestId('chart-table')
      .locator('tr.ant-table-row')
      .filter({ hasText: /\b1 \/ \d+/ })
      .first(),
  ).toBeVisible();
  await results.scrollIntoViewIfNeeded();
  await shot(page, 'rankings-unit-profile');

  // On a phone the cards stack.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/analysis#rankings');
  await expect(page.getByTestId('ranking-table')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('analysis-grades').scrollIntoViewIfNeeded();
  await shot(page, 'rankings-analysis-phone');
  await page.goto(profile);
  await expect(page.getByTestId('profile-radar').getByTestId('radar-chart').locator('canvas')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('profile-results').scrollIntoViewIfNeeded();
  await shot(page, 'rankings-unit-profile-phone');
  // The radar's table lists the axes it draws: the year's first-level indicators, which the 厅机关处室 model scores
  // two levels down (工作考核 → 日常评估 and 本期评估), not the model's parts.
  const radar = page.getByTestId('profile-radar');
  await radar.scrollIntoViewIfNeeded();
  await shot(page, 'rankings-unit-radar-phone');
  await radar.getByTestId('chart-view').getByText('表格').click();
  await expect(radar.getByTestId('chart-table').locator('tr.ant-table-row td:first-child')).toHaveText(['职能职责', '行政效能', '服务质量', '自身建设']);

  // A unit's admin sees its own latest result on its home (signed in at desk width: the phone hides the side menu).
  await page.setViewportSize({ width: 1440, height: 900 });
  await switchUser(page, 'unit.chengdu');
  const mine = page.getByTestId('home-my-result');
  await expect(mine).toContainText(/半年|年终|季度/, { timeout: 30_000 });
  await mine.scrollIntoViewIfNeeded();
  await shot(page, 'rankings-unit-home');
  await page.setViewportSize({ width: 390, height: 844 });
  await mine.scrollIntoViewIfNeeded();
  await shot(page, 'rankings-unit-home-phone');
});
