import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { readXlsx, sheetValues } from '../excel/helpers.ts';
import { beijingStamp } from '../helpers/dates.ts';

describe('persons.export', async () => {
  const t = await createTestApp();
  const seeded = await loadSeeded(t.db);
  const CD = seeded.unitId('CITY-CD');

  /** The export's rows (header first) and the list's items for the same query, every page. */
  async function both(user: string, query: Record<string, string>) {
    const res = await t.as(user)({ method: 'GET', url: '/api/persons/export', query });
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    const [header, ...rows] = sheetValues((await readXlsx(res.rawPayload)).getWorksheet('人员')!);
    const list = await t.as(user)({ method: 'GET', url: '/api/persons', query: { ...query, pageSize: '100' } });
    const { items, total } = list.json() as { items: { staffNo: string; name: string; unitName: string | null }[]; total: number };
    expect(total).toBeLessThanOrEqual(100);
    return { res, header: header!, rows, items };
  }

  it('has the list’s columns and exactly the list’s rows, in its order, for the same filters', async () => {
    const x = await both('admin', { unitId: CD, status: 'ACTIVE', sort: 'name', order: 'desc' });
    expect(x.header).toEqual(['工号', '姓名', '性别', '单位', '职务', '状态', '电话', '更新时间']);
    expect(x.rows.length).toBeGreaterThan(0);
    expect(x.rows.map((r) => r[0])).toEqual(x.items.map((p) => p.staffNo));
    expect(new Set(x.rows.map((r) => r[3]))).toEqual(new Set(['成都市交通运输局']));
    expect(new Set(x.rows.map((r) => r[5]))).toEqual(new Set(['在岗']));
    expect(String(x.res.headers['content-disposition'])).toContain(encodeURIComponent(`人员名册-${beijingStamp(t.clock.now())}.xlsx`));
  });

  it('the keyword and the departed filter apply', async () => {
    const departed = await both('admin', { status: 'DEPARTED' });
    expect(departed.rows.length).toBeGreaterThan(0);
    expect(departed.rows.map((r) => r[0])).toEqual(departed.items.map((p) => p.staffNo));
    expect(new Set(departed.rows.map((r) => r[5]))).toEqual(new Set(['已离职']));

    const someone = departed.items[0]!;
    const byName = await both('admin', { q: someone.name });
    expect(byName.rows.map((r) => r[1])).toEqual(byName.items.map((p) => p.name));
    expect(byName.rows.map((r) => r[1])).toContain(someone.name);
  });

  it('a unit admin exports its own unit only, even when a filter names another unit', async () => {
    const mine = await both('unit.chengdu', { status: 'ACTIVE' });
    expect(mine.rows.length).toBe(await t.db.person.count({ where: { unitId: CD, status: 'ACTIVE' } }));
    expect(new Set(mine.rows.map((r) => r[3]))).toEqual(new Set(['成都市交通运输局']));
    const other = await t.as('unit.chengdu')({ method: 'GET', url: '/api/persons/export', query: { unitId: seeded.unitId('CITY-MY') } });
    expect(sheetValues((await readXlsx(other.rawPayload)).getWorksheet('人员')!)).toHaveLength(1);
  });

  it('paging parameters are not part of an export', async () => {
    const res = await t.as('admin')({ method: 'GET', url: '/api/persons/export', query: { page: '2' } });
    expect(res.statusCode).toBe(400);
  });
});
