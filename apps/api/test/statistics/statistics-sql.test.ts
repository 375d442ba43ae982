import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { actorOf } from '../helpers/actor.ts';
import { bj } from '../helpers/dates.ts';
import { executionStatistics, statisticsFromTallyRows } from '../../src/modules/statistics/statistics.service.ts';

describe('统计分析 summed by PostgreSQL', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);

  it('gives every account, for every grouping, the rows and totals summed in Node from the tallies', async () => {
    // A unit not assessed this year (未分类 when grouped by category), given one of 绵阳's targets in force.
    const cd = await db.unit.findUniqueOrThrow({ where: { id: seeded.unitId('CITY-CD') } });
    const unassessed = await db.unit.create({ data: { code: 'CITY-NEW', name: '新设市交通运输局', kind: cd.kind, parentId: cd.parentId } });
    const moved = await db.target.findFirstOrThrow({ where: { yearId: seeded.yearId, unitId: seeded.unitId('CITY-MY'), publishedRevisionNo: { not: null } } });
    await db.target.update({ where: { id: moved.id }, data: { unitId: unassessed.id } });
    const now = bj('2026-09-15T10:00:00');
    const accounts = await db.account.findMany({ where: { status: 'ACTIVE' }, select: { username: true } });
    let groups = 0;
    let uncategorised = 0;
    for (const { username } of accounts) {
      const actor = await actorOf(db, username);
      for (const groupBy of ['unit', 'targetType', 'category'] as const) {
        const q = { yearId: seeded.yearId, groupBy };
        const sql = await executionStatistics(db, actor, q, now);
        expect(sql, `${username} ${groupBy}`).toEqual(await statisticsFromTallyRows(db, actor, q, now));
        groups += sql.rows.length;
        uncategorised += sql.rows.filter((r) => r.id === null && r.name === '未分类').length;
      }
    }
    expect(groups).toBeGreaterThan(100);
    expect(uncategorised).toBeGreaterThan(0);
  });
});
