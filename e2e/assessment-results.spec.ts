import type { Page } from '@playwright/test';
import {
  createCategory,
  createScoringModel,
  listAssessmentPeriods,
  listScoringRows,
  listTargetTypes,
  openAssessmentProcess,
  resetAssessmentProcess,
  saveRecord,
  submitRecord,
} from '@jx/contract';
import { loginAs, pick, shot, switchUser } from './fixtures';
import { apiAs, uniqueTag } from './support/api';
import { expect, test } from './support/test';
import { createUnitWorld, demoYear, publishedTarget } from './support/world';

const MODEL = {
  name: '测试模型',
  root: { kind: 'indicators', label: '指标考核' },
  grades: [{ grade: '优秀', min: 90 }, { grade: '合格', min: 60 }, { grade: '不合格' }],
};

/**
 * A category of its own in the demo year (two new units, 廉政建设 targets) so that what the spec asserts is its own:
 * 甲 scores 4 of 5 on one target and its second target is not assessed (80.00, second); 乙 scores 4.5 of 5 (90.00, first).
 * The 年终 process of 廉政建设 is made open for the records and left for the office to close in the browser.
 */
async function prepare() {
  const tag = uniqueTag();
  const perf = await apiAs('perf');
  const year = await demoYear(perf);
  const integrity = (await perf.call(listTargetTypes)).find((t) => t.code === 'INTEGRITY')!;
  const category = await perf.call(createCategory, {
    body: { yearId: year.id, code: `E2E${tag}`, name: `E2E 考核类别${tag}`, sortOrder: 9000, targetTypeIds: [integrity.id] },
  });
  await perf.call(createScoringModel, { body: { yearId: year.id, name: `E2E 模型${tag}`, categoryIds: [category.id], definition: MODEL } });
  const a = await createUnitWorld('E2E 甲局', { categoryId: category.id });
  const b = await createUnitWorld('E2E 乙局', { categoryId: category.id });
  const a1 = await publishedTarget(a, { title: `E2E 廉政目标一 ${tag}`, typeCode: 'INTEGRITY' });
  const a2 = await publishedTarget(a, { title: `E2E 廉政目标二 ${tag}`, typeCode: 'INTEGRITY' });
  const b1 = await publishedTarget(b, { title: `E2E 廉政目标 ${tag}`, typeCode: 'INTEGRITY' });

  const annual = (await perf.call(listAssessmentPeriods, { query: { yearId: year.id } })).items.find((p) => p.code === 'ANNUAL')!;
  const process = annual.processes.find((p) => p.targetTypeId === integrity.id)!;
  if (process.status === 'NOT_STARTED') await perf.call(openAssessmentProcess, { params: { id: process.id }, body: { version: process.version } });
  if (process.status === 'CLOSED')
    await perf.call(resetAssessmentProcess, { params: { id: process.id }, body: { version: process.version, reason: 'E2E 补录' } });
  const rows = (await perf.call(listScoringRows, { query: { periodId: annual.id, targetTypeId: integrity.id, pageSize: 500 } })).items;
  for (const [target, score] of [
    [a1, '4'],
    [b1, '4.5'],
  ] as const) {
    const row = rows.find((r) => r.targetId === target.id)!;
    const saved = await perf.call(saveRecord, { body: { periodId: annual.id, targetId: target.id, assessorUnitId: row.assessorUnitId, score } });
    await perf.call(submitRecord, { params: { id: saved.id }, body: { version: saved.version } });
  }
  return { tag, category, a, b, a1, a2, b1 };
}

async function choosePeriod(page: Page, name: string) {
  const select = page.getByTestId('results-period');
  await pick(
    page,
    () => select.click(),
    name,
    () => expect(select).toContainText(name, { timeout: 1_000 }),
  );
}

async function waitForRun(page: Page) {
  await expect(page.getByTestId('results-progress')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByTestId('results-state')).toBeVisible({ timeout: 30_000 });
}

test('年终：绩效办关闭流程 → 批量汇总 → 豁免缺项 → 发布 → 单位查看计分明细并申诉 → 绩效办采纳更正 → 第 2 版得分与名次变化 → 领导打印通报', async ({ page }) => {
  test.setTimeout(240_000);
  const w = await prepare();

  // 1. The office closes the 年终 process of 廉政建设.
  await loginAs(page, 'perf');
  const menu = page.getByTestId('side-menu');
  await menu.getByText('考核流程', { exact: true }).click();
  const annual = page.getByTestId('period-card').filter({ has: page.getByTestId('period-code').getByText('ANNUAL') });
  const row = annual.getByTestId('process-table').locator('tr.ant-table-row').filter({ hasText: '廉政建设' });
  await row.getByTestId('process-close').click();
  await page.getByTestId('process-close-confirm').click();
  const anyway = page.getByTestId('unsubmitted-close-anyway');
  await expect(row.getByTestId('process-status').or(anyway).first()).toBeVisible();
  if (await anyway.isVisible()) await anyway.click();
  await expect(row.getByTestId('process-status')).toHaveText('已关闭');

  // 2. 批量自动汇总 of the spec's category alone, with its progress.
  await menu.getByText('汇总与发布', { exact: true }).click();
  await choosePeriod(page, '年终考核');
  await page.getByTestId('results-run').click();
  const categories = page.getByTestId('run-categories');
  await expect(categories.getByText(w.category.name)).toBeVisible();
  const checked = categories.locator('.ant-checkbox-wrapper-checked');
  while ((await checked.count()) > 0) await checked.first().click();
  await categories.getByText(w.category.name).click();
  await page.getByTestId('run-confirm').click();
  await waitForRun(page);
  await page.getByRole('tab', { name: new RegExp(w.category.name) }).click();
  const rows = page
    .getByTestId('result-row')
    .filter({ hasText: /E2E (甲|乙)局/ })
    .filter({ visible: true });
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(w.b.unit.name);
  await expect(rows.nth(0)).toContainText('90.00');
  await expect(rows.nth(1)).toContainText(w.a.unit.name);
  await expect(rows.nth(1)).toContainText('80.00');
  await expect(page.getByTestId('results-publish')).toBeDisabled();
  await shot(page, 'results-summarised');

  // 3. 甲's unassessed target is waived with a reason; then the bulletin is published.
  await rows.nth(1).getByTestId('result-missing').click();
  await page.getByTestId('missing-waive').click();
  await page.getByTestId('waive-reason').fill('该目标年中调整，经研究不予考核');
  await page.getByTestId('waive-form-ok').click();
  await expect(page.getByTestId('missing-item')).toContainText('已豁免');
  await page.locator('.ant-drawer-close').click();
  await expect(page.locator('.ant-drawer-content')).toBeHidden();
  await expect(page.getByTestId('results-publish')).toBeEnabled();
  await page.getByTestId('results-publish').click();
  await page.getByTestId('publish-docno').fill(`E2E〔2026〕${w.tag}号`);
  await page.getByTestId('publish-confirm').click();
  await expect(page.getByTestId('published-message')).toContainText('已发布第 1 版', { timeout: 30_000 }); // the publish renders the bulletin's PDF

  // 4. 甲 reads its receipt and appeals its scored target.
  await switchUser(page, w.a.admin.username, w.a.admin.password);
  await menu.getByText('考核成绩', { exact: true }).click();
  const result = page.getByTestId('my-result-row').filter({ hasText: '年终考核' });
  await expect(result).toContainText('80.00');
  await expect(result).toContainText('2 / 2');
  await result.getByTestId('my-result-receipt').click();
  await expect(page.getByTestId('receipt-final')).toContainText('80.00');
  const line = page.locator(`[data-line="target:${w.a1.id}"]`);
  await line.getByTestId('appeal-line').click();
  await page.getByTestId('appeal-reason').fill('该目标已全部完成并通过验收，请复核得分。');
  await page.getByTestId('appeal-submit').click();
  await expect(line).toContainText('申诉处理中');
  await shot(page, 'results-appealed');

  // 5. The office accepts with the corrected score; the category is summarised again and version 2 published.
  await switchUser(page, 'perf');
  await menu.getByText('申诉处理', { exact: true }).click();
  const appeal = page.getByTestId('appeal-row').filter({ hasText: w.a.unit.name });
  await appeal.getByTestId('appeal-accept').click();
  await page.getByTestId('accept-reason').fill('经核实验收材料，更正为满分');
  await page.locator('input[data-testid="accept-score"], [data-testid="accept-score"] input').fill('5');
  await page.getByTestId('accept-confirm').click();
  await expect(page.getByText('已重新排队汇总该类别')).toBeVisible();
  await page.getByRole('button', { name: /知道了|确定|OK/ }).click();
  await menu.getByText('汇总与发布', { exact: true }).click();
  await choosePeriod(page, '年终考核');
  await waitForRun(page);
  await expect(page.getByTestId('results-publish')).toContainText('发布第 2 版通报');
  await page.getByTestId('results-publish').click();
  await page.getByTestId('publish-docno').fill(`E2E〔2026〕${w.tag}-2号`);
  await page.getByTestId('publish-confirm').click();
  await expect(page.getByTestId('published-message')).toContainText('已发布第 2 版', { timeout: 30_000 }); // as the first: the publish renders the PDF
  await page.getByTestId('published-message').getByRole('link').click();
  await expect(page.getByTestId('bulletin-version-no')).toHaveText('第 2 版');
  const ranking = page.getByTestId('bulletin-category').filter({ hasText: w.category.name }).getByTestId('bulletin-ranking-row');
  await expect(ranking.nth(0)).toContainText(w.a.unit.name);
  await expect(ranking.nth(0)).toContainText('100.00');
  await expect(page.getByTestId('bulletin-changes')).toContainText(`${w.a.unit.name}，得分 80.00 → 100.00，排名 2 → 1`);
  const bulletinUrl = page.url();
  await shot(page, 'results-version-2');

  // 6. The main leader reads the bulletin's print view.
  await switchUser(page, 'leader');
  await page.goto(bulletinUrl);
  await page.getByTestId('bulletin-print').click();
  const frame = page.frameLocator('[data-testid="bulletin-print-frame"]');
  await expect(frame.locator('h1')).toContainText('结果的通报');
  await expect(frame.locator('body')).toContainText(w.a.unit.name);
  await shot(page, 'results-print');
});
