import type { Locator, Page } from '@playwright/test';
import { loginAs, pick, shot, switchUser } from './fixtures';
import { fileAdjustment, listAdjustmentCategories, listAssessedUnits, listAssessmentPeriods, listYears, myRatings } from '@jx/contract';
import { apiAs, uniqueTag } from './support/api';
import { expect, test } from './support/test';

interface RowKey {
  unit: string;
  target: string;
}

/** The 评分表 row of one unit's target (units share target titles, so both are needed). */
function scoringRow(page: Page, key: RowKey): Locator {
  return page
    .getByTestId('scoring-table')
    .locator('tr.ant-table-row')
    .filter({ has: page.locator('td').first().getByText(key.unit, { exact: true }) })
    .filter({ has: page.getByTestId('scoring-target').getByText(key.target, { exact: true }) });
}

async function keyOf(row: Locator): Promise<RowKey> {
  return { unit: (await row.locator('td').first().innerText()).trim(), target: (await row.getByTestId('scoring-target').innerText()).trim() };
}

function scoreInput(row: Locator): Locator {
  return row.locator('input[data-testid="scoring-score"], [data-testid="scoring-score"] input');
}

async function choosePeriod(page: Page, name: string) {
  const select = page.getByTestId('scoring-period-select');
  await pick(
    page,
    () => select.click(),
    name,
    () => expect(select).toContainText(name, { timeout: 1_000 }),
  );
}

/**
 * The assessment half end to end, each step by the role that does it in the browser: the office opens 年终 for
 * 安全生产 → 安全监督处 scores two targets in the 评分表 and submits them → the office archives one and returns it
 * (退档) with a reason → the department corrects and resubmits it → the main leader rates the units of a category
 * (年终 is open now) and submits → the office approves a department's deduction and previews a model change.
 */
test('年终考核：绩效办开启 → 安全监督处评分并提交 → 绩效办退档 → 处室修改后重新提交 → 厅长评价 → 绩效办审核减分并预览模型调整', async ({ page }) => {
  test.setTimeout(180_000);
  const tag = uniqueTag();

  // 1. The office opens the 年终 process of 安全生产.
  await loginAs(page, 'perf');
  const menu = page.getByTestId('side-menu');
  await menu.getByText('考核流程', { exact: true }).click();
  const annual = page.getByTestId('period-card').filter({ has: page.getByTestId('period-code').getByText('ANNUAL') });
  await expect(annual).toHaveCount(1);
  const row = annual.getByTestId('process-table').locator('tr.ant-table-row').filter({ hasText: '安全生产' });
  await expect(row.getByTestId('process-status')).toHaveText('未开始');
  await row.getByTestId('process-open').click();
  await page.getByTestId('process-open-confirm').click();
  await expect(row.getByTestId('process-status')).toHaveText('进行中');
  await annual.scrollIntoViewIfNeeded();
  await shot(page, 'chain-annual-opened');

  // 2. 安全监督处 scores the first two targets of 年终 and submits both.
  await switchUser(page, 'safety');
  await menu.getByText('评分表', { exact: true }).click();
  await choosePeriod(page, '年终考核');
  const rows = page.getByTestId('scoring-table').locator('tr.ant-table-row');
  await expect(rows.nth(1)).toBeVisible();
  const first = scoringRow(page, await keyOf(rows.nth(0)));
  const second = scoringRow(page, await keyOf(rows.nth(1)));
  await expect(first).toHaveCount(1);
  await scoreInput(first).fill('1.5');
  await first.getByTestId('scoring-opinion').fill(`年终完成情况良好 ${tag}`);
  await scoreInput(second).fill('1');
  await page.getByTestId('scoring-save-all').click();
  await expect(page.getByTestId('scoring-run-summary')).toHaveText('保存完成：成功 2 行，失败 0 行');
  await page.getByTestId('scoring-submit-all').click();
  await page.getByTestId('submit-all-confirm').click();
  await expect(first.getByTestId('scoring-status')).toHaveText('已提交');
  await expect(second.getByTestId('scoring-status')).toHaveText('已提交');
  await shot(page, 'chain-safety-submitted');

  // 3. The office, choosing 安全监督处, archives the first record and returns it with a reason.
  await switchUser(page, 'perf');
  await menu.getByText('评分表', { exact: true }).click();
  await choosePeriod(page, '年终考核');
  const assessor = page.getByTestId('scoring-assessor-select');
  await pick(
    page,
    () => assessor.click(),
    '安全监督处',
    () => expect(assessor).toContainText('安全监督处', { timeout: 1_000 }),
  );
  await expect(first.getByTestId('scoring-status')).toHaveText('已提交');
  await first.getByTestId('scoring-archive').click();
  await expect(first.getByTestId('scoring-status')).toHaveText('已归档');
  await first.getByTestId('scoring-return').click();
  await page.getByTestId('record-reason-ok').click();
  await expect(page.getByTestId('record-reason-form')).toContainText('请');
  await page.getByTestId('record-reason').fill(`得分与佐证材料不符，请核实 ${tag}`);
  await page.getByTestId('record-reason-ok').click();
  await expect(page.getByTestId('record-reason-form')).toBeHidden();
  await expect(first.getByTestId('scoring-status')).toHaveText('已退档');
  await shot(page, 'chain-perf-returned');

  // 4. The department corrects the returned record and submits it again.
  await switchUser(page, 'safety');
  await menu.getByText('评分表', { exact: true }).click();
  await choosePeriod(page, '年终考核');
  await expect(first.getByTestId('scoring-status')).toHaveText('已退档');
  await scoreInput(first).fill('1.25');
  await page.getByTestId('scoring-save-all').click();
  await expect(page.getByTestId('scoring-run-summary')).toHaveText('保存完成：成功 1 行，失败 0 行');
  await expect(first.getByTestId('scoring-status')).toHaveText('草稿');
  await first.getByTestId('scoring-submit').click();
  await expect(first.getByTestId('scoring-status')).toHaveText('已提交');
  await expect(first.getByTestId('scoring-score-text')).toHaveText('1.25');
  await shot(page, 'chain-safety-resubmitted');

  // 5. The main leader rates the units of a category in 年终 (open now) on 好/较好/差 and submits the group.
  const leaderApi = await apiAs('leader');
  const yearId = (await leaderApi.call(listYears, {})).find((y) => y.status === 'ACTIVE')!.id;
  const annualId = (await leaderApi.call(listAssessmentPeriods, { query: { yearId } })).items.find((p) => p.code === 'ANNUAL')!.id;
  const slots = (await leaderApi.call(myRatings, { query: { periodId: annualId } })).items.filter((x) => x.group === 'LEADER_MAIN');
  const slot = slots.sort((a, b) => a.units.length - b.units.length)[0]!;
  await switchUser(page, 'leader');
  await menu.getByText('我的评价', { exact: true }).click();
  const ratingPeriod = page.getByTestId('my-ratings-period');
  await expect(async () => {
    await ratingPeriod.click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '年终考核' }).first().click({ timeout: 2_000 });
    await expect(ratingPeriod).toContainText('年终考核', { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByTestId('my-ratings-period-state')).toHaveText('可评价');
  await page.getByRole('tab', { name: new RegExp(`主要领导评价 · ${slot.categoryName}`) }).click();
  const panel = page.locator('[data-testid="my-ratings-slot"]:visible');
  const unitRows = panel.getByTestId('my-ratings-table').locator('tr.ant-table-row');
  await expect(unitRows).toHaveCount(slot.units.length);
  for (const [i, unit] of slot.units.entries()) {
    const unitRow = unitRows.filter({ has: page.getByTestId('my-rating-unit').getByText(unit.unitName, { exact: true }) });
    await unitRow
      .getByTestId('my-rating-level')
      .getByText(i === 0 ? '较好' : '好', { exact: true })
      .click();
    await expect(unitRow.getByTestId('my-rating-status')).toHaveText('草稿');
  }
  await panel.getByTestId('my-ratings-submit').click();
  await page.getByTestId('my-ratings-submit-confirm').click();
  await expect(panel.getByTestId('my-ratings-progress')).toHaveText(`已提交 ${slot.units.length} / ${slot.units.length}`);
  await shot(page, 'chain-leader-rated');

  // 6. 安全监督处 has filed a deduction (通报批评) against a unit; the office approves it on 加减分.
  const safetyApi = await apiAs('safety');
  const criticism = (await safetyApi.call(listAdjustmentCategories, { query: { yearId } })).items.find(
    (c) => c.kind === 'DEDUCTION' && c.active && c.defaultPoints,
  )!;
  const unit = (await safetyApi.call(listAssessedUnits, { query: { yearId } }))[0]!;
  const deductionReason = `E2E 年终检查发现安全隐患整改不到位 ${tag}`;
  await safetyApi.call(fileAdjustment, { body: { assessedUnitId: unit.id, categoryId: criticism.id, reason: deductionReason } });
  await switchUser(page, 'perf');
  await menu.getByText('加减分', { exact: true }).click();
  const deduction = page.getByTestId('adjustment-table').locator('tr.ant-table-row').filter({ hasText: deductionReason });
  await expect(deduction.getByTestId('adjustment-status')).toHaveText('待审核');
  await deduction.getByTestId('adjustment-approve').click();
  await page.getByTestId('adjustment-approve-confirm').click();
  await expect(deduction.getByTestId('adjustment-status')).toHaveText('已通过');
  await shot(page, 'chain-perf-approved');

  // 7. The office previews a change of the 四川-style model on 年终 (targets 70 → 60, evaluation 30 → 40) without saving.
  await menu.getByText('绩效模型', { exact: true }).click();
  await page.getByTestId('model-list').locator('tr.ant-table-row').filter({ hasText: '四川办法' }).getByTestId('model-name').click();
  for (const [label, points] of [
    ['目标考核', '60'],
    ['综合评价', '40'],
  ] as const) {
    const input = page
      .getByTestId('model-tree')
      .locator('tr.ant-table-row')
      .filter({ has: page.getByTestId('node-label').getByText(label, { exact: true }) })
      .locator('[data-testid="node-points"] input, input[data-testid="node-points"]');
    await input.fill(points);
    await input.press('Tab');
  }
  await expect(page.getByTestId('model-issues')).toBeHidden();
  await page.getByTestId('tab-preview').click();
  const previewPeriod = page.getByTestId('preview-period');
  await pick(
    page,
    () => previewPeriod.click(),
    '年终考核',
    () => expect(previewPeriod).toContainText('年终考核', { timeout: 1_000 }),
  );
  const previewRows = page.getByTestId('preview-table').locator('tr.ant-table-row');
  await expect(previewRows.first()).toBeVisible();
  await expect(page.getByTestId('preview-summary')).toContainText(`${await previewRows.count()} 个单位`);
  await shot(page, 'chain-perf-preview');
});
