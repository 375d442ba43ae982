import { loginAs, pick, shot } from './fixtures';
import { createAssessmentPeriod, listTargetTypes, listYears, openAssessmentProcess } from '@jx/contract';
import { apiAs, uniqueTag } from './support/api';
import { expect, test } from './support/test';

/**
 * 评分表 as 安全监督处: the office adds a 专项考核 for 安全生产 (a unique name) and opens its process; the department
 * chooses it, types scores into the first two rows (Tab moves down), 保存全部 saves both, and 提交 submits one.
 */
test('考核部门在评分表中录入得分（Tab 换行）→ 保存全部 → 提交一行', async ({ page }) => {
  test.setTimeout(120_000);
  const tag = uniqueTag();
  const name = `E2E 安全生产评分 ${tag}`;

  const perf = await apiAs('perf');
  const yearId = (await perf.call(listYears, {})).find((y) => y.status === 'ACTIVE')!.id;
  const typeId = (await perf.call(listTargetTypes, {})).find((x) => x.name === '安全生产')!.id;
  const period = await perf.call(createAssessmentPeriod, {
    body: { yearId, kind: 'SPECIAL', code: null, name, specialTaskId: null, targetTypeId: typeId },
  });
  const process = period.processes[0]!;
  await perf.call(openAssessmentProcess, { params: { id: process.id }, body: { version: process.version } });

  await loginAs(page, 'safety');
  const menu = page.getByTestId('side-menu');
  await expect(menu).toContainText('绩效管理');
  await menu.getByText('评分表', { exact: true }).click();
  await expect(page).toHaveURL(/\/assessment\/scoring$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('评分表');

  const periodSelect = page.getByTestId('scoring-period-select');
  await pick(
    page,
    () => periodSelect.click(),
    name,
    () => expect(periodSelect).toContainText(name, { timeout: 1_000 }),
  );
  const rows = page.getByTestId('scoring-table').locator('tr.ant-table-row');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThanOrEqual(2);
  await expect(rows.nth(0).getByTestId('scoring-status')).toHaveText('未录入');
  await expect(rows.nth(1).getByTestId('scoring-status')).toHaveText('未录入');
  await shot(page, 'scoring-page');

  // Keyboard entry: Tab moves to the next row's score; both rows are marked unsaved.
  const scoreInput = (i: number) => rows.nth(i).locator('input[data-testid="scoring-score"], [data-testid="scoring-score"] input');
  const first = scoreInput(0);
  const second = scoreInput(1);
  await first.click();
  await page.keyboard.type('1.5');
  await page.keyboard.press('Tab');
  await expect(second).toBeFocused();
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await rows.nth(0).getByTestId('scoring-opinion').fill(`完成良好 ${tag}`);
  await expect(rows.nth(0).getByTestId('scoring-unsaved')).toBeVisible();
  await expect(rows.nth(1).getByTestId('scoring-unsaved')).toBeVisible();
  await expect(page.getByTestId('scoring-dirty-count')).toHaveText('2 行未保存');
  await expect(page.getByTestId('scoring-submit-all')).toBeDisabled();
  await shot(page, 'scoring-unsaved');

  // Leaving with unsaved changes asks first; staying keeps them.
  await menu.getByText('考核流程', { exact: true }).click();
  await expect(page.locator('.ant-modal-confirm')).toContainText('有 2 行修改尚未保存');
  await page.locator('.ant-modal-confirm').getByRole('button', { name: '留在本页' }).click();
  await expect(page).toHaveURL(/\/assessment\/scoring$/);

  // 保存全部: one save per changed row, then a summary; the rows are drafts now.
  await page.getByTestId('scoring-save-all').click();
  await expect(page.getByTestId('scoring-run-summary')).toHaveText('保存完成：成功 2 行，失败 0 行');
  await expect(rows.nth(0).getByTestId('scoring-status')).toHaveText('草稿');
  await expect(rows.nth(1).getByTestId('scoring-status')).toHaveText('草稿');
  await expect(page.getByTestId('scoring-unsaved')).toHaveCount(0);
  await expect(first).toHaveValue('1.50');
  await expect(rows.nth(0).getByTestId('scoring-opinion')).toHaveValue(`完成良好 ${tag}`);
  await shot(page, 'scoring-saved');

  // 提交 the first row: 已提交, read-only, with 修订 and 作废 offered.
  await rows.nth(0).getByTestId('scoring-submit').click();
  await expect(rows.nth(0).getByTestId('scoring-status')).toHaveText('已提交');
  await expect(rows.nth(0).getByTestId('scoring-score')).toHaveCount(0);
  await expect(rows.nth(0).getByTestId('scoring-score-text')).toHaveText('1.50');
  await expect(rows.nth(0).getByTestId('scoring-revise')).toBeVisible();
  await expect(rows.nth(0).getByTestId('scoring-archive')).toHaveCount(0);
  await expect(rows.nth(1).getByTestId('scoring-status')).toHaveText('草稿');
  await expect(page.getByTestId('scoring-submit-all')).toContainText('(1)');
  await shot(page, 'scoring-submitted');
});
