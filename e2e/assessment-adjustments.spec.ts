import { buildDocx, para } from '../apps/api/test/documents/fixtures/docx-fixtures';
import { fileAdjustment, listAdjustmentCategories, listAssessedUnits, listYears } from '@jx/contract';
import { loginAs, pick, shot, switchUser } from './fixtures';
import { apiAs, uniqueTag } from './support/api';
import { expect, test } from './support/test';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * 加减分: 安全监督处 files a deduction with a Word document as evidence (read as a page) → the performance office
 * approves another pending line and rejects the new one with a reason → the 一票否决 line stands out; safety sees the
 * decisions on its own lines. Every line of this test carries its own tag.
 */
test('安全监督处申报减分并上传 Word 佐证 → 绩效办通过另一条、驳回一条（须填原因）→ 一票否决醒目显示', async ({ page }) => {
  test.setTimeout(180_000);
  const tag = uniqueTag();
  const filedReason = `E2E 重点工程安全生产检查不合格被省政府通报 ${tag}`;
  const otherReason = `E2E 无故缺席全省安全生产视频会议 ${tag}`;
  const rejectReason = `E2E 通报对象并非该单位，依据不足 ${tag}`;
  const docx = buildDocx({ body: [para(`情况说明 ${tag}`, 'Heading1'), para('经核查，该单位在安全生产检查中存在问题，已被省政府通报。')].join('\n') });

  // Another pending line of safety's, arranged through the API.
  const safetyApi = await apiAs('safety');
  const yearId = (await safetyApi.call(listYears, {})).find((y) => y.status === 'ACTIVE')!.id;
  const units = await safetyApi.call(listAssessedUnits, { query: { yearId } });
  const categories = (await safetyApi.call(listAdjustmentCategories, { query: { yearId } })).items;
  const absence = categories.find((c) => c.code === 'ABSENCE')!;
  const deyang = units.find((u) => u.unitName === '德阳市交通运输局')!;
  await safetyApi.call(fileAdjustment, { body: { assessedUnitId: deyang.id, categoryId: absence.id, reason: otherReason } });

  await loginAs(page, 'safety');
  await page.getByTestId('side-menu').getByText('加减分', { exact: true }).click();
  await expect(page).toHaveURL(/\/assessment\/adjustments$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('加减分');
  const table = page.getByTestId('adjustment-table');
  await expect(table.locator('tr.ant-table-row').first()).toBeVisible();
  // safety sees only its department's lines, and no 通过 / 驳回.
  await expect(page.getByTestId('adjustment-approve')).toHaveCount(0);
  await expect(page.getByTestId('adjustment-tabs')).toHaveCount(0);

  // 申报: the form refuses an empty submission, fills the category's default points, takes a .docx and refuses a .txt.
  await page.getByTestId('adjustment-file').click();
  const form = page.getByTestId('adjustment-form');
  await expect(form).toBeVisible();
  await page.getByTestId('adjustment-form-ok').click();
  await expect(form).toContainText('请选择考核对象');
  await expect(form).toContainText('请选择类别');
  const unitSelect = page.getByTestId('adjustment-form-unit');
  await pick(
    page,
    async () => {
      await unitSelect.click();
      await unitSelect.locator('input').fill('绵阳');
    },
    '绵阳市交通运输局',
    () => expect(unitSelect).toContainText('绵阳市交通运输局', { timeout: 1_000 }),
  );
  const categorySelect = page.getByTestId('adjustment-form-category');
  await pick(
    page,
    () => categorySelect.click(),
    '省级通报批评（−1.00）',
    () => expect(categorySelect).toContainText('省级通报批评', { timeout: 1_000 }),
  );
  await expect(page.getByTestId('adjustment-form-points')).toHaveValue('1.00');
  await page.getByTestId('adjustment-form-reason').fill(filedReason);
  const picker = form.locator('input[type=file]');
  await picker.setInputFiles({ name: '说明.txt', mimeType: 'text/plain', buffer: Buffer.from('说明') });
  await expect(page.locator('.ant-message')).toContainText('只接受 Word（.docx）、PDF 或 PNG、JPG 图片');
  await picker.setInputFiles({ name: `情况说明-${tag}.docx`, mimeType: DOCX, buffer: docx });
  await expect(form.locator('.ant-upload-list-item')).toHaveCount(1);
  await shot(page, 'adjustments-file-form');
  await page.getByTestId('adjustment-form-ok').click();
  await expect(page.locator('.ant-message')).toContainText('已申报并上传 1 份佐证材料', { timeout: 30_000 });
  await expect(form).toBeHidden();

  const filedRow = table.locator('tr.ant-table-row').filter({ hasText: filedReason });
  await expect(filedRow).toHaveCount(1);
  await expect(filedRow.getByTestId('adjustment-points')).toHaveText('−1.00');
  await expect(filedRow.getByTestId('adjustment-status')).toHaveText('待审核');
  await expect(filedRow).toContainText('安全监督处');
  // The Word evidence opens as a page.
  await filedRow.getByTestId('evidence-preview').click();
  await expect(page.getByTestId('document-title')).toHaveText(`情况说明 ${tag}`);
  await expect(page.getByTestId('document-body')).toContainText('经核查');
  await page.goBack();
  await expect(filedRow).toHaveCount(1);
  await shot(page, 'adjustments-safety');

  // The office: 通过 another pending line (confirmed), 驳回 the new one (a reason is required).
  await switchUser(page, 'perf');
  await page.goto('/assessment/adjustments');
  await expect(page.getByTestId('adjustment-tabs')).toBeVisible();
  const otherRow = table.locator('tr.ant-table-row').filter({ hasText: otherReason });
  await expect(otherRow).toHaveCount(1);
  await expect(otherRow.getByTestId('adjustment-points')).toHaveText('−0.50');
  await otherRow.getByTestId('adjustment-approve').click();
  await expect(page.locator('.ant-modal-confirm')).toContainText('审核通过：德阳市交通运输局 · 无故缺席组织活动？');
  await page.getByTestId('adjustment-approve-confirm').click();
  await expect(otherRow.getByTestId('adjustment-status')).toHaveText('已通过');
  await expect(otherRow.getByTestId('adjustment-approve')).toHaveCount(0);

  const rejectRow = table.locator('tr.ant-table-row').filter({ hasText: filedReason });
  await rejectRow.getByTestId('adjustment-reject').click();
  const rejectForm = page.getByTestId('adjustment-reject-form');
  await expect(rejectForm).toBeVisible();
  await page.getByTestId('adjustment-reject-form-ok').click();
  await expect(rejectForm).toContainText('请填写原因');
  await page.getByTestId('adjustment-reject-reason').fill(rejectReason);
  await shot(page, 'adjustments-reject-modal');
  await page.getByTestId('adjustment-reject-form-ok').click();
  await expect(rejectForm).toBeHidden();
  await expect(rejectRow.getByTestId('adjustment-status')).toHaveText('已驳回');
  await expect(rejectRow.getByTestId('adjustment-decision-reason')).toContainText(rejectReason);

  // 一票否决: filtered by kind, the line carries the red tag and a highlighted row.
  const kindFilter = page.getByTestId('adjustment-filter-kind');
  await pick(
    page,
    () => kindFilter.click(),
    '一票否决',
    () => expect(kindFilter).toContainText('一票否决', { timeout: 1_000 }),
  );
  const vetoRows = table.locator('tr.ant-table-row');
  await expect(vetoRows.first().getByTestId('adjustment-veto')).toHaveText('一票否决');
  await expect(vetoRows.first()).toHaveClass(/row-veto/);
  await expect(table.getByTestId('adjustment-points')).toHaveCount(0);

  // The Excel export follows the filters.
  const download = page.waitForEvent('download');
  await page.getByTestId('adjustment-export').click();
  expect((await download).suggestedFilename()).toMatch(/^加减分-\d{4}-\d{8}\.xlsx$/);
  await page.getByRole('button', { name: /^重\s?置$/ }).click();
  await expect(table.getByTestId('adjustment-points').first()).toBeVisible();
  await shot(page, 'adjustments-perf');

  // 类别管理: the year's categories with their default points and use.
  await page.getByRole('tab', { name: '类别管理' }).click();
  const categoryTable = page.getByTestId('adjustment-category-table');
  await expect(categoryTable.locator('tr.ant-table-row').filter({ hasText: 'PROVINCIAL_CRITICISM' })).toContainText('−1.00');
  await shot(page, 'adjustments-categories');

  // Back as safety: the decisions on its lines, the veto among them.
  await switchUser(page, 'safety');
  await page.goto('/assessment/adjustments');
  await expect(table.locator('tr.ant-table-row').filter({ hasText: filedReason }).getByTestId('adjustment-decision-reason')).toContainText(rejectReason);
  await expect(table.locator('tr.ant-table-row').filter({ hasText: otherReason }).getByTestId('adjustment-status')).toHaveText('已通过');
  await expect(table.locator('tr.row-veto').first()).toBeVisible();
  await shot(page, 'adjustments-safety-after');
});
