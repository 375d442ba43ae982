import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { actorOf } from '../helpers/actor.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { orderPageSql, type OrderPageQuery } from '../../src/modules/execution/supervision/order-page-sql.ts';
import { orderPagePolicy } from '../../src/modules/execution/supervision/order-page-policy.ts';
import { beijingToday } from '../../src/modules/execution/supervision/order.mapper.ts';

/** 2026-06-15 in Beijing, just after midnight there: an order due 06-14 is overdue, one due 06-15 is not. */
const NOW = new Date('2026-06-14T16:30:00Z');

describe('督办 list page and counts in one statement', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);

  it('gives every account the page and counts read through the target policy, for each filter and page', async () => {
    const targets = await db.target.findMany({
      where: { yearId: seeded.yearId, publishedRevisionNo: { not: null } },
      select: { id: true, unitId: true },
      orderBy: { id: 'asc' },
    });
    // Spread over units: every third published target gets orders of each status, due around "today".
    const chosen = targets.filter((_, i) => i % 3 === 0);
    const statuses = ['OPEN', 'RESPONDED', 'CLOSED'] as const;
    const dues = ['2026-06-13', '2026-06-14', '2026-06-15', '2026-07-01'];
    let k = 0;
    for (const target of chosen) {
      await fx.order(target.id, { status: statuses[k % 3], dueDate: dues[k % 4] });
      k++;
    }
    // A target moved to another unit and type after its order was issued: the order is listed and scoped with it.
    const movedOrder = await fx.order(chosen.find((x) => x.unitId === seeded.unitId('CITY-CD'))!.id, { dueDate: '2026-06-01' });
    const otherType = await db.targetType.findFirstOrThrow({ where: { code: { not: 'SAFETY' } }, orderBy: { code: 'asc' } });
    await db.target.update({ where: { id: movedOrder.targetId }, data: { unitId: seeded.unitId('CITY-MY'), targetTypeId: otherType.id } });
    expect(await db.supervisionOrder.findUniqueOrThrow({ where: { id: movedOrder.id } })).toMatchObject({
      unitId: seeded.unitId('CITY-MY'),
      targetTypeId: otherType.id,
    });

    const filters: OrderPageQuery[] = [
      { page: 1, pageSize: 20 },
      { page: 2, pageSize: 7 },
      { yearId: seeded.yearId, page: 1, pageSize: 50 },
      { yearId: seeded.yearId, unitId: seeded.unitId('CITY-MY'), page: 1, pageSize: 10 },
      { yearId: seeded.yearId, status: 'RESPONDED', page: 1, pageSize: 10 },
      { yearId: seeded.yearId, overdue: 'true', page: 1, pageSize: 100 },
      { yearId: seeded.yearId, overdue: 'false', status: 'OPEN', page: 1, pageSize: 100 },
      { targetId: movedOrder.targetId, page: 1, pageSize: 20 },
      { yearId: seeded.yearId, page: 99, pageSize: 20 },
    ];
    const accounts = await db.account.findMany({ where: { status: 'ACTIVE' }, select: { username: true } });
    let compared = 0;
    let overdueSeen = 0;
    let movedSeen = 0;
    for (const { username } of accounts) {
      const actor = await actorOf(db, username);
      for (const f of filters) {
        const sql = await orderPageSql(db, actor, f, beijingToday(NOW));
        if (!sql) continue;
        expect(sql, `${username} ${JSON.stringify(f)}`).toEqual(await orderPagePolicy(db, actor, f, NOW));
        compared += sql.items.length;
        overdueSeen += sql.items.filter((o) => o.overdue).length;
        movedSeen += sql.items.filter((o) => o.id === movedOrder.id && o.unitName === '绵阳市交通运输局').length;
      }
    }
    expect(compared).toBeGreaterThan(100);
    expect(overdueSeen, 'overdue orders were on compared pages').toBeGreaterThan(0);
    expect(movedSeen, 'the moved order was listed under its new unit').toBeGreaterThan(0);
  });

  it('counts an order overdue from the day after its due day in Beijing, not before, and never once closed', async () => {
    const target = await fx.target({ status: 'PUBLISHED', unitCode: 'CITY-LS' });
    await fx.order(target.id, { dueDate: '2026-06-14' });
    await fx.order(target.id, { dueDate: '2026-06-15' });
    await fx.order(target.id, { dueDate: '2026-06-01', status: 'CLOSED' });
    const leader = await actorOf(db, 'leader');
    const page = (await orderPageSql(db, leader, { targetId: target.id, page: 1, pageSize: 10 }, beijingToday(NOW)))!;
    expect(page.items.map((o) => [o.dueDate, o.status, o.overdue])).toEqual([
      ['2026-06-01', 'CLOSED', false],
      ['2026-06-14', 'OPEN', true],
      ['2026-06-15', 'OPEN', false],
    ]);
    expect(page.counts).toEqual({ OPEN: 2, RESPONDED: 0, CLOSED: 1, overdue: 1 });
    const overdueOnly = (await orderPageSql(db, leader, { targetId: target.id, overdue: 'true', page: 1, pageSize: 10 }, beijingToday(NOW)))!;
    expect(overdueOnly.total).toBe(1);
    expect(overdueOnly.counts, 'counts ignore the status and overdue filters').toEqual(page.counts);
  });
});
