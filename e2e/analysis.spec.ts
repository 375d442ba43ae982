import { loginAs, pick, shot } from './fixtures';
import { expect, test } from './support/test';
import { buildDocx, para } from '../apps/api/test/documents/fixtures/docx-fixtures';
import { createUnitWorld, publishedTarget, targetDocument } from './support/world';

test('决策分析：走势与上年对比、按类型完成进度；热力图点开单位的目标，单位画像再到目标与其文档', async ({ page }) => {
  // A unit of its own with one target published today: its plan has run since January with nothing reported.
  const world = await createUnitWorld();
  const title = `E2E 决策分析的目标 ${world.tag}`;
  const target = await publishedTarget(world, { title });
  await targetDocument(world, target, `实施方案-${world.tag}.docx`, buildDocx({ body: para(`E2E 实施方案 ${world.tag}`, 'Heading1') }));

  await page.setViewportSize({ width: 1440, height: 900 });
  await loginAs(page, 'leader');
  await page.getByTestId('side-menu').getByText('决策分析').click();
  await expect(page).toHaveURL(/\/analysis$/);
  await expect(page.getByTestId('trend-chart').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('completion-chart').locator('canvas')).toBeVisible();

  // The heat map has a row for the unit, coloured for the months begun and blank for the months to come.
  const heat = page.getByTestId('heatmap');
  const row = heat.locator('tr.ant-table-row').filter({ hasText: world.unit.name });
  await expect(row).toHaveCount(1);
  const cells = row.getByTestId('heat-cell');
  expect(await cells.count()).toBeGreaterThan(0);
  expect(await cells.count()).toBeLessThanOrEqual(12);
  await shot(page, 'analysis');

  // The last month begun: behind plan, nothing reported.
  const last = cells.last();
  await expect(last).not.toHaveAttribute('data-level', 'GREEN');
  await last.click();
  await expect(page).toHaveURL(new RegExp(`/warnings\\?yearId=[^&]+&unitId=${world.unit.id}$`));
  const warningRows = page.getByTestId('warning-table').locator('tr.ant-table-row');
  await expect(warningRows).toHaveCount(1);
  await warningRows.getByText(title).click();
  await expect(page.getByTestId('target-detail-title')).toHaveText(title);

  // From the heat map's unit to its profile, to the target, to its document.
  await page.goBack();
  await page.goBack();
  await heat.locator('tr.ant-table-row').filter({ hasText: world.unit.name }).getByTestId('heat-unit').click();
  await expect(page).toHaveURL(new RegExp(`/analysis/units/${world.unit.id}$`));
  await expect(page.locator('.page-header')).toContainText(`单位画像：${world.unit.name}`);
  await expect(page.getByTestId('statistics-kpi-targets')).toContainText('1');
  await expect(page.getByTestId('trend-chart').locator('canvas')).toBeVisible();
  await shot(page, 'unit-profile');
  await page.getByTestId('profile-warnings').getByRole('link', { name: title }).click();
  await expect(page.getByTestId('target-detail-title')).toHaveText(title);
  await page.getByTestId('target-documents').getByTestId('document-link').first().click();
  await expect(page.getByText(`E2E 实施方案 ${world.tag}`).first()).toBeVisible();

  // On a phone the page stacks its cards and the heat map scrolls sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/analysis');
  await expect(page.getByTestId('heatmap')).toBeVisible();
  await shot(page, 'analysis-phone');
});

test('决策分析按统计期间：第一季度只看一至三月，完成进度读三月末的计划与实际', async ({ page }) => {
  const world = await createUnitWorld();
  await publishedTarget(world, { title: `E2E 按期间的目标 ${world.tag}` });

  await page.setViewportSize({ width: 1440, height: 900 });
  await loginAs(page, 'leader');
  await page.getByTestId('side-menu').getByText('决策分析').click();
  await expect(page.getByTestId('trend-chart').locator('canvas')).toBeVisible();
  const heat = page.getByTestId('heatmap');
  await expect(heat.locator('tr.ant-table-row').filter({ hasText: world.unit.name })).toHaveCount(1);
  const monthHeads = heat.locator('thead th').filter({ hasText: /^\d+月$/ });
  await expect(monthHeads).toHaveCount(12);

  await pick(
    page,
    () => page.getByTestId('analysis-period').click(),
    '第一季度',
    () => expect(monthHeads).toHaveCount(3, { timeout: 2_000 }),
  );
  await expect(monthHeads.first()).toHaveText('1月');
  // Coloured cells for the months begun of the three (all three from April on).
  const cells = heat.locator('tr.ant-table-row').filter({ hasText: world.unit.name }).getByTestId('heat-cell');
  await expect(cells.first()).toBeVisible();
  expect(await cells.count()).toBeLessThanOrEqual(3);
  await expect(page.getByTestId('analysis-completion')).toContainText(/截至[123]月末/);

  const trend = page.getByTestId('home-trend');
  await trend.getByTestId('chart-view').getByText('表格').click();
  // The trend's table lists the three months (their actuals blank until begun).
  await expect(trend.getByTestId('chart-table').locator('tr.ant-table-row')).toHaveCount(3);
  const completion = page.getByTestId('analysis-completion');
  await completion.getByTestId('chart-view').getByText('表格').click();
  await expect(completion.getByTestId('chart-table').locator('tr.ant-table-row').first()).toBeVisible();
  await shot(page, 'analysis-period');
});
