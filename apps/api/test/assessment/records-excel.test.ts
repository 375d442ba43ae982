import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { recordImportUpload } from './record-excel-helpers.ts';

/**
 * 评分表 in Excel: the department downloads its rows of a period (what is saved now filled in), fills scores and imports
 * the file — all rows checked first, every problem named by row and column, and all changed rows saved as drafts in
 * one go, or none. Another department's rows are refused.
 */
describe('assessment records: Excel template and import', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const perf = t.as('perf');
  const safety = t.as('safety');
  const safetyType = await db.targetType.findUniqueOrThrow({ where: { code: 'SAFETY' } });

  const newPeriod = async (name: string, open: boolean) => {
    const period = (
      await perf({ method: 'POST', url: '/api/assessment/periods', payload: { yearId: seeded.yearId, kind: 'SPECIAL', name, targetTypeId: safetyType.id } })
    ).json();
    const process = period.processes[0];
    if (open) await perf({ method: 'POST', url: `/api/assessment/processes/${process.id}/open`, payload: { version: process.version } });
    return { id: period.id as string, name: period.name as string, processId: process.id as string };
  };
  const period = await newPeriod('安全生产专项考核（Excel）', true);

  const template = async (as: typeof perf, periodId = period.id) => {
    const res = await as({ method: 'GET', url: `/api/assessment/records/template?periodId=${periodId}` });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    return { wb, ws: wb.getWorksheet('评分表')!, res };
  };
  const headerIndex = (ws: ExcelJS.Worksheet) => {
    const idx: Record<string, number> = {};
    ws.getRow(1).eachCell((c, col) => void (idx[String(c.value)] = col));
    return idx;
  };
  /** Sets cells of data rows (index 0 = Excel row 2) by header, and returns the file's bytes. */
  const fill = async (wb: ExcelJS.Workbook, cells: Record<number, Record<string, string | number | null>>) => {
    const ws = wb.getWorksheet('评分表')!;
    const col = headerIndex(ws);
    for (const [i, values] of Object.entries(cells)) for (const [h, v] of Object.entries(values)) ws.getRow(Number(i) + 2).getCell(col[h]!).value = v;
    return Buffer.from(await wb.xlsx.writeBuffer());
  };
  const importFile = (as: typeof perf, content: Buffer, periodId = period.id) => {
    const { payload, headers } = recordImportUpload(content, periodId);
    return as({ method: 'POST', url: '/api/assessment/records/import', payload, headers });
  };
  const grid = async (as: typeof perf = safety) =>
    (await as({ method: 'GET', url: `/api/assessment/records?periodId=${period.id}&pageSize=500` })).json().items as {
      targetId: string;
      targetTitle: string;
      record: { id: string; score: string; opinion: string | null; deductions: { reason: string; points: string }[]; status: string; version: number } | null;
    }[];

  it('the template lists the department’s rows of the period, in the grid’s order, with the key column hidden', async () => {
    const { ws, res } = await template(safety);
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('评分表-安全生产专项考核（Excel）-安全监督处.xlsx');
    const col = headerIndex(ws);
    expect(Object.keys(col)).toEqual(['编号', '责任单位', '目标类型', '目标名称', '考核部门', '分值', '记录状态', '得分', '扣分项', '考核意见']);
    expect(ws.getColumn(col['编号']!).hidden).toBe(true);
    const rows = await grid();
    expect(ws.actualRowCount - 1).toBe(rows.length);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(ws.getRow(2).getCell(col['目标名称']!).value).toBe(rows[0]!.targetTitle);
    expect(ws.getRow(2).getCell(col['记录状态']!).value).toBe('未录入');
  });

  it('a good file saves its scored rows as drafts, in one audited import, and the grid shows them', async () => {
    const { wb } = await template(safety);
    const file = await fill(wb, {
      0: { 得分: 1.5, 扣分项: '台账不全:0.5；进度滞后：1', 考核意见: '按期完成' },
      1: { 得分: '2' },
    });
    const res = await importFile(safety, file);
    expect(res.statusCode).toBe(200);
    const rows = await grid();
    expect(res.json()).toEqual({ saved: 2, created: 2, updated: 0, unchanged: rows.length - 2 });
    expect(rows[0]!.record).toMatchObject({
      status: 'DRAFT',
      score: '1.50',
      opinion: '按期完成',
      deductions: [
        { reason: '台账不全', points: '0.50' },
        { reason: '进度滞后', points: '1.00' },
      ],
    });
    expect(rows[1]!.record).toMatchObject({ status: 'DRAFT', score: '2.00', opinion: null, deductions: [] });
    expect(rows[2]!.record).toBeNull();
    const audit = await db.auditEvent.findMany({ where: { action: 'records.import', objectId: period.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.reason).toContain('评分表.xlsx');
    expect(await db.auditEvent.count({ where: { action: 'records.save', objectId: rows[0]!.record!.id } })).toBe(0);

    // The template now carries what was saved; importing it unchanged has nothing to save.
    const again = await template(safety);
    const col = headerIndex(again.ws);
    expect(again.ws.getRow(2).getCell(col['得分']!).value).toBe(1.5);
    expect(again.ws.getRow(2).getCell(col['扣分项']!).value).toBe('台账不全:0.5; 进度滞后:1');
    expect(again.ws.getRow(2).getCell(col['记录状态']!).value).toBe('草稿');
    const same = await importFile(safety, Buffer.from(await again.wb.xlsx.writeBuffer()));
    expect(same.statusCode).toBe(400);
    expect(same.json().error.key).toBe('recordExcel.nothingToSave');
  });

  it('one bad cell rejects the whole file: nothing is written and the problem names its row and column', async () => {
    const before = await grid();
    const { wb } = await template(safety);
    const file = await fill(wb, { 0: { 得分: 1 }, 2: { 得分: 'abc' }, 3: { 得分: 1 } });
    const res = await importFile(safety, file);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', key: 'recordExcel.scoreNotNumber' });
    expect(res.json().error.details).toMatchObject({
      total: 1,
      issues: [{ row: 4, column: '得分', path: 'rows.4.得分', key: 'recordExcel.scoreNotNumber', message: '得分应为数字，如 8 或 8.5（现为“abc”）' }],
    });
    expect(await grid()).toEqual(before);
  });

  it('every problem of a file is listed by row and column', async () => {
    const rows = await grid();
    const { wb } = await template(safety);
    const maxOf = async (i: number) => (await db.target.findUniqueOrThrow({ where: { id: rows[i]!.targetId } })).maxScore.toNumber();
    const file = await fill(wb, {
      2: { 得分: -1 },
      3: { 得分: 1.234 },
      4: { 得分: (await maxOf(4)) + 1 },
      5: { 得分: 1, 扣分项: '没有分值' },
      6: { 编号: 'not-a-key', 得分: 1 },
      7: { 编号: null, 得分: 1 },
      8: { 得分: null, 考核意见: '只写了意见' },
    });
    const res = await importFile(safety, file);
    expect(res.statusCode).toBe(400);
    const issues = res.json().error.details.issues as { row: number; column: string; key: string }[];
    expect(issues.map((i) => [i.row, i.column, i.key])).toEqual([
      [4, '得分', 'recordExcel.scoreNegative'],
      [5, '得分', 'recordExcel.scoreDecimals'],
      [6, '得分', 'records.scoreAboveMax'],
      [7, '扣分项', 'recordExcel.deductionUnreadable'],
      [8, '编号', 'recordExcel.keyUnknown'],
      [9, '编号', 'recordExcel.keyRequired'],
      [10, '得分', 'recordExcel.scoreRequired'],
    ]);
    expect(await grid()).toEqual(rows);
  });

  it('a row whose record cannot be written now is refused: submitted, changed since the template, or its process not open', async () => {
    const rows = await grid();
    const { wb } = await template(safety);
    // Row 2 (index 0) is submitted after the template was made, row 3 (index 1) saved again by someone else.
    const first = rows[0]!.record!;
    await safety({ method: 'POST', url: `/api/assessment/records/${first.id}/submit`, payload: { version: first.version } });
    const second = rows[1]!.record!;
    await safety({
      method: 'PUT',
      url: '/api/assessment/records',
      payload: { periodId: period.id, targetId: rows[1]!.targetId, score: '0.5', version: second.version },
    });
    const res = await importFile(safety, await fill(wb, { 0: { 得分: 0.5 }, 1: { 得分: 1 } }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.issues.map((i: { row: number; column: string; key: string }) => [i.row, i.column, i.key])).toEqual([
      [2, '得分', 'recordExcel.stale'],
      [3, '得分', 'recordExcel.stale'],
    ]);
    // With a fresh template the submitted row is refused for its state.
    const fresh = await template(safety);
    const again = await importFile(safety, await fill(fresh.wb, { 0: { 得分: 0.5 }, 1: { 得分: 1 } }));
    expect(again.json().error.details.issues).toMatchObject([
      { row: 2, column: '得分', key: 'records.notAllowedInStatus', message: '考核记录当前为“已提交”，不能保存' },
    ]);
    expect((await grid())[1]!.record!.score).toBe('0.50');

    // A period whose process is not open: its rows are read-only.
    const later = await newPeriod('安全生产专项考核（未开启）', false);
    const closed = await template(safety, later.id);
    const refused = await importFile(safety, await fill(closed.wb, { 0: { 得分: 1 } }), later.id);
    expect(refused.json().error.details.issues).toMatchObject([
      { row: 2, column: '得分', key: 'records.processNotOpen', params: { processStatus: 'NOT_STARTED' } },
    ]);
    // A file of one period imported into another names the period to download.
    const wrong = await importFile(safety, await fill(closed.wb, { 0: { 得分: 1 } }), period.id);
    expect(wrong.json().error.details.issues).toMatchObject([
      { row: null, column: null, key: 'recordExcel.otherPeriodFile', params: { filePeriodName: later.name, periodName: period.name } },
    ]);
  });

  it('another department’s rows are refused (403) and nothing is written; the office may import for the department', async () => {
    const rows = await grid();
    const { wb } = await template(safety);
    const bytes = await fill(wb, { 5: { 得分: 1 } });
    const refused = await importFile(t.as('integrity'), bytes);
    expect(refused.statusCode).toBe(403);
    // The whole file is another department's: every row is named.
    expect(refused.json().error.details.total).toBe(rows.length);
    expect(refused.json().error.details.issues[0]).toMatchObject({
      row: 2,
      column: '编号',
      key: 'recordExcel.otherDepartment',
      params: { unitName: '安全监督处' },
    });
    expect(await grid()).toEqual(rows);
    // Units do not score at all.
    expect((await importFile(t.as('unit.chengdu'), bytes)).statusCode).toBe(403);
    expect((await t.as('unit.chengdu')({ method: 'GET', url: `/api/assessment/records/template?periodId=${period.id}` })).statusCode).toBe(403);

    const office = await importFile(perf, bytes);
    expect(office.statusCode).toBe(200);
    expect(office.json()).toMatchObject({ saved: 1, created: 1 });
    expect((await grid())[5]!.record).toMatchObject({ status: 'DRAFT', score: '1.00' });
  });

  it('a file that is not the template is refused as a whole', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('评分表').addRow(['目标名称', '分数']);
    const res = await importFile(safety, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.issues.map((i: { path: string; key: string }) => i.key)).toEqual(
      expect.arrayContaining(['excel.unknownColumn', 'excel.missingColumn']),
    );
  });
});
