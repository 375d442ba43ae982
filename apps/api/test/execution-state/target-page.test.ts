import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { listTargets } from '@jx/contract';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { actorOf } from '../helpers/actor.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { targetPageSql } from '../../src/modules/targets/target-page-sql.ts';
import { createTargetService } from '../../src/modules/targets/target.service.ts';

type ListQuery = z.output<NonNullable<typeof listTargets.query>>;

describe('目标列表 page, total and labels in one statement', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);

  it('gives every account the page read through the target policy, field for field, for each filter, order and page', async () => {
    // A few targets with what the mapping must get right: a metric with trailing zeros, a searched word, every status.
    const searched = await fx.target({ status: 'PUBLISHED', unitCode: 'CITY-MY', milestones: [{ period: 'M06', plannedPercent: 50 }] });
    await db.target.update({ where: { id: searched.id }, data: { title: '干线公路养护示范段', metricTarget: '5.4600', metricUnit: '公里' } });
    await fx.target({ status: 'RETURNED', unitCode: 'CITY-CD' });
    await fx.target({ status: 'SUBMITTED', unitCode: 'CITY-ZG' });
    const base = { page: 1, pageSize: 20, order: 'asc', sort: 'updatedAt' } as const;
    const filters: Partial<ListQuery>[] = [
      {},
      { yearId: seeded.yearId, pageSize: 50 },
      { yearId: seeded.yearId, page: 2, pageSize: 7 },
      { yearId: seeded.yearId, unitId: seeded.unitId('CITY-MY') },
      { yearId: seeded.yearId, status: 'PUBLISHED', pageSize: 100 },
      { yearId: seeded.yearId, origin: 'ASSIGNED' },
      { yearId: seeded.yearId, q: '养护' },
      { yearId: seeded.yearId, page: 99 },
      ...(['title', 'deadline', 'maxScore', 'status', 'unitName'] as const).flatMap((sort) => [
        { yearId: seeded.yearId, sort, pageSize: 30 },
        { yearId: seeded.yearId, sort, order: 'desc' as const, page: 2, pageSize: 9 },
      ]),
    ];
    const service = createTargetService(db);
    const accounts = await db.account.findMany({ where: { status: 'ACTIVE' }, select: { username: true } });
    let compared = 0;
    let searchedSeen = 0;
    for (const { username } of accounts) {
      const actor = await actorOf(db, username);
      for (const f of filters) {
        const q = { ...base, ...f } as ListQuery;
        const sql = await targetPageSql(db, actor, q);
        if (!sql) continue;
        expect(sql, `${username} ${JSON.stringify(f)}`).toEqual(await service.listThroughPolicy(actor, q));
        compared += sql.items.length;
        searchedSeen += sql.items.filter((x) => x.id === searched.id && x.metricTarget === '5.46' && x.warningLevel !== undefined).length;
      }
    }
    expect(compared).toBeGreaterThan(500);
    expect(searchedSeen, 'the searched target was on compared pages').toBeGreaterThan(0);
  });
});
