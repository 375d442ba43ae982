import { describe, expect, it } from 'vitest';
import { canReadAdjustment } from '@jx/contract';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { readXlsx, sheetValues } from '../excel/helpers.ts';
import { buildDocx, PNG_1X1 } from '../documents/fixtures/docx-fixtures.ts';
import { multipartBody } from '../documents-api/helpers.ts';
import { loadAccountWithScope } from '../../src/auth/session-user.ts';
import { adjustmentReadWhere } from '../../src/modules/assessment/adjustment.policy.ts';
import type { Actor } from '../../src/lib/context.ts';

/** 加减分: a department files a line (points from the category by default), the office approves or rejects it. */
describe('bonus and deduction lines', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const perf = t.as('perf');
  const safety = t.as('safety');
  const categories = (await perf({ method: 'GET', url: `/api/assessment/adjustment-categories?yearId=${seeded.yearId}` })).json().items as {
    id: string;
    code: string;
    defaultPoints: string | null;
  }[];
  const category = (code: string) => categories.find((c) => c.code === code)!;
  const unit = await db.assessedUnit.findFirstOrThrow({ where: { yearId: seeded.yearId, unit: { code: 'CITY-MY' } } });
  const file = (as: typeof perf, body: Record<string, unknown>) =>
    as({ method: 'POST', url: '/api/assessment/adjustments', payload: { assessedUnitId: unit.id, ...body } });

  it('the year has the measures’ categories, with default points', () => {
    expect(category('NATIONAL_AWARD').defaultPoints).toBe('2.00');
    expect(category('ABSENCE').defaultPoints).toBe('0.50');
    expect(category('VETO').defaultPoints).toBeNull();
  });

  it('filed pending with the category’s points; a veto has none; a category without default needs points', async () => {
    const absence = await file(safety, { categoryId: category('ABSENCE').id, reason: '无故缺席安全生产会议' });
    expect(absence.statusCode).toBe(201);
    expect(absence.json()).toMatchObject({
      kind: 'DEDUCTION',
      points: '0.50',
      status: 'PENDING',
      unitName: '绵阳市交通运输局',
      filedByUnitName: '安全监督处',
      filedByUnitId: seeded.unitId('HQ-AJC'),
      evidence: [],
    });
    expect((await file(safety, { categoryId: category('VETO').id, points: '1', reason: '事故' })).json().error.details.issues[0]).toMatchObject({
      path: 'points',
      key: 'adjustments.vetoHasNoPoints',
    });
    expect((await file(safety, { categoryId: category('INSPECTION').id, reason: '察访核验' })).json().error.details.issues[0]).toMatchObject({
      path: 'points',
      key: 'adjustments.pointsRequired',
    });
    const veto = await file(safety, { categoryId: category('VETO').id, reason: '发生较大生产安全责任事故' });
    expect(veto.json()).toMatchObject({ kind: 'VETO', points: null, status: 'PENDING' });
  });

  it('the office approves or rejects once; the filer is told; a department cannot decide', async () => {
    const line = (await file(safety, { categoryId: category('PROVINCIAL_CRITICISM').id, reason: '被省政府督查通报' })).json();
    expect((await safety({ method: 'POST', url: `/api/assessment/adjustments/${line.id}/approve`, payload: { version: 1 } })).statusCode).toBe(403);
    const approved = await perf({ method: 'POST', url: `/api/assessment/adjustments/${line.id}/approve`, payload: { version: 1 } });
    expect(approved.json()).toMatchObject({ status: 'APPROVED', decidedAt: expect.any(String) });
    const again = await perf({ method: 'POST', url: `/api/assessment/adjustments/${line.id}/reject`, payload: { version: 2, reason: '依据不足' } });
    expect(again.json().error).toMatchObject({ code: 'INVALID_STATE', key: 'adjustments.notAllowedInStatus', params: { adjustmentStatus: 'APPROVED' } });
    expect(await db.notification.count({ where: { accountId: seeded.accountId('safety'), kind: 'ADJUSTMENT_APPROVED' } })).toBe(1);

    const other = (await file(safety, { categoryId: category('ABSENCE').id, reason: '缺席' })).json();
    const rejected = await perf({ method: 'POST', url: `/api/assessment/adjustments/${other.id}/reject`, payload: { version: 1, reason: '已请假，不应扣分' } });
    expect(rejected.json()).toMatchObject({ status: 'REJECTED', decisionReason: '已请假，不应扣分' });
    const stale = await perf({ method: 'POST', url: `/api/assessment/adjustments/${line.id}/approve`, payload: { version: 1 } });
    expect(stale.statusCode).toBe(409);
  });

  it('a department lists the lines it filed; the office lists all, filtered', async () => {
    const mine = (await safety({ method: 'GET', url: `/api/assessment/adjustments?yearId=${seeded.yearId}&pageSize=100` })).json();
    expect(mine.items.every((a: { filedByUnitName: string }) => a.filedByUnitName === '安全监督处')).toBe(true);
    const all = (await perf({ method: 'GET', url: `/api/assessment/adjustments?yearId=${seeded.yearId}&pageSize=100` })).json();
    expect(all.total).toBeGreaterThan(mine.total);
    const pending = (await perf({ method: 'GET', url: `/api/assessment/adjustments?yearId=${seeded.yearId}&status=PENDING&assessedUnitId=${unit.id}` })).json();
    expect(pending.items.map((a: { status: string }) => a.status)).toEqual(pending.items.map(() => 'PENDING'));
    expect(pending.total).toBe(await db.adjustment.count({ where: { assessedUnitId: unit.id, status: 'PENDING' } }));
  });

  it('filters by kind and category, sorts by points and by unit', async () => {
    const list = async (q: string) => (await perf({ method: 'GET', url: `/api/assessment/adjustments?yearId=${seeded.yearId}&pageSize=100&${q}` })).json();
    const vetoes = await list('kind=VETO');
    expect(vetoes.total).toBeGreaterThan(0);
    expect(vetoes.items.every((a: { kind: string; points: string | null }) => a.kind === 'VETO' && a.points === null)).toBe(true);
    const absences = await list(`categoryId=${category('ABSENCE').id}`);
    expect(absences.items.map((a: { categoryName: string }) => a.categoryName)).toEqual(absences.items.map(() => '无故缺席组织活动'));
    const byPoints = (await list('sort=points&order=desc')).items as { points: string | null }[];
    const numbers = byPoints.filter((a) => a.points !== null).map((a) => Number(a.points));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(byPoints.at(-1)!.points).toBeNull(); // vetoes (no points) last
    const byUnit = (await list('sort=unitName&order=asc')).items as { unitName: string }[];
    expect(byUnit.map((a) => a.unitName)).toEqual(byUnit.map((a) => a.unitName).sort((a, b) => a.localeCompare(b, 'en')));
    expect((await perf({ method: 'GET', url: `/api/assessment/adjustments?yearId=${seeded.yearId}&sort=reason` })).statusCode).toBe(400);
  });

  it('exports the list with its filters and scope, points signed', async () => {
    const res = await safety({ method: 'GET', url: `/api/assessment/adjustments/export?yearId=${seeded.yearId}&kind=DEDUCTION` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const rows = sheetValues((await readXlsx(res.rawPayload)).getWorksheet('加减分')!);
    expect(rows[0]).toEqual(['考核对象', '类型', '类别', '分值', '事由', '申报单位', '申报时间', '状态', '审核时间', '驳回原因', '佐证材料']);
    const expected = await db.adjustment.count({
      where: { kind: 'DEDUCTION', filedByUnitId: seeded.unitId('HQ-AJC'), assessedUnit: { yearId: seeded.yearId } },
    });
    expect(rows.length - 1).toBe(expected);
    expect(rows.slice(1).every((r) => r[1] === '减分' && Number(r[3]) < 0 && r[5] === '安全监督处')).toBe(true);
  });

  it('the read rule as a query and as the contract’s yes/no agree for every kind of account', async () => {
    const rows = await db.adjustment.findMany({ select: { id: true, filedByUnitId: true } });
    for (const username of ['leader', 'deputy', 'perf', 'safety', 'integrity', 'unit.chengdu', 'admin']) {
      const a = (await loadAccountWithScope(db, seeded.accountId(username)))!;
      const actor: Actor = {
        accountId: a.id,
        sessionId: 'test',
        username: a.username,
        displayName: a.displayName,
        roles: a.roles,
        unitId: a.unitId,
        personId: a.personId,
        portfolioUnitIds: a.portfolioUnits.map((p) => p.unitId),
        portfolioTargetTypeIds: a.portfolioTargetTypes.map((p) => p.targetTypeId),
      };
      const queried = new Set((await db.adjustment.findMany({ where: adjustmentReadWhere(actor), select: { id: true } })).map((r) => r.id));
      expect(
        rows.filter((r) => canReadAdjustment(actor, r)).map((r) => r.id),
        username,
      ).toEqual(rows.filter((r) => queried.has(r.id)).map((r) => r.id));
    }
  });
});

/** 加减分类别: the office keeps the categories of a year; codes are unique, a category in use keeps its kind. */
describe('adjustment categories', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const perf = t.as('perf');
  const url = '/api/assessment/adjustment-categories';
  const create = (body: Record<string, unknown>, as = perf) => as({ method: 'POST', url, payload: { yearId: seeded.yearId, ...body } });
  const update = (id: string, body: Record<string, unknown>) => perf({ method: 'PATCH', url: `${url}/${id}`, payload: body });
  const absence = await db.adjustmentCategory.findFirstOrThrow({ where: { yearId: seeded.yearId, code: 'ABSENCE' } });

  it('the office adds a category at the end of the list; it can be filed at once', async () => {
    const res = await create({ code: 'SAFETY_ACCIDENT', name: '安全生产事故', kind: 'DEDUCTION', defaultPoints: '1.5' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ code: 'SAFETY_ACCIDENT', kind: 'DEDUCTION', defaultPoints: '1.50', active: true, usage: 0, version: 1 });
    const items = (await perf({ method: 'GET', url: `${url}?yearId=${seeded.yearId}` })).json().items as { code: string }[];
    expect(items.at(-1)!.code).toBe('SAFETY_ACCIDENT');
    const unit = await db.assessedUnit.findFirstOrThrow({ where: { yearId: seeded.yearId } });
    const filed = await t.as('safety')({
      method: 'POST',
      url: '/api/assessment/adjustments',
      payload: { assessedUnitId: unit.id, categoryId: res.json().id, reason: '发生一般安全生产事故' },
    });
    expect(filed.json()).toMatchObject({ points: '1.50', categoryName: '安全生产事故' });
    expect(await db.auditEvent.count({ where: { action: 'adjustmentCategories.create', objectId: res.json().id } })).toBe(1);
  });

  it('a code already used in the year is refused with a message; bad input names the field', async () => {
    const dup = await create({ code: 'ABSENCE', name: '缺席', kind: 'DEDUCTION', defaultPoints: '0.5' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({ code: 'CONFLICT', key: 'adjustments.codeTaken', params: { code: 'ABSENCE' } });
    expect(dup.json().error.message).toMatch(/已有代码为“ABSENCE”的加减分类别/);
    const veto = await create({ code: 'VETO_2', name: '一票否决二', kind: 'VETO', defaultPoints: '1' });
    expect(veto.statusCode).toBe(400);
    expect(veto.json().error.details.issues[0]).toMatchObject({ path: 'defaultPoints', key: 'adjustments.vetoHasNoPoints' });
    const zero = await create({ code: 'ZERO', name: '零分', kind: 'BONUS', defaultPoints: '0' });
    expect(zero.json().error.details.issues[0]).toMatchObject({ path: 'defaultPoints', key: 'adjustments.pointsPositive' });
    const code = await create({ code: 'lower case', name: '小写', kind: 'BONUS' });
    expect(code.json().error.details.issues[0]).toMatchObject({ path: 'code' });
    expect((await create({ code: 'DEPT', name: '部门新增', kind: 'BONUS' }, t.as('safety'))).statusCode).toBe(403);
  });

  it('renames, changes default points and deactivates with the version read; a stale version is 409', async () => {
    const res = await update(absence.id, { code: 'ABSENCE', name: '无故缺席会议和活动', kind: 'DEDUCTION', defaultPoints: '0.3', active: false, version: 1 });
    expect(res.json()).toMatchObject({ name: '无故缺席会议和活动', defaultPoints: '0.30', active: false, version: 2 });
    const stale = await update(absence.id, { code: 'ABSENCE', name: '缺席', kind: 'DEDUCTION', defaultPoints: '0.3', active: true, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    // A category no longer offered cannot be filed; lines already filed keep their points.
    const unit = await db.assessedUnit.findFirstOrThrow({ where: { yearId: seeded.yearId } });
    const filed = await t.as('safety')({
      method: 'POST',
      url: '/api/assessment/adjustments',
      payload: { assessedUnitId: unit.id, categoryId: absence.id, reason: '缺席' },
    });
    expect(filed.json().error.details.issues[0]).toMatchObject({ path: 'categoryId', key: 'adjustments.categoryInactive' });
    expect((await db.adjustment.findMany({ where: { categoryId: absence.id } })).map((a) => a.points?.toFixed(2))).toContain('0.50');
  });

  it('a category in use keeps its kind and code; an unused one may change them; codes stay unique on update', async () => {
    const used = await db.adjustmentCategory.findFirstOrThrow({ where: { yearId: seeded.yearId, code: 'NATIONAL_AWARD' } });
    const count = await db.adjustment.count({ where: { categoryId: used.id } });
    expect(count).toBeGreaterThan(0);
    const res = await update(used.id, { code: 'NATIONAL_AWARD', name: used.name, kind: 'DEDUCTION', defaultPoints: '2', active: true, version: used.version });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'INVALID_STATE', key: 'adjustments.kindInUse', params: { count } });
    const recoded = await update(used.id, { code: 'NATIONAL_HONOUR', name: used.name, kind: 'BONUS', defaultPoints: '2', active: true, version: used.version });
    expect(recoded.json().error).toMatchObject({ code: 'INVALID_STATE', key: 'adjustments.codeInUse', params: { count } });
    const fresh = (await create({ code: 'SPARE', name: '备用', kind: 'BONUS', defaultPoints: '1' })).json();
    const toVeto = await update(fresh.id, { code: 'SPARE', name: '备用否决', kind: 'VETO', defaultPoints: null, active: true, version: 1 });
    expect(toVeto.json()).toMatchObject({ kind: 'VETO', defaultPoints: null, version: 2 });
    const clash = await update(fresh.id, { code: 'VETO', name: '备用否决', kind: 'VETO', defaultPoints: null, active: true, version: 2 });
    expect(clash.json().error).toMatchObject({ code: 'CONFLICT', key: 'adjustments.codeTaken' });
  });
});

/** 佐证材料: a .docx becomes a page, a PDF or image is kept for download; only the filing unit adds it, while pending. */
describe('adjustment evidence', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const perf = t.as('perf');
  const safety = t.as('safety');
  const unit = await db.assessedUnit.findFirstOrThrow({ where: { yearId: seeded.yearId, unit: { code: 'CITY-CD' } } });
  const absence = await db.adjustmentCategory.findFirstOrThrow({ where: { yearId: seeded.yearId, code: 'ABSENCE' } });
  const fileLine = async (as = safety) =>
    (
      await as({ method: 'POST', url: '/api/assessment/adjustments', payload: { assessedUnitId: unit.id, categoryId: absence.id, reason: '无故缺席' } })
    ).json() as { id: string; version: number };
  // A second passes between uploads, so the line lists its evidence in the order it came.
  const upload = (as: typeof perf, id: string, filename: string, content: Buffer) => {
    t.clock.advance(1000);
    return as({ method: 'POST', url: `/api/assessment/adjustments/${id}/evidence`, ...uploadOf(filename, content) });
  };
  const uploadOf = (filename: string, content: Buffer) => {
    const { payload, headers } = multipartBody([{ name: 'file', filename, content }]);
    return { payload, headers };
  };
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  const JPG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);

  it('the filer attaches a .docx (read as a page), a PDF and images (downloads); the line lists them', async () => {
    const line = await fileLine();
    const docx = await upload(safety, line.id, '缺席情况说明.docx', buildDocx());
    expect(docx.statusCode).toBe(201);
    expect(docx.json().evidence).toEqual([expect.objectContaining({ fileName: '缺席情况说明.docx', kind: 'DOCX' })]);
    const page = await t.as('leader')({ method: 'GET', url: `/api/documents/${docx.json().evidence[0].documentId}` });
    expect(page.statusCode).toBe(200);
    expect(page.json().html).toContain('<');

    await upload(safety, line.id, '../../会议签到表.PDF', PDF);
    await upload(safety, line.id, '现场照片.png', PNG_1X1);
    const last = await upload(safety, line.id, '通报.jpeg', JPG);
    expect(last.json().evidence.map((e: { fileName: string; kind: string }) => [e.fileName, e.kind])).toEqual([
      ['缺席情况说明.docx', 'DOCX'],
      ['会议签到表.pdf', 'PDF'],
      ['现场照片.png', 'IMAGE'],
      ['通报.jpg', 'IMAGE'],
    ]);
    const pdfId = last.json().evidence[1].documentId;
    const download = await perf({ method: 'GET', url: `/api/documents/${pdfId}/download` });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain('attachment; filename="document.pdf"');
    expect(Buffer.compare(download.rawPayload, PDF)).toBe(0);
    const jpg = await safety({ method: 'GET', url: `/api/documents/${last.json().evidence[3].documentId}/download` });
    expect(jpg.headers['content-type']).toBe('image/jpeg');
    // The line as listed carries the same evidence.
    const listed = (await perf({ method: 'GET', url: `/api/assessment/adjustments?yearId=${seeded.yearId}&pageSize=100` }))
      .json()
      .items.find((a: { id: string }) => a.id === line.id);
    expect(listed.evidence).toHaveLength(4);
    expect(await db.auditEvent.count({ where: { action: 'adjustments.uploadEvidence' } })).toBe(4);
  });

  it('other file types, and content that does not match its name, are refused before anything is stored', async () => {
    const line = await fileLine();
    const before = await db.document.count();
    const exe = await upload(safety, line.id, '说明.exe', Buffer.from('MZ\x90\x00'));
    expect(exe.statusCode).toBe(400);
    expect(exe.json().error.details.issues[0]).toMatchObject({ path: 'file', key: 'adjustments.evidenceType' });
    const fakePdf = await upload(safety, line.id, '签到表.pdf', buildDocx());
    expect(fakePdf.json().error.details.issues[0]).toMatchObject({ path: 'file', key: 'adjustments.evidenceContentMismatch', params: { extension: '.pdf' } });
    const fakePng = await upload(safety, line.id, '照片.png', PDF);
    expect(fakePng.json().error.key).toBe('adjustments.evidenceContentMismatch');
    const fakeDocx = await upload(safety, line.id, '说明.docx', PDF);
    expect(fakeDocx.statusCode).toBe(400);
    expect(fakeDocx.json().error.details.reason).toBe('NOT_DOCX');
    const empty = await upload(safety, line.id, '空.pdf', Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    const tooLarge = await upload(safety, line.id, '大文件.pdf', Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024)]));
    expect(tooLarge.statusCode).toBe(413);
    const noFile = await safety({ method: 'POST', url: `/api/assessment/adjustments/${line.id}/evidence`, ...multipartBody([{ name: 'x', value: '1' }]) });
    expect(noFile.statusCode).toBe(400);
    expect(await db.document.count()).toBe(before);
  });

  it('another department, and the office on a department’s line, may not attach; nothing after the decision', async () => {
    const line = await fileLine();
    const integrity = await upload(t.as('integrity'), line.id, '说明.pdf', PDF);
    expect(integrity.statusCode).toBe(403);
    const office = await upload(perf, line.id, '说明.pdf', PDF);
    expect(office.statusCode).toBe(403);
    expect(office.json().error.key).toBe('adjustments.notFiler');
    // The office attaches to the lines it files itself.
    const own = await fileLine(perf);
    expect((await upload(perf, own.id, '通报.pdf', PDF)).statusCode).toBe(201);

    await perf({ method: 'POST', url: `/api/assessment/adjustments/${line.id}/approve`, payload: { version: line.version } });
    const late = await upload(safety, line.id, '补充说明.pdf', PDF);
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toMatchObject({ code: 'INVALID_STATE', params: { adjustmentStatus: 'APPROVED', adjustmentAction: 'attachEvidence' } });
    const missing = await upload(safety, '00000000-0000-4000-8000-000000000000', '说明.pdf', PDF);
    expect(missing.statusCode).toBe(404);
  });

  it('evidence is read by whoever reads the line: not another department, not a unit; it has no versions', async () => {
    const line = await fileLine();
    const doc = (await upload(safety, line.id, '说明.docx', buildDocx())).json().evidence[0].documentId as string;
    for (const [who, status] of [
      ['safety', 200],
      ['perf', 200],
      ['leader', 200],
      ['deputy', 200],
      ['integrity', 403],
      ['unit.chengdu', 403],
    ] as const) {
      expect((await t.as(who)({ method: 'GET', url: `/api/documents/${doc}` })).statusCode, who).toBe(status);
      expect((await t.as(who)({ method: 'GET', url: `/api/documents/${doc}/download` })).statusCode, who).toBe(status);
    }
    const version = await perf({ method: 'POST', url: `/api/documents/${doc}/versions`, ...uploadOf('新版.docx', buildDocx()) });
    expect(version.statusCode).toBe(409);
    expect(version.json().error.key).toBe('adjustments.evidenceHasNoVersions');
  });
});
