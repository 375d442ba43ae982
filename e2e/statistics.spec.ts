import type { Page } from '@playwright/test';
import { loginAs, shot, switchUser } from './fixtures';
import { expect, test } from './support/test';

const CHENGDU = '成都市交通运输局';
/** In the deputy's portfolio, and no spec writes targets for it: the figures stay put while the test compares them. */
const MIANYANG = '绵阳市交通运输局';
/** Outside the deputy's portfolio (公路局, 高管局, 成都, 绵阳, 德阳): the deputy sees only its 安全生产 targets. */
const ZIGONG = '自贡市交通运输局';
const TYPES = ['职能绩效', '廉政建设', '安全生产', '机关建设', '专项工作'];

async function openStatistics(page: Page) {
  await page.getByTestId('side-menu').getByText('统计分析').click();
  await expect(page.getByTestId('statistics-table').locator('tr.ant-table-row').first()).toBeVisible();
  await expect(page.getByTestId('statistics-totals')).toBeVisible();
}

const row = (page: Page, name: string) => page.getByTestId('statistics-table').locator('tr.ant-table-row', { has: page.getByText(name, { exact: true }) });
const targetsOf = async (page: Page, name: string) => Number(await row(page, name).getByTestId('statistics-targets').innerText());

test('领导打开统计分析：全部单位、按目标类型汇总，单位名称链接到该单位的预警', async ({ page }) => {
  await loginAs(page, 'leader');
  await openStatistics(page);
  await expect(page.getByTestId('statistics-kpi-targets')).toContainText('已发布目标');
  await expect(page.getByTestId('statistics-kpi-ontime')).toContainText('按时报送率');
  await expect(page.getByTestId('statistics-chart').locator('canvas')).toBeVisible();
  const rows = page.getByTestId('statistics-table').locator('tr.ant-table-row');
  expect(await rows.count()).toBeGreaterThan(40);
  expect(await targetsOf(page, CHENGDU)).toBeGreaterThan(0);
  expect(await targetsOf(page, ZIGONG)).toBeGreaterThan(0);
  await shot(page, 'statistics-leader-units');

  await page.getByTestId('statistics-group').getByText('按目标类型').click();
  await expect(page.getByTestId('statistics-table').locator('thead')).toContainText('目标类型');
  await expect(rows).toHaveCount(TYPES.length);
  for (const name of TYPES) await expect(row(page, name)).toHaveCount(1);
  await shot(page, 'statistics-leader-types');

  await page.getByTestId('statistics-group').getByText('按单位').click();
  await row(page, CHENGDU).getByTestId('statistics-group-link').click();
  await expect(page).toHaveURL(/\/warnings\?.*unitId=/);
  const warnings = page.getByTestId('warning-table').locator('tr.ant-table-row');
  await expect(warnings.first()).toBeVisible();
  for (const unit of await warnings.locator('td:nth-child(2)').allInnerTexts()) expect(unit).toBe(CHENGDU);
});

test('分管领导只看到分管范围：分管单位的全部目标，其他单位仅安全生产', async ({ page }) => {
  await loginAs(page, 'leader');
  await openStatistics(page);
  const leaderMianyang = await targetsOf(page, MIANYANG);
  const leaderZigong = await targetsOf(page, ZIGONG);

  await switchUser(page, 'deputy');
  await openStatistics(page);
  expect(await targetsOf(page, MIANYANG)).toBe(leaderMianyang);
  const deputyZigong = await targetsOf(page, ZIGONG);
  expect(deputyZigong).toBeLessThan(leaderZigong);
  await shot(page, 'statistics-deputy-units');

  await page.getByTestId('statistics-group').getByText('按目标类型').click();
  await expect(page.getByTestId('statistics-table').locator('thead')).toContainText('目标类型');
  await shot(page, 'statistics-deputy-types');
});

test('责任单位没有统计分析菜单', async ({ page }) => {
  await loginAs(page, 'unit.chengdu');
  await expect(page.getByTestId('side-menu').getByText('统计分析')).toHaveCount(0);
});
