import { copyFileSync, mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  createCategory,
  createScoringModel,
  getResultSet,
  getSummaryRun,
  listAssessmentPeriods,
  listTargetTypes,
  publishResultSet,
  startSummaryRun,
} from '@jx/contract';
import { loginAs, shot } from './fixtures';
import { apiAs, uniqueTag } from './support/api';
import { expect, test } from './support/test';
import { createUnitWorld, demoYear } from './support/world';

/** Two allowances (what is left after a deduction category): no records needed, every unit scores 100. */
const MODEL = {
  name: '通报测试模型',
  root: {
    kind: 'weighted',
    label: '综合考核',
    children: [
      { points: 70, node: { kind: 'allowance', label: '作风建设', points: 70, deductionCategory: 'E2E_STYLE' } },
      { points: 30, node: { kind: 'allowance', label: '督查督办', points: 30, deductionCategory: 'E2E_SUPERVISION' } },
    ],
  },
  grades: [{ grade: '优秀', min: 90 }, { grade: '合格', min: 60 }, { grade: '不合格' }],
};

/**
 * A bulletin of the spec's own: a new category of the demo year with two new units, summarised for the closed 第二季度
 * (no other spec summarises it) and published through the API.
 */
async function publishOwnBulletin() {
  const tag = uniqueTag();
  const perf = await apiAs('perf');
  const year = await demoYear(perf);
  const integrity = (await perf.call(listTargetTypes)).find((t) => t.code === 'INTEGRITY')!;
  const category = await perf.call(createCategory, {
    body: { yearId: year.id, code: `E2EB${tag}`, name: `E2E 通报类别${tag}`, sortOrder: 9100, targetTypeIds: [integrity.id] },
  });
  await perf.call(createScoringModel, { body: { yearId: year.id, name: `E2E 通报模型${tag}`, categoryIds: [category.id], definition: MODEL } });
  const a = await createUnitWorld('E2E 通报甲局', { categoryId: category.id });
  const b = await createUnitWorld('E2E 通报乙局', { categoryId: category.id });
  const q2 = (await perf.call(listAssessmentPeriods, { query: { yearId: year.id } })).items.find((p) => p.code === 'Q2')!;
  const run = await perf.call(startSummaryRun, { body: { periodId: q2.id, categoryIds: [category.id] } });
  await expect.poll(async () => (await perf.call(getSummaryRun, { params: { id: run.id } })).status, { timeout: 30_000 }).toBe('SUCCEEDED');
  const set = (await perf.call(getResultSet, { query: { periodId: q2.id } }))!;
  const title = `关于第二季度目标绩效考核结果的通报（E2E ${tag}）`;
  const docNo = `E2E〔2026〕${tag}号`;
  const preface = '各单位：\n现将第二季度考核结果通报如下。';
  const published = await perf.call(publishResultSet, { params: { id: set.id }, body: { version: set.version, title, docNo, preface } });
  return { ...published, title, docNo, category, units: [a.unit, b.unit] };
}

const SHOTS = '/tmp/shots-F';

/** The fixtures' screenshot, also kept with this spec's own (helper F's) screenshots. */
async function keep(page: Page, name: string) {
  // Charts draw with a short animation.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 800)));
  await shot(page, name);
  mkdirSync(SHOTS, { recursive: true });
  copyFileSync(`/tmp/shots/${name}.png`, `${SHOTS}/${name}.png`);
}

test('领导查阅考核通报：列表按考核时机筛选 → 查看通报的排名与等次分布 → 打印预览', async ({ page }) => {
  test.setTimeout(120_000);
  const own = await publishOwnBulletin();

  await loginAs(page, 'leader');
  await page.getByTestId('side-menu').getByText('考核通报', { exact: true }).click();
  const rows = page.getByTestId('bulletin-row');
  await expect(rows.filter({ hasText: '川交绩〔2026〕23号' })).toContainText('半年考核');
  await expect(rows.filter({ hasText: own.docNo })).toContainText('第二季度平时考核');
  await keep(page, 'bulletins-list');

  const period = page.getByTestId('bulletins-period');
  await expect(async () => {
    await period.click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('第二季度平时考核', { exact: true }).click({ timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
  await expect(rows.filter({ hasText: '半年考核' })).toHaveCount(0);
  await rows.filter({ hasText: own.docNo }).getByRole('link', { name: own.title }).click();

  await expect(page.getByTestId('bulletin-title')).toHaveText(own.title);
  await expect(page.getByTestId('bulletin-version-no')).toHaveText('第 1 版');
  const category = page.getByTestId('bulletin-category').filter({ hasText: own.category.name });
  const ranking = category.getByTestId('bulletin-ranking-row');
  await expect(ranking).toHaveCount(2);
  for (const unit of own.units) await expect(ranking.filter({ hasText: unit.name })).toContainText('100.00');
  await expect(ranking.first()).toContainText('优秀');
  await expect(category.getByTestId('grade-chart')).toBeVisible();
  await keep(page, 'bulletin-view');

  await page.getByTestId('bulletin-print').click();
  const frame = page.frameLocator('[data-testid="bulletin-print-frame"]');
  await expect(frame.locator('h1')).toContainText(own.title);
  await expect(frame.locator('body')).toContainText(own.docNo);
  await expect(frame.locator('body')).toContainText(own.units[0]!.name);
  await keep(page, 'bulletin-print');

  // The leader reads every unit's receipt from the ranking.
  await page.goBack();
  await ranking.filter({ hasText: own.units[0]!.name }).getByRole('link').click();
  await expect(page.getByTestId('receipt-final')).toContainText('100.00');
  await expect(page.getByTestId('receipt-sum')).toContainText('100.00');
  await keep(page, 'bulletin-receipt-leader');
});

test('成都查看考核成绩：半年考核的得分、名次与申诉结果 → 计分明细 → 本类别排名', async ({ page }) => {
  // The demo seed publishes 半年考核 twice: 成都's accepted appeal corrected a score in version 2 (川交绩〔2026〕23号).
  await loginAs(page, 'unit.chengdu');
  await page.getByTestId('side-menu').getByText('考核成绩', { exact: true }).click();
  const result = page.getByTestId('my-result-row').filter({ hasText: '半年考核' });
  await expect(result).toHaveCount(1);
  await expect(result).toContainText(/\d+\.\d\d/);
  await expect(page.getByTestId('my-results-trend')).toBeVisible();
  const appeals = page.getByTestId('my-appeal-row');
  await expect(appeals.filter({ hasText: '已采纳' })).toContainText('更正为满分');
  await expect(appeals.filter({ hasText: '未采纳' })).toContainText('维持原结果');
  await keep(page, 'my-results');

  const score = (await result.locator('strong').first().textContent())!;
  await result.getByTestId('my-result-receipt').click();
  await expect(page.getByTestId('receipt-final')).toContainText(score);
  await expect(page.getByTestId('receipt-row-target').first()).toBeVisible();
  await expect(page.getByTestId('receipt-sum')).toContainText(score);
  // The appeal window of 半年考核 closed long before 15 September: no line offers an appeal.
  await expect(page.getByTestId('appeal-line')).toHaveCount(0);
  await keep(page, 'my-receipt');

  await page.getByRole('button', { name: '查看通报' }).click();
  await expect(page.getByTestId('bulletin-version-no')).toHaveText('第 2 版');
  await expect(page.getByTestId('bulletin-changes')).toContainText('成都');
  await expect(page.getByTestId('bulletin-ranking-row').filter({ hasText: '成都' })).toContainText(score);
  await keep(page, 'my-bulletin');
});

test('绩效办：申诉处理列表与法定节假日', async ({ page }) => {
  await loginAs(page, 'perf');
  await page.getByTestId('side-menu').getByText('申诉处理', { exact: true }).click();
  await page.getByTestId('appeals-status').getByText('全部').click();
  const rows = page.getByTestId('appeal-row').filter({ hasText: '成都' });
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: '已采纳' })).toContainText('验收材料齐全');
  await keep(page, 'appeals');
  await page.getByRole('tab', { name: '法定节假日' }).click();
  await expect(page.getByText('2026 年尚未设置法定节假日')).toBeVisible();
  // 元旦 has passed by 15 September: no appeal window of another spec moves.
  await page.getByTestId('holidays-add').click();
  await page.getByTestId('holidays-save').click();
  await expect(page.getByText('第 1 行：请填写名称')).toBeVisible();
  await keep(page, 'holidays-invalid');
  await page.getByTestId('holiday-name').fill('元旦');
  await page.getByTestId('holidays-save').click();
  await expect(page.getByText('已保存 2026 年的法定节假日')).toBeVisible();
  await page.reload();
  await page.getByRole('tab', { name: '法定节假日' }).click();
  await expect(page.getByTestId('holiday-row')).toHaveCount(1);
  await expect(page.getByTestId('holiday-name')).toHaveValue('元旦');
  await keep(page, 'holidays');
});
