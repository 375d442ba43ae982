import { describe, expect, it } from 'vitest';
import type { ImportErrorDetails } from '@jx/contract';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { goodRow, importUpload, readXlsx, xlsx, HEADERS } from './helpers.ts';

describe('targets.import', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const CD = seeded.unitId('CITY-CD');
  const cdPerson = await db.person.findUniqueOrThrow({ where: { id: await seeded.personIn('CITY-CD') } });
  let n = 0;
  const title = (what: string) => `${what}${++n}`;

  const post = (user: string, content: Buffer, filename?: string) => {
    const { payload, headers } = importUpload(content, seeded.yearId, filename);
    return t.as(user)({ method: 'POST', url: '/api/targets/import', payload, headers });
  };
  const details = (res: { json(): unknown }) => (res.json() as { error: { code: string; details: ImportErrorDetails } }).error.details;
  const targetCount = () => db.target.count();

  it('imports every row of a good file as DRAFT targets, with milestones, responsibles and an audit event each', async () => {
    const titles = [title('导入目标'), title('导入目标'), title('导入目标')];
    const file = await xlsx([
      goodRow(titles[0]!),
      goodRow(titles[1]!, { 工作时限: new Date(Date.UTC(2026, 5, 30)), 计量单位: '处', 目标值: 120, 责任人: `${cdPerson.name}` }),
      goodRow(titles[2]!, { 里程碑计划: '3月:20;6月:50;9月:80;12月:100', 责任人: `${cdPerson.staffNo}:100` }),
    ]);
    const res = await post('perf', file);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().created).toBe(3);
    const rows = await db.target.findMany({
      where: { title: { in: titles } },
      include: { milestones: { orderBy: { period: 'asc' } }, responsibles: true },
      orderBy: { title: 'asc' },
    });
    expect(rows.map((r) => [r.status, r.origin, r.unitId])).toEqual(titles.map(() => ['DRAFT', 'ASSIGNED', CD]));
    const [first, second, third] = rows;
    // Left empty: an even plan over the year, the last month at 100 %.
    expect(first!.milestones).toHaveLength(12);
    expect(first!.milestones.at(-1)!.plannedPercent).toBe(100);
    // Deadline in June: the even plan stops at June.
    expect(second!.milestones.map((m) => m.period)).toEqual(['M01', 'M02', 'M03', 'M04', 'M05', 'M06']);
    expect(second!.metricTarget?.toString()).toBe('120');
    expect(second!.responsibles).toEqual([expect.objectContaining({ personId: cdPerson.id, shareBp: 10000 })]);
    expect(third!.milestones.map((m) => [m.period, m.plannedPercent])).toEqual([
      ['M03', 20],
      ['M06', 50],
      ['M09', 80],
      ['M12', 100],
    ]);
    const audits = await db.auditEvent.findMany({ where: { action: 'targets.create', objectId: { in: rows.map((r) => r.id) } } });
    expect(audits).toHaveLength(3);
  });

  it('the downloaded template, filled in, imports as it is (dropdown values, hidden sheets, header notes)', async () => {
    const wb = await readXlsx((await t.as('unit.chengdu')({ method: 'GET', url: `/api/targets/import-template?yearId=${seeded.yearId}` })).rawPayload);
    const ws = wb.getWorksheet('目标')!;
    const unit = wb.getWorksheet('单位列表')!.getCell('A2').value as string;
    const indicator = (wb.getWorksheet('指标列表')!.getColumn(1).values as string[]).find((v) => typeof v === 'string' && v.startsWith('2.3.1'))!;
    const mine = title('模板填写');
    ws.getRow(2).values = [
      unit,
      '安全生产',
      indicator,
      mine,
      '内容',
      '措施',
      '效果',
      new Date(Date.UTC(2026, 11, 31)),
      '4',
      '',
      '',
      '',
      '第一季度:10;6月:40;12月:100',
    ];
    const res = await post('unit.chengdu', Buffer.from(await wb.xlsx.writeBuffer()));
    // 第一季度 is no period of a monthly type: the row is refused with the type's rhythm.
    expect(res.statusCode).toBe(400);
    expect(details(res).issues[0]).toMatchObject({ row: 2, column: '里程碑计划', message: expect.stringMatching(/按月报送/) });
    ws.getCell('M2').value = '3月:10;6月:40;12月:100';
    const ok = await post('unit.chengdu', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(ok.statusCode, ok.body).toBe(201);
    const created = await db.target.findFirstOrThrow({ where: { title: mine }, include: { milestones: { orderBy: { period: 'asc' } } } });
    expect(created.milestones.map((m) => m.period)).toEqual(['M03', 'M06', 'M12']);
  });

  it('a unit admin importing for its own unit declares (DECLARED)', async () => {
    const mine = title('申报目标');
    const res = await post('unit.chengdu', await xlsx([goodRow(mine)]));
    expect(res.statusCode, res.body).toBe(201);
    expect((await db.target.findFirstOrThrow({ where: { title: mine } })).origin).toBe('DECLARED');
  });

  it('reports every problem with its row and column, and writes nothing when any row is wrong', async () => {
    const before = await targetCount();
    const file = await xlsx([
      goodRow(title('好行')), // row 2 is fine, and is not written either
      goodRow(title('坏行'), { 分值: 'abc', 工作时限: '2027-01-15' }), // row 3
      goodRow('', { 指标: '9.9.9' }), // row 4
      goodRow(title('坏行'), { 目标类型: '不存在的类型', 里程碑计划: '6月:50;3月:100' }), // row 5
      goodRow(title('坏行'), { 责任人: '查无此人' }), // row 6
    ]);
    const res = await post('perf', file);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    const d = details(res);
    const at = (row: number, column: string) => d.issues.filter((i) => i.row === row && i.column === column);
    expect(at(3, '分值')[0]?.message).toMatch(/分值应为数字/);
    expect(at(3, '工作时限')[0]?.message).toMatch(/2026 年内/);
    expect(at(4, '目标名称')[0]?.message).toBe('请填写目标名称');
    expect(at(4, '指标')[0]?.message).toMatch(/9\.9\.9/);
    expect(at(5, '目标类型')[0]?.message).toMatch(/不存在的类型/);
    expect(at(6, '责任人')[0]?.message).toMatch(/查无此人/);
    expect(d.issues.some((i) => i.row === 2)).toBe(false);
    expect(d.issues.every((i) => i.path === `rows.${i.row}.${i.column}`)).toBe(true);
    expect(d.total).toBe(d.issues.length);
    expect(await targetCount()).toBe(before);
  });

  it('the milestone plan is checked like targets.create (order, last at 100 %)', async () => {
    const res = await post('perf', await xlsx([goodRow(title('里程碑'), { 里程碑计划: '6月:50;3月:80' })]));
    expect(res.statusCode).toBe(400);
    const messages = details(res)
      .issues.filter((i) => i.column === '里程碑计划')
      .map((i) => i.message);
    expect(messages).toEqual(expect.arrayContaining(['里程碑时段须按时间先后排列且不重复', '最后一个里程碑的累计计划完成百分比须为 100%']));
  });

  it('the same title twice for one unit is reported on the later row', async () => {
    const same = title('重复');
    const res = await post('perf', await xlsx([goodRow(same), goodRow(same)]));
    expect(res.statusCode).toBe(400);
    expect(details(res).issues).toEqual([expect.objectContaining({ row: 3, column: '目标名称', message: '与第 2 行同一单位的目标名称重复' })]);
  });

  it('a unit admin importing a row for another unit is refused like a direct create (403, audited), the row named, nothing written', async () => {
    const before = await targetCount();
    const res = await post('unit.chengdu', await xlsx([goodRow(title('本单位')), goodRow(title('他单位'), { 责任单位: '绵阳市交通运输局' })]));
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
    expect(details(res).issues).toEqual([
      expect.objectContaining({ row: 3, column: '责任单位', message: expect.stringMatching(/无权为“绵阳市交通运输局”制定/) }),
    ]);
    expect(await targetCount()).toBe(before);
    const denied = await t.db.auditEvent.count({ where: { requestId: String(res.headers['x-request-id']), outcome: 'DENIED', actorUsername: 'unit.chengdu' } });
    expect(denied).toBe(1);
  });

  it('a department may not import a type it does not own', async () => {
    const res = await post('safety', await xlsx([goodRow(title('职能'), { 目标类型: '职能绩效', 指标: '1.1.1' })]));
    expect(res.statusCode).toBe(403);
    expect(details(res).issues[0]).toMatchObject({ row: 2, column: '责任单位', message: expect.stringMatching(/无权/) });
  });

  it('refuses what is not an xlsx workbook, with a Chinese message and nothing written', async () => {
    const before = await targetCount();
    const good = await xlsx([goodRow(title('格式'))]);
    const cases: [Buffer, string, RegExp][] = [
      [Buffer.from('单位,目标名称\n成都,x'), '目标.csv', /请上传 Excel 工作簿/],
      [Buffer.from('this is plain text, not a zip'), '改了扩展名.xlsx', /可能只是改了扩展名/],
      [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), '旧格式.xls', /\.xls/],
      [good, '含宏.xlsm', /含宏/],
      [Buffer.alloc(0), '空.xlsx', /空的/],
    ];
    for (const [content, name, message] of cases) {
      const res = await post('perf', content, name);
      expect(res.statusCode, name).toBe(400);
      expect(res.json().error.message, name).toMatch(message);
      expect(details(res).issues[0], name).toMatchObject({ path: 'file', row: null, column: null });
    }
    expect(await targetCount()).toBe(before);
  });

  it('refuses a file over the size limit', async () => {
    const res = await post('perf', Buffer.alloc(5 * 1024 * 1024 + 10, 1), '大文件.xlsx');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/超过 5 MB/);
  });

  it('refuses an empty sheet, a sheet with only the header, a missing or an unknown header column', async () => {
    const empty = await xlsx([], { headers: [] });
    expect(details(await post('perf', empty)).issues[0]!.message).toMatch(/不存在或是空的/);
    expect(details(await post('perf', await xlsx([]))).issues[0]!.message).toMatch(/没有数据行/);

    const missing = await xlsx([goodRow(title('缺列'))], { headers: HEADERS.filter((h) => h !== '工作措施') });
    const m = details(await post('perf', missing));
    expect(m.issues).toEqual([expect.objectContaining({ row: 1, column: '工作措施', message: expect.stringMatching(/缺少列“工作措施”/) })]);

    const unknown = await xlsx([goodRow(title('多列'))], { headers: [...HEADERS, '备注'] });
    expect(details(await post('perf', unknown)).issues).toEqual([
      expect.objectContaining({ row: 1, column: '备注', message: expect.stringMatching(/无法识别的列/) }),
    ]);
  });

  it('reads the cached value of a formula cell, and rejects a formula without one', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('目标');
    ws.addRow([...HEADERS]);
    const row = goodRow(title('公式'));
    ws.addRow(HEADERS.map((h) => row[h] ?? null));
    ws.getCell('I2').value = { formula: '1+2', result: 3 };
    ws.addRow(HEADERS.map((h) => goodRow(title('公式'))[h] ?? null));
    ws.getCell('I3').value = { formula: '1+2' } as never;
    const res = await post('perf', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.statusCode).toBe(400);
    expect(details(res).issues).toEqual([expect.objectContaining({ row: 3, column: '分值', message: expect.stringMatching(/公式没有计算结果/) })]);
  });

  it('caps the reported problems at 200 and says how many there are', async () => {
    const rows = Array.from({ length: 120 }, () => goodRow('', { 分值: 'x' }));
    const d = details(await post('perf', await xlsx(rows)));
    expect(d.total).toBe(240);
    expect(d.issues).toHaveLength(200);
    expect(d.truncated).toBe(true);
  });

  it('a closed year takes no import (409)', async () => {
    await db.year.update({ where: { id: seeded.yearId }, data: { status: 'CLOSED' } });
    try {
      const res = await post('perf', await xlsx([goodRow(title('关闭'))]));
      expect(res.statusCode).toBe(409);
    } finally {
      await db.year.update({ where: { id: seeded.yearId }, data: { status: 'ACTIVE' } });
    }
  });
});
