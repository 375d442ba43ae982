import { afterAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { ROUTES } from '@jx/contract';
import { createTestApp } from '../helpers/app.ts';
import { createResultsWorld } from '../results/world.ts';
import { publishWorld } from '../results/publish-helper.ts';

/** A published bulletin read by every kind of reader, printed, exported, and never changed. */
describe('考核通报', async () => {
  const t = await createTestApp();
  const w = await createResultsWorld(t);
  const { bulletinId } = await publishWorld(t, w, { unitsSeeOthers: false });
  afterAll(() => t.app.close());
  const get = (user: string, url: string) => t.as(user)({ method: 'GET', url });
  const unitId = (code: string) => w.seeded.unitId(code);

  it('shows leaders every category with scores and receipts', async () => {
    const b = (await get('leader', `/api/assessment/bulletins/${bulletinId}`)).json();
    expect(b).toMatchObject({ versionNo: 1, docNo: '川交绩〔2026〕8号', supersededAt: null, unitsSeeOthers: false, hasPdf: true });
    expect(b.categories.map((c: { categoryName: string }) => c.categoryName)).toEqual(['测试市州', '测试厅直']);
    expect(b.categories[0].rows.map((r: { unitName: string; final: number; grade: string }) => [r.unitName, r.final, r.grade])).toEqual([
      ['自贡市交通运输局', 100, '一般'],
      ['绵阳市交通运输局', 97, '优秀'],
      ['成都市交通运输局', 96, '良好'],
    ]);
    expect(b.categories[0].quotaNotes).toEqual(['优秀名额 1 个，2 个单位达到，1 个因名额限制降为下一等次']);
    const list = (await get('leader', `/api/assessment/bulletins?yearId=${w.year.id}`)).json();
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([bulletinId]);
  });

  it('shows a unit the ranking of its own category only, others without scores when the office chose so, and its own receipt only', async () => {
    const b = (await get('unit.chengdu', `/api/assessment/bulletins/${bulletinId}`)).json();
    expect(b.categories.map((c: { categoryName: string }) => c.categoryName)).toEqual(['测试市州']);
    expect(
      b.categories[0].rows.map((r: { unitName: string; rank: number; final: number | null; canReadReceipt: boolean }) => [
        r.unitName,
        r.rank,
        r.final,
        r.canReadReceipt,
      ]),
    ).toEqual([
      ['自贡市交通运输局', 1, null, false],
      ['绵阳市交通运输局', 2, null, false],
      ['成都市交通运输局', 3, 96, true],
    ]);
    const own = await get('unit.chengdu', `/api/assessment/bulletins/${bulletinId}/units/${unitId('CITY-CD')}`);
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ final: 96, grade: '良好', rank: 3, unitCount: 3, versionNo: 1 });
    expect((await get('unit.chengdu', `/api/assessment/bulletins/${bulletinId}/units/${unitId('CITY-MY')}`)).statusCode).toBe(404);
    expect((await get('unit.chengdu', `/api/assessment/bulletins/${bulletinId}/units/${unitId('DU-GLJ')}`)).statusCode).toBe(404);
    expect((await get('unit.mianyang', `/api/assessment/bulletins/${bulletinId}/units/${unitId('CITY-CD')}`)).statusCode).toBe(404);
    const zg = (await get('perf', `/api/assessment/bulletins/${bulletinId}/units/${unitId('CITY-ZG')}`)).json();
    expect(zg.waivers).toEqual([{ key: `target:${w.targets.zgB.id}:ANNUAL`, label: expect.stringContaining('未考核'), reason: '按规定不计' }]);
  });

  it('shows the department owning the categories’ type the rankings, and the deputy receipts of its portfolio only', async () => {
    const dept = (await get('safety', `/api/assessment/bulletins/${bulletinId}`)).json();
    expect(dept.categories).toHaveLength(2);
    expect(dept.categories[1].rows[0]).toMatchObject({ unitName: '四川省公路局', final: 88.4, grade: '合格' });
    expect((await get('deputy', `/api/assessment/bulletins/${bulletinId}/units/${unitId('CITY-CD')}`)).statusCode).toBe(200);
    expect((await get('deputy', `/api/assessment/bulletins/${bulletinId}/units/${unitId('CITY-ZG')}`)).statusCode).toBe(404);
  });

  it('prints an A4 page, keeps the PDF rendered from it, and exports the ranking to Excel', async () => {
    const print = await get('leader', `/api/assessment/bulletins/${bulletinId}/print`);
    expect(print.statusCode, print.body).toBe(200);
    expect(print.headers['content-type']).toContain('text/html');
    expect(print.body).toContain('@page { size: A4');
    expect(print.body).toContain('川交绩〔2026〕8号');
    expect(print.body).toContain('<td class="name">成都市交通运输局</td><td>96.00</td><td>良好</td>');
    const pdf = await get('leader', `/api/assessment/bulletins/${bulletinId}/pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.rawPayload.toString('latin1')).toMatch(/\/Type\s*\/Page\b/);
    const xlsx = await get('unit.chengdu', `/api/assessment/bulletins/${bulletinId}/export`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['测试市州']);
    expect(wb.worksheets[0]!.getRow(4).values).toEqual([undefined, 3, '成都市交通运输局', 96, '良好']);
    expect(wb.worksheets[0]!.getRow(2).values).toEqual([undefined, 1, '自贡市交通运输局']);
  });

  it('has no route that changes a published bulletin', () => {
    const writes = ROUTES.filter((r) => r.path.startsWith('/api/assessment/bulletins') && r.method !== 'GET');
    expect(writes).toEqual([]);
  });
  it('gives the unit its results with the appeal window in working days, and notifies it', async () => {
    const mine = (await get('unit.chengdu', '/api/assessment/my-results')).json();
    const row = mine.items.find((i: { bulletinId: string }) => i.bulletinId === bulletinId);
    expect(row).toMatchObject({ final: 96, grade: '良好', rank: 3, unitCount: 3, categoryName: '测试市州', canAppeal: true });
    const notices = await t.db.notification.findMany({ where: { accountId: w.seeded.accountId('unit.chengdu'), kind: 'BULLETIN_PUBLISHED' } });
    expect(notices.map((n) => n.link)).toContain(`/assessment/bulletins/${bulletinId}`);
    // Past the deadline (a fresh sign-in: the session would have expired meanwhile).
    t.clock.set(new Date(new Date(row.appealDeadline).getTime() + 1));
    const { token } = await t.login('unit.chengdu');
    const later = (await t.app.inject({ method: 'GET', url: '/api/assessment/my-results', headers: { authorization: `Bearer ${token}` } })).json();
    expect(later.items.find((i: { bulletinId: string }) => i.bulletinId === bulletinId).canAppeal).toBe(false);
  });
});
