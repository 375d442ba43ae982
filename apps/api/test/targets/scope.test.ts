import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { DEPUTY_PORTFOLIO_CODES, loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';

type Row = { id: string; unitId: string; targetTypeId: string };

// Scope is part of the query: filters narrow it, never widen it; get of an out-of-scope target is 403.
describe('targets: data scope', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const CD = seeded.unitId('CITY-CD');
  const MY = seeded.unitId('CITY-MY');
  const types = Object.fromEntries((await db.targetType.findMany()).map((x) => [x.code, x]));

  async function all(user: string, query: Record<string, string> = {}) {
    const items: Row[] = [];
    for (let page = 1; ; page++) {
      const res = await t.as(user)({ method: 'GET', url: '/api/targets', query: { ...query, pageSize: '100', page: String(page) } });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as { items: Row[]; total: number };
      items.push(...body.items);
      if (body.items.length < 100) {
        expect(items.length).toBe(body.total);
        return items;
      }
    }
  }

  it('the seed gives every scope something to see', async () => {
    expect(await db.target.count({ where: { unitId: CD } })).toBeGreaterThanOrEqual(25);
    expect(await db.target.count({ where: { unitId: MY } })).toBeGreaterThanOrEqual(25);
  });

  for (const user of ['unit.chengdu']) {
    it(`${user} lists exactly 成都's targets, whatever the filters and sorting`, async () => {
      const mine = await all(user);
      expect(mine.length).toBe(await db.target.count({ where: { unitId: CD } }));
      expect(mine.filter((r) => r.unitId !== CD)).toEqual([]);
      const filters: Record<string, string>[] = [
        { unitId: MY },
        { unitId: MY, status: 'PUBLISHED' },
        { targetTypeId: types.SAFETY!.id, unitId: MY },
        { origin: 'SPECIAL', unitId: MY },
      ];
      for (const q of filters) {
        expect(await all(user, q), JSON.stringify(q)).toEqual([]);
      }
      const mianyang = await db.target.findFirstOrThrow({ where: { unitId: MY } });
      expect(await all(user, { q: mianyang.title })).toEqual(expect.not.arrayContaining([expect.objectContaining({ unitId: MY })]));
      for (const sort of ['title', 'deadline', 'maxScore', 'status', 'updatedAt', 'unitName']) {
        const res = await t.as(user)({ method: 'GET', url: '/api/targets', query: { sort, order: 'desc', pageSize: '5', page: '2' } });
        expect(
          (res.json() as { items: Row[] }).items.every((r) => r.unitId === CD),
          sort,
        ).toBe(true);
      }
    });
  }

  it('a unit cannot open, diff or act on another unit’s target (403, audited)', async () => {
    const mianyang = await db.target.findFirstOrThrow({ where: { unitId: MY, publishedRevisionNo: 1 } });
    for (const [method, url, query] of [
      ['GET', `/api/targets/${mianyang.id}`, undefined],
      ['GET', `/api/targets/${mianyang.id}/revisions/diff`, { from: '1', to: '1' }],
    ] as const) {
      const res = await t.as('unit.chengdu')({ method, url, query });
      expect(res.statusCode, url).toBe(403);
      expect(await db.auditEvent.count({ where: { requestId: String(res.headers['x-request-id']), outcome: 'DENIED' } })).toBe(1);
    }
    const own = await db.target.findFirstOrThrow({ where: { unitId: CD } });
    expect((await t.as('unit.chengdu')({ method: 'GET', url: `/api/targets/${own.id}` })).statusCode).toBe(200);
  });

  it('the deputy sees its 分管单位 and its 分管目标类型 (安全生产), nothing else', async () => {
    const portfolio = DEPUTY_PORTFOLIO_CODES.map((c) => seeded.unitId(c));
    const rows = await all('deputy', { yearId: seeded.yearId });
    const expected = await db.target.count({ where: { yearId: seeded.yearId, OR: [{ unitId: { in: portfolio } }, { targetTypeId: types.SAFETY!.id }] } });
    expect(rows.length).toBe(expected);
    expect(rows.filter((r) => !portfolio.includes(r.unitId) && r.targetTypeId !== types.SAFETY!.id)).toEqual([]);
    const outside = await db.target.findFirstOrThrow({ where: { unitId: seeded.unitId('CITY-ZG'), targetTypeId: types.FUNCTIONAL!.id } });
    expect((await t.as('deputy')({ method: 'GET', url: `/api/targets/${outside.id}` })).statusCode).toBe(403);
    expect(await all('deputy', { unitId: seeded.unitId('CITY-ZG'), targetTypeId: types.FUNCTIONAL!.id })).toEqual([]);
  });

  it('a functional department sees the types it owns across all units; the leader and the office see everything', async () => {
    const safety = await all('safety', { yearId: seeded.yearId });
    expect(safety.length).toBe(await db.target.count({ where: { yearId: seeded.yearId, targetTypeId: types.SAFETY!.id } }));
    expect(new Set(safety.map((r) => r.unitId)).size).toBeGreaterThan(20);
    const res = await t.as('leader')({ method: 'GET', url: '/api/targets', query: { pageSize: '1' } });
    expect(res.json().total).toBe(await db.target.count());
  });

  it('a fresh target of another unit never shows up for 成都', async () => {
    const tg = await fx.target({ unitCode: 'CITY-MY', status: 'SUBMITTED' });
    expect(await all('unit.chengdu', { q: tg.title })).toEqual([]);
    expect((await all('unit.mianyang', { q: tg.title })).map((r) => r.id)).toEqual([tg.id]);
  });
});
