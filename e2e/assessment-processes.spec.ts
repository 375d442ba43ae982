import { loginAs, pick, shot, switchUser } from './fixtures';
import { listAssessmentPeriods, listScoringRows, listYears, saveRecord, submitRecord } from '@jx/contract';
import { apiAs, uniqueTag } from './support/api';
import { expect, test } from './support/test';

/**
 * 考核流程 as the performance office: a 专项考核 of its own (a unique name, one target type) is added, its process
 * opened, closed (安全监督处 left a draft record: the list of unsubmitted records first, then 仍然关闭), reset with a reason and closed again with
 * 全部关闭; a second fresh period is renamed and deleted. A leader reads the same page without any action.
 */
test('绩效办新增专项考核时机 → 开启 → 关闭（未提交记录确认）→ 重置 → 全部关闭；删除新建的考核时机；领导只读', async ({ page }) => {
  test.setTimeout(180_000);
  const tag = uniqueTag();
  const special = `E2E 安全生产专项考核 ${tag}`;
  const other = `E2E 廉政专项 ${tag}`;
  const renamed = `E2E 待删除专项 ${tag}`;

  await loginAs(page, 'perf');
  const menu = page.getByTestId('side-menu');
  await expect(menu).toContainText('绩效管理');
  await menu.getByText('考核流程', { exact: true }).click();
  await expect(page).toHaveURL(/\/assessment\/processes$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('考核流程');
  await expect(page.getByTestId('period-list').or(page.getByTestId('periods-empty'))).toBeVisible();
  await shot(page, 'assessment-page');

  // 新增考核时机: a 专项 needs a name and what it covers; the form says so before anything is sent.
  await page.getByTestId('period-create').click();
  const form = page.getByTestId('period-form');
  await expect(form).toBeVisible();
  await form.getByTestId('period-form-kind').getByText('专项考核', { exact: true }).click();
  await expect(page.getByTestId('period-form-name')).toHaveValue('');
  await page.getByTestId('period-form-ok').click();
  await expect(form).toContainText('请填写名称');
  await expect(form).toContainText('请选择目标类型');
  await page.getByTestId('period-form-name').fill(special);
  const typeSelect = page.getByTestId('period-form-target-type');
  await pick(
    page,
    () => typeSelect.click(),
    '安全生产',
    () => expect(typeSelect).toContainText('安全生产', { timeout: 1_000 }),
  );
  await shot(page, 'assessment-create-modal');
  await page.getByTestId('period-form-ok').click();
  await expect(form).toBeHidden();

  // The new period: its own code, one process for 安全生产, not started, completeness per assessing department.
  const card = page.getByTestId('period-card').filter({ has: page.getByTestId('period-name').getByText(special, { exact: true }) });
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId('period-code')).toContainText(/SPECIAL-\d+/);
  await expect(card).toContainText('专项考核');
  await expect(card).toContainText('目标类型：安全生产');
  const row = card.getByTestId('process-table').locator('tr.ant-table-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('安全生产');
  await expect(row.getByTestId('process-status')).toHaveText('未开始');
  await expect(row.getByTestId('process-completeness').or(row.getByText('暂无需考核的目标'))).toBeVisible();
  await expect(row.getByTestId('process-close')).toHaveCount(0);
  await expect(row.getByTestId('process-reset')).toHaveCount(0);
  await card.scrollIntoViewIfNeeded();
  await shot(page, 'assessment-period-created');

  // 开启 (confirmed): 进行中 with the time it opened; the period can no longer be deleted.
  await row.getByTestId('process-open').click();
  await expect(page.locator('.ant-modal-confirm')).toContainText(`开启考核流程：${special} · 安全生产？`);
  await page.getByTestId('process-open-confirm').click();
  await expect(row.getByTestId('process-status')).toHaveText('进行中');
  await expect(row.getByTestId('process-opened-at')).toHaveText(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
  await expect(row.getByTestId('process-open')).toHaveCount(0);
  await expect(card.getByTestId('period-delete')).toBeDisabled();

  // 安全监督处 starts a record and leaves it a draft: 关闭 is sent unconfirmed first, the server refuses it with the
  // list of unsubmitted records, and 仍然关闭 sends it again confirmed.
  const safety = await apiAs('safety');
  const years = await safety.call(listYears, {});
  const yearId = years.find((y) => y.status === 'ACTIVE')!.id;
  const periodId = (await safety.call(listAssessmentPeriods, { query: { yearId } })).items.find((p) => p.name === special)!.id;
  const firstRow = (await safety.call(listScoringRows, { query: { periodId, pageSize: 1 } })).items[0]!;
  await safety.call(saveRecord, { body: { periodId, targetId: firstRow.targetId, score: '1.00', deductions: [] } });
  const closeBodies: { version: number; confirmUnsubmitted?: boolean }[] = [];
  await page.route('**/api/assessment/processes/*/close', async (route) => {
    closeBodies.push(route.request().postDataJSON() as { version: number; confirmUnsubmitted?: boolean });
    await route.continue();
  });
  await row.getByTestId('process-close').click();
  await page.getByTestId('process-close-confirm').click();
  const unsubmitted = page.getByTestId('unsubmitted-modal');
  await expect(unsubmitted).toBeVisible();
  await expect(unsubmitted).toContainText('还有 1 条考核记录未提交');
  const records = unsubmitted.getByTestId('unsubmitted-table').locator('tr.ant-table-row');
  await expect(records).toHaveCount(1);
  await expect(records.first()).toContainText(firstRow.targetTitle);
  await expect(records.first()).toContainText(firstRow.unitName);
  await expect(records.first()).toContainText('安全监督处');
  await expect(records.first()).toContainText('草稿');
  await expect(row.getByTestId('process-status')).toHaveText('进行中');
  await shot(page, 'assessment-unsubmitted-modal');
  await page.getByTestId('unsubmitted-close-anyway').click();
  await expect(unsubmitted).toBeHidden();
  await expect(row.getByTestId('process-status')).toHaveText('已关闭');
  await expect(row.getByTestId('process-closed-at')).toHaveText(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
  expect(closeBodies.map((b) => b.confirmUnsubmitted ?? false)).toEqual([false, true]);
  expect(closeBodies[0]!.version).toBe(closeBodies[1]!.version);
  await page.unroute('**/api/assessment/processes/*/close');

  // 重置 needs a reason; it reopens the process and counts the reset.
  await row.getByTestId('process-reset').click();
  const resetForm = page.getByTestId('process-reset-form');
  await expect(resetForm).toBeVisible();
  await page.getByTestId('process-reset-form-ok').click();
  await expect(resetForm).toContainText('请填写重置原因');
  await page.getByTestId('process-reset-reason').fill(`补录遗漏的考核记录 ${tag}`);
  await expect(resetForm).not.toContainText('请填写重置原因');
  await shot(page, 'assessment-reset-modal');
  await page.getByTestId('process-reset-form-ok').click();
  await expect(resetForm).toBeHidden();
  await expect(row.getByTestId('process-status')).toHaveText('进行中');
  await expect(row.getByTestId('process-closed-at')).toHaveText('—');
  await expect(row.getByTestId('process-resets')).toContainText('1 次');
  await expect(row.getByTestId('process-resets')).toContainText(`最近原因：补录遗漏的考核记录 ${tag}`);

  // Reopened, 安全监督处 submits its record; then 全部关闭 runs over the open processes one by one and sums up.
  const draft = (await safety.call(listScoringRows, { query: { periodId, pageSize: 1 } })).items[0]!.record!;
  await safety.call(submitRecord, { params: { id: draft.id }, body: { version: draft.version } });
  await expect(card.getByTestId('period-open-all')).toBeDisabled();
  await card.getByTestId('period-close-all').click();
  await expect(page.locator('.ant-modal-confirm')).toContainText('将依次关闭 1 个进行中的考核流程');
  await page.getByTestId('period-close-all-confirm').click();
  const bulk = page.getByTestId('bulk-run');
  await expect(bulk).toHaveAttribute('data-finished', 'true');
  await expect(page.getByTestId('bulk-run-summary')).toHaveText('成功 1 个，失败 0 个');
  await expect(bulk.getByTestId('bulk-run-results')).toContainText('安全生产');
  await shot(page, 'assessment-bulk-close');
  await page.getByTestId('bulk-run-done').click();
  await expect(bulk).toBeHidden();
  await expect(row.getByTestId('process-status')).toHaveText('已关闭');
  await shot(page, 'assessment-period-done');

  // A second 专项, never opened: renamed, then deleted (confirmed).
  await page.getByTestId('period-create').click();
  await expect(form).toBeVisible();
  await form.getByTestId('period-form-kind').getByText('专项考核', { exact: true }).click();
  await page.getByTestId('period-form-name').fill(other);
  await pick(
    page,
    () => typeSelect.click(),
    '廉政建设',
    () => expect(typeSelect).toContainText('廉政建设', { timeout: 1_000 }),
  );
  await page.getByTestId('period-form-ok').click();
  await expect(form).toBeHidden();
  const otherCard = page.getByTestId('period-card').filter({ has: page.getByTestId('period-name').getByText(other, { exact: true }) });
  await expect(otherCard.getByTestId('process-status')).toHaveText('未开始');
  await otherCard.getByTestId('period-rename').click();
  await expect(page.getByTestId('period-rename-name')).toHaveValue(other);
  await page.getByTestId('period-rename-name').fill(renamed);
  await page.getByTestId('period-rename-form-ok').click();
  await expect(page.getByTestId('period-rename-form')).toBeHidden();
  const renamedCard = page.getByTestId('period-card').filter({ has: page.getByTestId('period-name').getByText(renamed, { exact: true }) });
  await expect(renamedCard).toHaveCount(1);
  await renamedCard.getByTestId('period-delete').click();
  await expect(page.locator('.ant-modal-confirm')).toContainText(`删除考核时机“${renamed}”？`);
  await shot(page, 'assessment-delete-confirm');
  await page.getByTestId('period-delete-confirm').click();
  await expect(renamedCard).toHaveCount(0);
  await expect(card).toHaveCount(1);

  // A phone: the header wraps, the processes scroll sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await card.scrollIntoViewIfNeeded();
  await shot(page, 'assessment-mobile');
  await page.setViewportSize({ width: 1280, height: 720 });

  // The leader reads: the same periods, no buttons.
  await switchUser(page, 'leader');
  await page.getByTestId('side-menu').getByText('考核流程', { exact: true }).click();
  await expect(card.getByTestId('process-status')).toHaveText('已关闭');
  await expect(card.getByTestId('process-resets')).toContainText('1 次');
  await expect(page.getByTestId('period-create')).toHaveCount(0);
  await expect(card.getByTestId('period-close-all')).toHaveCount(0);
  await expect(card.getByTestId('period-delete')).toHaveCount(0);
  await expect(card.getByTestId('process-reset')).toHaveCount(0);
  await shot(page, 'assessment-leader');

  // The same page in English.
  await page.getByTestId('language-switch').getByText('EN', { exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Assessment processes');
  await expect(card.getByTestId('process-status')).toHaveText('Closed');
  await card.scrollIntoViewIfNeeded();
  await shot(page, 'assessment-leader-en');
});

test('责任单位看不到考核流程', async ({ page }) => {
  await loginAs(page, 'unit.chengdu');
  await expect(page.getByTestId('side-menu')).not.toContainText('考核流程');
  await page.goto('/assessment/processes');
  await expect(page.getByTestId('page-403')).toBeVisible();
});
