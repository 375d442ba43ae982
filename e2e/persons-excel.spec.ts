import { createRequire } from 'node:module';
import type * as ExcelJSModule from '../apps/api/node_modules/exceljs';
import { loginAs, shot } from './fixtures';
import { uniqueTag } from './support/api';
import { expect, test } from './support/test';
import { beijingDate } from './support/world';

// exceljs is a dependency of the API only; the spec borrows it to read the template and build the files a user uploads.
const ExcelJS = createRequire(import.meta.url)('../apps/api/node_modules/exceljs') as typeof ExcelJSModule;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADERS = ['工号', '姓名', '性别', '电话', '单位', '职务', '到岗日期', '备注'];

/** A workbook as an administrator fills the template: sheet 人员, the header, then one person per row. */
async function workbook(rows: Record<string, string>[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('人员');
  ws.addRow(HEADERS);
  for (const r of rows) ws.addRow(HEADERS.map((h) => r[h] ?? ''));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const person = (startDate: string, staffNo: string, name: string, patch: Record<string, string> = {}) => ({
  工号: staffNo,
  姓名: name,
  性别: '女',
  单位: '成都市交通运输局',
  职务: '科员',
  到岗日期: startDate,
  ...patch,
});

test('系统管理员下载人员导入模板，上传有错的文件看到逐行问题且未登记，再上传正确文件登记两名新进人员', async ({ page, now }) => {
  const stamp = uniqueTag().toUpperCase();
  const today = beijingDate(now);
  await loginAs(page, 'admin');
  await page.getByTestId('side-menu').getByText('人员管理').click();
  await expect(page.getByTestId('person-table')).toBeVisible();

  // 下载导入模板: the onboarding columns, under the server's name.
  const download = page.waitForEvent('download');
  await page.getByTestId('person-import-template').click();
  const template = await download;
  expect(template.suggestedFilename()).toBe('新进人员导入模板.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await template.path());
  expect((wb.getWorksheet('人员')!.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);

  // A file with mistakes: every problem by row and column, nobody registered.
  await page.getByTestId('person-import').click();
  const fileInput = page.locator('.ant-modal input[type=file]');
  const broken = await workbook([
    person(today, `E2E${stamp}A`, `导入甲${stamp}`),
    person(today, `E2E${stamp}A`, `导入乙${stamp}`, { 性别: '未知' }),
    person(today, `E2E${stamp}C`, `导入丙${stamp}`, { 单位: '不存在的单位' }),
  ]);
  await fileInput.setInputFiles({ name: '有错误的人员.xlsx', mimeType: XLSX, buffer: broken });
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-errors')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('import-error-count')).toHaveAttribute('data-count', '3');
  await expect(page.getByTestId('import-errors')).toContainText('未登记任何人员');
  const lines = page.getByTestId('import-error-row');
  await expect(lines).toHaveCount(3);
  await expect(lines.nth(0)).toContainText('工号');
  await expect(lines.nth(0)).toContainText('与第 2 行的工号重复');
  await expect(lines.nth(1)).toContainText('性别');
  await expect(lines.nth(2)).toContainText('4');
  await expect(lines.nth(2)).toContainText('单位');
  await shot(page, 'persons-import-errors');

  // The corrected file: two new people are registered and appear in the list.
  const good = await workbook([
    person(today, `E2E${stamp}A`, `导入甲${stamp}`),
    person(today, `E2E${stamp}B`, `导入乙${stamp}`, { 性别: '男', 单位: 'CITY-MY' }),
  ]);
  await fileInput.setInputFiles({ name: '新进人员.xlsx', mimeType: XLSX, buffer: good });
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-created')).toHaveAttribute('data-count', '2', { timeout: 30_000 });
  await shot(page, 'persons-import-done');
  await page.getByTestId('import-close').click();

  await page.getByTestId('person-search').locator('input').fill(stamp);
  await page.getByTestId('person-search').locator('input').press('Enter');
  const table = page.getByTestId('person-table');
  await expect(table.locator('tr.ant-table-row')).toHaveCount(2);
  await expect(table).toContainText(`导入甲${stamp}`);
  await expect(table).toContainText(`导入乙${stamp}`);
  await expect(table).toContainText('绵阳市交通运输局');
  await expect(table).not.toContainText(`导入丙${stamp}`);
  await shot(page, 'persons-imported');

  // 导出 Excel takes the current filters: the two of them.
  const exported = page.waitForEvent('download');
  await page.getByTestId('person-export').click();
  const file = await exported;
  expect(file.suggestedFilename()).toMatch(/^人员名册-\d{8}\.xlsx$/);
  const out = new ExcelJS.Workbook();
  await out.xlsx.readFile(await file.path());
  const names: string[] = [];
  out.getWorksheet('人员')!.eachRow((row, n) => {
    if (n > 1) names.push(String(row.getCell(2).value));
  });
  expect(names.sort()).toEqual([`导入乙${stamp}`, `导入甲${stamp}`].sort());
});
