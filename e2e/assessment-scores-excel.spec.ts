import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import type * as ExcelJSModule from '../apps/api/node_modules/exceljs';
import { closeAssessmentProcess, createAssessmentPeriod, listTargetTypes, listYears, openAssessmentProcess } from '@jx/contract';
import { loginAs, pick, shot } from './fixtures';
import { apiAs, uniqueTag } from './support/api';
import { expect, test } from './support/test';

// exceljs is a dependency of the API only; the spec borrows it to fill the template as a user would in Excel.
const ExcelJS = createRequire(import.meta.url)('../apps/api/node_modules/exceljs') as typeof ExcelJSModule;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Writes scores into the 得分 column of data rows (0 = Excel row 2) and returns the file's bytes. */
async function withScores(bytes: Buffer, scores: Record<number, string | number>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJSModule.Buffer);
  const ws = wb.getWorksheet('评分表')!;
  const col: Record<string, number> = {};
  ws.getRow(1).eachCell((c, i) => void (col[String(c.value)] = i));
  for (const [i, v] of Object.entries(scores)) ws.getRow(Number(i) + 2).getCell(col['得分']!).value = v;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The 分值 of the first data rows of the template, to write scores that fit. */
async function maxScores(bytes: Buffer, n: number): Promise<number[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJSModule.Buffer);
  const ws = wb.getWorksheet('评分表')!;
  let maxCol = 0;
  ws.getRow(1).eachCell((c, i) => void (String(c.value) === '分值' ? (maxCol = i) : null));
  return Array.from({ length: n }, (_, i) => Number(ws.getRow(i + 2).getCell(maxCol).value));
}

test('考核部门下载评分表模板 → 填写后导入，有错的单元格按行列列出且不保存 → 改正后导入，评分表显示得分；粘贴一列得分', async ({ page }) => {
  test.setTimeout(150_000);
  const tag = uniqueTag();
  const name = `E2E 评分表导入 ${tag}`;
  const perf = await apiAs('perf');
  const yearId = (await perf.call(listYears, {})).find((y) => y.status === 'ACTIVE')!.id;
  const typeId = (await perf.call(listTargetTypes, {})).find((x) => x.name === '安全生产')!.id;
  const period = await perf.call(createAssessmentPeriod, {
    body: { yearId, kind: 'SPECIAL', code: null, name, specialTaskId: null, targetTypeId: typeId },
  });
  const process = period.processes[0]!;
  const opened = await perf.call(openAssessmentProcess, { params: { id: process.id }, body: { version: process.version } });

  await loginAs(page, 'safety');
  await page.getByTestId('side-menu').getByText('评分表', { exact: true }).click();
  // The page opens on a period with an open process: this test's, unless another one is open too.
  const periodSelect = page.getByTestId('scoring-period-select');
  await expect(page.getByTestId('scoring-table').locator('tr.ant-table-row').first()).toBeVisible({ timeout: 30_000 });
  if (!((await periodSelect.textContent()) ?? '').includes(name)) {
    await pick(
      page,
      () => periodSelect.click(),
      name,
      () => expect(periodSelect).toContainText(name, { timeout: 1_000 }),
    );
  }
  const rows = page.getByTestId('scoring-table').locator('tr.ant-table-row');
  await expect(rows.first()).toBeVisible();
  await expect(rows.nth(0).getByTestId('scoring-status')).toHaveText('未录入');

  // 下载模板: the department's rows of the period, saved under the server's name.
  const download = page.waitForEvent('download');
  await page.getByTestId('scoring-template').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`评分表-${name}-安全监督处.xlsx`);
  const template = await readFile((await file.path())!);
  const max = await maxScores(template, 3);
  const good = max.map((m) => Math.round(m * 80) / 100);

  // One bad cell: the whole file is refused, the problem is named by row and column, nothing is saved.
  await page.getByTestId('scoring-import').click();
  await expect(page.getByTestId('scoring-import-period')).toHaveValue(name);
  const fileInput = page.locator('.ant-modal input[type=file]');
  await fileInput.setInputFiles({ name: '评分表（有错）.xlsx', mimeType: XLSX, buffer: await withScores(template, { 0: good[0]!, 1: good[1]!, 2: '良好' }) });
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-errors')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('import-error-count')).toHaveAttribute('data-count', '1');
  await expect(page.getByTestId('import-error-count')).toContainText('文件有 1 处问题，未保存任何得分');
  const line = page.getByTestId('import-error-row');
  await expect(line).toHaveCount(1);
  await expect(line.locator('td').nth(0)).toHaveText('4');
  await expect(line.locator('td').nth(1)).toHaveText('得分');
  await expect(line.locator('td').nth(2)).toHaveText('得分应为数字，如 8 或 8.5（现为“良好”）');
  await page.screenshot({ path: '/tmp/shots/h4/scores-import-errors.png' });

  // Fixed: three drafts are saved.
  await fileInput.setInputFiles({ name: '评分表.xlsx', mimeType: XLSX, buffer: await withScores(template, { 0: good[0]!, 1: good[1]!, 2: good[2]! }) });
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-created')).toHaveAttribute('data-count', '3', { timeout: 30_000 });
  await expect(page.locator('.ant-modal')).toContainText('新录入 3 条，修改 0 条');
  await page.screenshot({ path: '/tmp/shots/h4/scores-import-done.png' });
  await page.getByTestId('import-close').click();

  const scoreInput = (i: number) => rows.nth(i).locator('input[data-testid="scoring-score"]');
  for (const i of [0, 1, 2]) {
    await expect(rows.nth(i).getByTestId('scoring-status')).toHaveText('草稿');
    await expect(scoreInput(i)).toHaveValue(good[i]!.toFixed(2));
  }
  await expect(rows.nth(3).getByTestId('scoring-status')).toHaveText('未录入');

  // A column copied from Excel, pasted into row 4's score, fills rows 4 and 5.
  await scoreInput(3).evaluate((el) => {
    const data = new DataTransfer();
    data.setData('text/plain', '1\r\n0.5\r\n');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(page.locator('.ant-message')).toContainText('已粘贴 2 个得分');
  await expect(scoreInput(3)).toHaveValue('1.00');
  await expect(scoreInput(4)).toHaveValue('0.50');
  await expect(page.getByTestId('scoring-dirty-count')).toHaveText('2 行未保存');
  await page.screenshot({ path: '/tmp/shots/h4/scores-grid-after-import.png' });

  // Close this test's process, so that a later spec's 评分表 opens on its own period.
  await perf.call(closeAssessmentProcess, { params: { id: process.id }, body: { version: opened.version, confirmUnsubmitted: true } });
});

test('单位在“本单位考核结果”中看到已关闭的半年考核得分，看不到进行中的季度', async ({ page }) => {
  await loginAs(page, 'unit.chengdu');
  const menu = page.getByTestId('side-menu');
  await menu.getByText('本单位考核结果', { exact: true }).click();
  await expect(page).toHaveURL(/\/assessment\/my-scores$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('本单位考核结果');

  const cards = page.getByTestId('my-scores-period-card');
  await expect(cards.filter({ hasText: '半年考核' })).toHaveCount(1);
  // 第三季度 is still open at the pinned instant: nothing of it is shown.
  await expect(cards.filter({ hasText: '第三季度平时考核' })).toHaveCount(0);
  await page.screenshot({ path: '/tmp/shots/h4/my-scores-all.png' });

  const periodSelect = page.getByTestId('my-scores-period');
  await pick(
    page,
    () => periodSelect.click(),
    '半年考核',
    () => expect(periodSelect).toContainText('半年考核', { timeout: 1_000 }),
  );
  await expect(cards).toHaveCount(1);
  const card = cards.first();
  await expect(card).toContainText('半年考核');
  const scoreRows = card.getByTestId('my-score-row');
  expect(await scoreRows.count()).toBeGreaterThan(0);
  await expect(card.getByTestId('my-scores-total-row')).toContainText('合计');
  await expect(card.getByTestId('my-scores-period-total')).toContainText(/得分 \d+\.\d\d \/ 分值 \d+\.\d\d/);
  await shot(page, 'h4/my-scores-half-year');

  const exported = page.waitForEvent('download');
  await page.getByTestId('my-scores-export').click();
  expect((await exported).suggestedFilename()).toMatch(/^考核结果-成都市交通运输局\d{4}年-\d{8}\.xlsx$/);
});
