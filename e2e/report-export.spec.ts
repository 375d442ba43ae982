import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import type * as ExcelJSModule from '../apps/api/node_modules/exceljs';
import { loginAs, shot } from './fixtures';

// exceljs is a dependency of the API only; the spec borrows it to read the exported file.
const ExcelJS = createRequire(import.meta.url)('../apps/api/node_modules/exceljs') as typeof ExcelJSModule;

test('绩效办在进展报告列表只看迟报后导出 Excel，文件里正是列表中的迟报', async ({ page }) => {
  await loginAs(page, 'perf');
  await page.getByTestId('side-menu').getByText('进展报告').click();
  const table = page.getByTestId('report-table');
  await expect(table.locator('tr.ant-table-row').first()).toBeVisible();
  await expect(page.getByTestId('report-export')).toHaveText('导出 Excel');
  await shot(page, 'reports-export');

  const lateList = page.waitForResponse((r) => r.url().includes('/api/reports?') && r.url().includes('late=true'));
  await page.getByTestId('report-filter-late').click();
  await lateList;
  const rows = table.locator('tr.ant-table-row');
  await expect(rows.first()).toBeVisible();
  await expect(rows.locator('[data-late="false"]')).toHaveCount(0);
  const totalText = await page.locator('.ant-pagination-total-text').innerText();
  const total = Number(/共 (\d+) 条/.exec(totalText)?.[1]);
  expect(total).toBeGreaterThan(0);

  const download = page.waitForEvent('download');
  await page.getByTestId('report-export').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^进展报告-\d{4}-\d{8}\.xlsx$/);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await file.path());
  const sheet = wb.getWorksheet('进展报告');
  expect(sheet).toBeDefined();
  const headers = (sheet!.getRow(1).values as unknown[]).map(String);
  const lateColumn = headers.indexOf('是否迟报');
  expect(lateColumn).toBeGreaterThan(0);
  const timeliness: string[] = [];
  sheet!.eachRow((row, n) => {
    if (n > 1) timeliness.push(String(row.getCell(lateColumn).value));
  });
  expect(timeliness).toHaveLength(total);
  expect(new Set(timeliness)).toEqual(new Set(['迟报']));
});
