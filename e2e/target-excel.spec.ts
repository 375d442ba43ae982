import { createRequire } from 'node:module';
import type * as ExcelJSModule from '../apps/api/node_modules/exceljs';
import { loginAs } from './fixtures';
import { expect, test } from './support/test';
import { beijingDate, createUnitWorld } from './support/world';

// exceljs is a dependency of the API only; the spec borrows it to build the files a user would upload.
const ExcelJS = createRequire(import.meta.url)('../apps/api/node_modules/exceljs') as typeof ExcelJSModule;

const HEADERS = [
  '责任单位',
  '目标类型',
  '指标',
  '目标名称',
  '工作内容',
  '工作措施',
  '预期效果',
  '工作时限',
  '分值',
  '计量单位',
  '目标值',
  '责任人',
  '里程碑计划',
];

/** A workbook as a user fills the template: sheet 目标, the header, then the rows. */
async function workbook(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('目标');
  ws.addRow(HEADERS);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const row = (unit: string, year: number, title: string, patch: Partial<Record<string, string | number>> = {}) =>
  HEADERS.map(
    (h) =>
      patch[h] ??
      (
        {
          责任单位: unit,
          目标类型: '安全生产',
          指标: '2.3.1 安全生产责任落实',
          目标名称: title,
          工作内容: '开展重点路段隐患排查',
          工作措施: '成立专班，挂牌督办',
          预期效果: '隐患整改率 100%',
          工作时限: `${year}-12-31`,
          分值: 3,
        } as Record<string, string | number>
      )[h] ??
      '',
  );

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

test('绩效办下载导入模板，上传有错的文件看到逐行问题且未导入，再上传正确文件导入草稿', async ({ page, now }) => {
  // Drafts for a unit of its own, so the list filtered by the tag holds exactly what this test imported.
  const world = await createUnitWorld();
  const stamp = world.tag;
  const unit = world.unit.name;
  await loginAs(page, 'perf');
  await page.getByTestId('side-menu').getByText('目标管理').click();
  await expect(page.getByTestId('target-table')).toBeVisible();
  // The page opens on the demo year, the year of the server's today.
  const year = Number(beijingDate(now).slice(0, 4));
  await expect(page.getByTestId('target-year-select')).toContainText(String(year));

  // 下载导入模板: saved under the server's name.
  const download = page.waitForEvent('download');
  await page.getByTestId('target-import-template').click();
  expect((await download).suggestedFilename()).toBe(`年度目标导入模板-${year}.xlsx`);

  // A broken file: every problem is listed with its row and column, nothing is imported.
  await page.getByTestId('target-import').click();
  const fileInput = page.locator('.ant-modal input[type=file]');
  const broken = await workbook([
    row(unit, year, `E2E 导入正确 ${stamp}`),
    row(unit, year, '', { 分值: 'abc' }),
    row(unit, year, `E2E 导入错误 ${stamp}`, { 指标: '9.9.9' }),
  ]);
  await fileInput.setInputFiles({ name: '有错误的目标.xlsx', mimeType: XLSX, buffer: broken });
  await page.getByTestId('import-start').click();
  const errors = page.getByTestId('import-errors');
  await expect(errors).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('import-error-count')).toHaveAttribute('data-count', '3');
  const lines = page.getByTestId('import-error-row');
  await expect(lines).toHaveCount(3);
  await expect(lines.nth(0)).toContainText('3');
  await expect(lines.nth(0)).toContainText('目标名称');
  await expect(lines.nth(1)).toContainText('分值');
  await expect(lines.nth(1)).toContainText('分值应为数字');
  await expect(lines.nth(2)).toContainText('4');
  await expect(lines.nth(2)).toContainText('指标');

  // The corrected file: two drafts are created and appear in the list.
  const good = await workbook([row(unit, year, `E2E 导入目标甲 ${stamp}`), row(unit, year, `E2E 导入目标乙 ${stamp}`, { 里程碑计划: '6月:50;12月:100' })]);
  await fileInput.setInputFiles({ name: '年度目标.xlsx', mimeType: XLSX, buffer: good });
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-created')).toHaveAttribute('data-count', '2', { timeout: 30_000 });
  await page.getByTestId('import-close').click();

  await page.getByTestId('target-search').locator('input').fill(`${stamp}`);
  await page.getByTestId('target-search').locator('input').press('Enter');
  const titles = page.getByTestId('target-title-link');
  await expect(titles).toHaveCount(2);
  await expect(page.getByTestId('target-table')).toContainText(`E2E 导入目标甲 ${stamp}`);
  await expect(page.getByTestId('target-table')).toContainText(`E2E 导入目标乙 ${stamp}`);
  await expect(page.getByTestId('target-table')).not.toContainText('E2E 导入正确');

  // 导出 Excel takes the current filters.
  const exported = page.waitForEvent('download');
  await page.getByTestId('target-export').click();
  expect((await exported).suggestedFilename()).toMatch(new RegExp(`^年度目标-${year}-\\d{8}\\.xlsx$`));
});
