import { createRequire } from 'node:module';
import type * as ExcelJSModule from '../apps/api/node_modules/exceljs';
import { loginAs, pickUnit, shot } from './fixtures';
import { expect, test } from './support/test';
import { beijingDate, createUnitWorld, publishedTarget, reportedPeriod } from './support/world';

// exceljs is a dependency of the API only; the spec borrows it to read the exported file.
const ExcelJS = createRequire(import.meta.url)('../apps/api/node_modules/exceljs') as typeof ExcelJSModule;

test('绩效办在进展报告列表按单位只看迟报后导出 Excel，文件里正是列表中的迟报', async ({ page, now }) => {
  // A unit of its own: this period reported in time on one target; on another, January reported only now (迟报),
  // once January's due day (5 February, the default 次月 5 日) has passed — early in the year nothing can be late yet.
  const world = await createUnitWorld();
  const onTime = await publishedTarget(world, { title: `E2E 按时报送 ${world.tag}` });
  await reportedPeriod(world, onTime, { actualPercent: 20 });
  const januaryDue = Date.parse(`${beijingDate(now).slice(0, 4)}-02-06T00:00:00+08:00`);
  const lateCount = now.getTime() >= januaryDue ? 1 : 0;
  if (lateCount) await reportedPeriod(world, await publishedTarget(world, { title: `E2E 补报一月 ${world.tag}` }), { actualPercent: 10, periodKey: 'M01' });

  await loginAs(page, 'perf');
  await page.getByTestId('side-menu').getByText('进展报告').click();
  const table = page.getByTestId('report-table');
  await expect(table.locator('tr.ant-table-row').first()).toBeVisible();
  await expect(page.getByTestId('report-export')).toHaveText('导出 Excel');
  await pickUnit(page, 'report-filter-unit', world.unit.name);
  await expect(table.locator('tr.ant-table-row')).toHaveCount(1 + lateCount);
  await shot(page, 'reports-export');

  const lateList = page.waitForResponse((r) => r.url().includes('/api/reports?') && r.url().includes('late=true'));
  await page.getByTestId('report-filter-late').click();
  await lateList;
  const rows = table.locator('tr.ant-table-row');
  await expect(rows).toHaveCount(lateCount);
  await expect(rows.locator('[data-late="false"]')).toHaveCount(0);

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
  const unitColumn = headers.indexOf('责任单位');
  expect(lateColumn).toBeGreaterThan(0);
  expect(unitColumn).toBeGreaterThan(0);
  const exported: { late: string; unit: string }[] = [];
  sheet!.eachRow((row, n) => {
    if (n > 1) exported.push({ late: String(row.getCell(lateColumn).value), unit: String(row.getCell(unitColumn).value) });
  });
  expect(exported).toEqual(Array.from({ length: lateCount }, () => ({ late: '迟报', unit: world.unit.name })));
});
