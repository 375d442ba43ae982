import { readFileSync } from 'node:fs';
import { approveTarget, createSpecialTask, listIndicators, listTargetTypes, publishTarget, submitTarget, type IndicatorNode } from '@jx/contract';
import { loginAs, shot } from './fixtures';
import { expect, test } from './support/test';
import { apiAs } from './support/api';
import { createUnitWorld, demoYear, reportedPeriod, type UnitWorld } from './support/world';

function firstLeaf(nodes: IndicatorNode[]): IndicatorNode | undefined {
  for (const n of nodes) {
    if (n.children.length === 0) return n;
    const leaf = firstLeaf(n.children);
    if (leaf) return leaf;
  }
  return undefined;
}

/** A special task of the office decomposed to the world's unit, its target published and reported at 30 %. */
async function publishedSpecialTask(world: UnitWorld, title: string, targetTitle: string) {
  const perf = await apiAs('perf');
  const type = (await perf.call(listTargetTypes)).find((t) => t.code === 'SPECIAL')!;
  const tree = await perf.call(listIndicators, { query: { yearId: world.yearId } });
  const leaf = firstLeaf(tree.roots.filter((r) => r.targetTypeId === type.id)) ?? firstLeaf(tree.roots.filter((r) => !r.targetTypeId));
  const year = (await demoYear(perf)).year;
  const { targets } = await perf.call(createSpecialTask, {
    body: {
      yearId: world.yearId,
      title,
      description: '分解到各单位，按月调度。',
      template: {
        indicatorId: leaf!.id,
        title: targetTitle,
        content: '专项整治工作内容。',
        measures: '成立专班，按月调度。',
        deadline: `${year}-12-31`,
        expectedResult: '年底前完成整治。',
        maxScore: '5',
        milestones: Array.from({ length: 12 }, (_, i) => ({ period: `M${String(i + 1).padStart(2, '0')}`, plannedPercent: Math.round(((i + 1) * 100) / 12) })),
      },
      units: [{ unitId: world.unit.id, responsibles: [{ personId: world.staff.personId, share: '100' }] }],
    },
  });
  const unit = await apiAs(world.admin.username, world.admin.password);
  const submitted = await unit.call(submitTarget, { params: { id: targets[0]!.id }, body: { version: targets[0]!.version } });
  const approved = await perf.call(approveTarget, { params: { id: submitted.id }, body: { version: submitted.version } });
  const published = await perf.call(publishTarget, { params: { id: approved.id }, body: { version: approved.version } });
  await reportedPeriod(world, published, { actualPercent: 30 });
  return published;
}

test('决策分析：图表切换为表格、导出 Excel 与图片；专项工作督查列出分解到单位的进度并打开目标', async ({ page }) => {
  // Two downloads, a category filter and a phone pass on a fresh database: more than the default minute.
  test.setTimeout(150_000);
  const world = await createUnitWorld();
  const taskTitle = `E2E 专项工作 ${world.tag}`;
  const targetTitle = `E2E 专项目标 ${world.tag}`;
  const target = await publishedSpecialTask(world, taskTitle, targetTitle);

  await page.setViewportSize({ width: 1440, height: 900 });
  await loginAs(page, 'leader');
  await page.goto('/analysis');
  const trend = page.getByTestId('home-trend');
  // The first analysis of a fresh demo database computes every target's state.
  await expect(trend.getByTestId('trend-chart').locator('canvas')).toBeVisible({ timeout: 45_000 });
  await expect(trend.getByTestId('trend-chart')).toHaveAttribute('aria-label', '计划与实际完成进度（月度）');

  // The chart as an image: a PNG named after the chart and today.
  const [png] = await Promise.all([page.waitForEvent('download'), trend.getByTestId('export-png').click()]);
  expect(png.suggestedFilename()).toMatch(/^计划与实际完成进度（月度）-.+-\d{8}\.png$/);
  expect(
    readFileSync(await png.path())
      .subarray(1, 4)
      .toString(),
  ).toBe('PNG');

  // As a table of the twelve months, and the same rows as a workbook.
  await trend.getByTestId('chart-view').getByText('表格').click();
  await expect(trend.getByTestId('chart-table').locator('tr.ant-table-row')).toHaveCount(12);
  await expect(trend.getByTestId('export-png')).toBeDisabled();
  const [xlsx] = await Promise.all([page.waitForEvent('download'), trend.getByTestId('export-excel').click()]);
  expect(xlsx.suggestedFilename()).toMatch(/^计划与实际完成进度（月度）-.+-\d{8}\.xlsx$/);
  expect(
    readFileSync(await xlsx.path())
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');

  // The completion chart by category, then the 考核类别 filter narrows the page.
  const completion = page.getByTestId('analysis-completion');
  await completion.getByTestId('completion-group').getByText('考核类别').click();
  await completion.getByTestId('chart-view').getByText('表格').click();
  await expect(completion.getByTestId('chart-table')).toContainText('市州交通运输局');
  await page.getByTestId('analysis-category').click();
  await page.locator('.ant-select-dropdown:visible').getByText('市州交通运输局', { exact: true }).click();
  await expect(completion.getByTestId('chart-table').locator('tr.ant-table-row')).toHaveCount(1);
  await expect(page.getByTestId('heatmap').locator('tr.ant-table-row').filter({ hasText: world.unit.name })).toHaveCount(1);
  await shot(page, 'analysis-charts');

  // The board: the task with its progress, the unit's target, its level and the last report.
  const board = page.getByTestId('special-board');
  const task = board.locator('.ant-collapse-item').filter({ hasText: taskTitle });
  await expect(task).toHaveCount(1);
  if (!(await task.getByTestId('special-units').isVisible())) await task.getByTestId('special-task').click();
  const unitRow = task.getByTestId('special-units').locator('tr.ant-table-row').filter({ hasText: world.unit.name });
  await expect(unitRow).toContainText(targetTitle);
  await expect(unitRow).toContainText('30%');
  const [boardXlsx] = await Promise.all([page.waitForEvent('download'), task.getByTestId('special-task-excel').click()]);
  expect(boardXlsx.suggestedFilename()).toContain(taskTitle.replaceAll(' ', '_'));
  await task.scrollIntoViewIfNeeded();
  await board.screenshot({ path: '/tmp/shots/special-board.png' });
  await unitRow.getByTestId('special-target').click();
  await expect(page).toHaveURL(new RegExp(`/targets/${target.id}$`));
  await expect(page.getByTestId('target-detail-title')).toHaveText(targetTitle);

  // On a phone: filters wrap, the cards stack and the board's table scrolls.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/analysis');
  await expect(page.getByTestId('special-board')).toContainText(taskTitle);
  await shot(page, 'analysis-charts-phone');
  await page.screenshot({ path: '/tmp/shots/analysis-charts-phone-top.png' });
  await page.getByTestId('special-board').screenshot({ path: '/tmp/shots/special-board-phone.png' });
});
