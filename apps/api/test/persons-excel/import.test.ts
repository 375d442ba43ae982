import { describe, expect, it } from 'vitest';
import type { ImportErrorDetails } from '@jx/contract';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { readXlsx } from '../excel/helpers.ts';
import { deflatedEntry, deflatedZeros, rawZip, storedEntry } from '../documents/fixtures/docx-fixtures.ts';
import { PERSON_HEADERS, newPersonRow, personImportUpload, personXlsx } from './helpers.ts';

describe('persons.import', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const CD = seeded.unitId('CITY-CD');
  const MY = seeded.unitId('CITY-MY');
  let n = 0;
  const staffNo = () => `XL${String(++n).padStart(4, '0')}`;

  const post = (content: Buffer, filename?: string, user = 'admin') => {
    const { payload, headers } = personImportUpload(content, filename);
    return t.as(user)({ method: 'POST', url: '/api/persons/import', payload, headers });
  };
  const details = (res: { json(): unknown }) => (res.json() as { error: { details: ImportErrorDetails } }).error.details;
  const personCount = () => db.person.count();

  it('onboards every row of a good file, each with its first assignment and an audit event naming file and row', async () => {
    const nos = [staffNo(), staffNo(), staffNo()];
    const file = await personXlsx([
      newPersonRow(nos[0]!, '王小明'),
      newPersonRow(nos[1]!, '李小红', { 单位: 'CITY-MY', 性别: '', 电话: 13800138000, 职务: '', 到岗日期: new Date(Date.UTC(2026, 1, 15)), 备注: '公开招录' }),
      newPersonRow(nos[2]!, '赵小刚', { 到岗日期: '2026年3月2日' }),
    ]);
    const res = await post(file);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().created).toBe(3);

    const people = await db.person.findMany({ where: { staffNo: { in: nos } }, include: { assignments: true }, orderBy: { staffNo: 'asc' } });
    expect(people.map((p) => [p.name, p.status, p.unitId])).toEqual([
      ['王小明', 'ACTIVE', CD],
      ['李小红', 'ACTIVE', MY],
      ['赵小刚', 'ACTIVE', CD],
    ]);
    const second = people[1]!;
    expect([second.gender, second.phone, second.position]).toEqual([null, '13800138000', null]);
    expect(second.assignments).toEqual([expect.objectContaining({ unitId: MY, startDate: new Date('2026-02-15'), endDate: null, note: '公开招录' })]);
    expect(people[2]!.assignments[0]!.startDate).toEqual(new Date('2026-03-02'));

    const audits = await db.auditEvent.findMany({
      where: { action: 'persons.onboard', objectId: { in: people.map((p) => p.id) } },
      orderBy: { reason: 'asc' },
    });
    expect(audits.map((a) => a.reason)).toEqual([2, 3, 4].map((row) => `Excel 批量导入（新进人员.xlsx 第 ${row} 行）`));

    // The new people are in the list like anyone onboarded one by one.
    const list = await t.as('admin')({ method: 'GET', url: '/api/persons', query: { q: '小红' } });
    expect(list.json().items.map((p: { staffNo: string }) => p.staffNo)).toContain(nos[1]);
  });

  it('the downloaded template, filled in with its dropdown values, imports as it is', async () => {
    const wb = await readXlsx((await t.as('admin')({ method: 'GET', url: '/api/persons/import-template' })).rawPayload);
    const unit = wb.getWorksheet('单位列表')!.getCell('A2').value as string;
    const no = staffNo();
    wb.getWorksheet('人员')!.getRow(2).values = [no, '模板填写', '男', '', unit, '', new Date(Date.UTC(2026, 2, 1)), ''];
    const res = await post(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.statusCode, res.body).toBe(201);
    expect((await db.person.findUniqueOrThrow({ where: { staffNo: no }, include: { unit: true } })).unit?.name).toBe(unit);
  });

  it('reports every problem with its row and column, and onboards nobody when any row is wrong', async () => {
    const existing = await db.person.findFirstOrThrow({ where: { status: 'ACTIVE' } });
    await db.unit.update({ where: { code: 'DU-ZBB' }, data: { active: false } });
    try {
      const before = await personCount();
      const twice = staffNo();
      const file = await personXlsx([
        newPersonRow(staffNo(), '好人'), // row 2 is fine, and is not written either
        newPersonRow(existing.staffNo, '重号'), // row 3
        newPersonRow(twice, '甲'), // row 4
        newPersonRow(twice, '乙', { 性别: '未知', 电话: 'abc' }), // row 5
        newPersonRow('x', '', { 单位: '不存在的单位', 到岗日期: '2026-02-30' }), // row 6
        newPersonRow(staffNo(), '停用', { 单位: 'DU-ZBB', 职务: '职'.repeat(41) }), // row 7
        newPersonRow(staffNo(), '缺日期', { 到岗日期: '' }), // row 8
      ]);
      const res = await post(file);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      const d = details(res);
      const where = d.issues.map((i) => [i.path, i.message]);
      expect(where).toEqual([
        ['rows.3.工号', expect.stringMatching(new RegExp(`工号“${existing.staffNo}”已存在`))],
        ['rows.5.工号', '与第 4 行的工号重复'],
        ['rows.5.性别', '性别应为 男 或 女'],
        ['rows.5.电话', '电话号码格式不正确'],
        ['rows.6.姓名', '请填写姓名'],
        ['rows.6.单位', '没有名为“不存在的单位”的单位，请从下拉列表选择'],
        ['rows.6.工号', '工号为 2–20 位字母、数字或连字符'],
        ['rows.6.到岗日期', '日期格式应为 YYYY-MM-DD'],
        ['rows.7.单位', expect.stringMatching(/已停用/)],
        ['rows.7.职务', '职务不能超过 40 个字'],
        ['rows.8.到岗日期', '请填写到岗日期'],
      ]);
      expect(d.issues.every((i) => i.row !== null && i.column === i.path.split('.')[2])).toBe(true);
      expect(d.total).toBe(11);
      expect(await personCount()).toBe(before);
    } finally {
      await db.unit.update({ where: { code: 'DU-ZBB' }, data: { active: true } });
    }
  });

  it('refuses hostile or wrong files with a Chinese message and onboards nobody', async () => {
    const before = await personCount();
    const good = await personXlsx([newPersonRow(staffNo(), '格式')]);
    // 60 MB of zeros declared (and real) in ~60 KB: refused from the central directory, before anything is inflated.
    const zipBomb = rawZip([
      deflatedEntry('xl/workbook.xml', Buffer.from('<workbook/>')),
      { name: 'xl/worksheets/sheet1.xml', stored: deflatedZeros(60), method: 8, uncompressedSize: 60 * 1024 * 1024, crc: 0 },
    ]);
    const cases: [Buffer, string, RegExp][] = [
      [Buffer.from('工号,姓名\nP1,张三'), '人员.csv', /请上传 Excel 工作簿/],
      [Buffer.from('this is plain text, not a zip'), '改了扩展名.xlsx', /可能只是改了扩展名/],
      [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), '旧格式.xls', /\.xls/],
      [good, '含宏.xlsm', /含宏/],
      [Buffer.alloc(5 * 1024 * 1024 + 10, 1), '大文件.xlsx', /超过 5 MB/],
      [
        rawZip([deflatedEntry('xl/workbook.xml', Buffer.from('<workbook/>')), storedEntry('xl/vbaProject.bin', Buffer.from('Sub AutoOpen()'))]),
        '藏宏.xlsx',
        /含宏/,
      ],
      [zipBomb, '炸弹.xlsx', /解压后超过 50 MB/],
    ];
    for (const [content, name, message] of cases) {
      const res = await post(content, name);
      expect(res.statusCode, name).toBe(400);
      expect(res.json().error.message, name).toMatch(message);
      expect(details(res).issues[0], name).toMatchObject({ path: 'file', row: null, column: null });
    }
    expect(await personCount()).toBe(before);
  });

  it('refuses more than 1,000 rows, a missing required column and an unknown one', async () => {
    const many = Array.from({ length: 1001 }, (_, i) => newPersonRow(`MANY${i}`, '批量'));
    expect(details(await post(await personXlsx(many))).issues[0]!.message).toMatch(/一次最多导入 1000 行/);

    const missing = await personXlsx(
      [newPersonRow(staffNo(), '缺列')],
      PERSON_HEADERS.filter((h) => h !== '单位'),
    );
    expect(details(await post(missing)).issues).toEqual([expect.objectContaining({ row: 1, column: '单位', message: expect.stringMatching(/缺少列“单位”/) })]);

    const unknown = await personXlsx([newPersonRow(staffNo(), '多列')], [...PERSON_HEADERS, '身份证号']);
    expect(details(await post(unknown)).issues).toEqual([
      expect.objectContaining({ row: 1, column: '身份证号', message: expect.stringMatching(/无法识别的列/) }),
    ]);
  });

  it('is the administrator’s: a unit admin is refused (403) and nothing is written', async () => {
    const no = staffNo();
    const res = await post(await personXlsx([newPersonRow(no, '越权')]), undefined, 'unit.chengdu');
    expect(res.statusCode).toBe(403);
    expect(await db.person.findUnique({ where: { staffNo: no } })).toBeNull();
  });
});
