import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { bj } from '../helpers/dates.ts';
import { TEST_START } from '../helpers/constants.ts';
import { actorOf } from '../helpers/actor.ts';
import { heatmapSql } from '../../src/modules/statistics/heatmap-sql.ts';
import { twoTargetUnit } from './monthly-world.ts';

type Trend = { targets: number; months: { month: number; plannedPercent: number | null; actualPercent: number | null }[] };
type Activity = {
  comments: { targetId: string; unitName: string; body: string }[];
  orders: { id: string; targetId: string; unitName: string; status: string }[];
  deadlines: { targetId: string; deadline: string; actualPercent: number }[];
};

/** After everything the seed wrote, so "latest" is ours whatever day the suite runs as. */
const AFTER_SEED = new Date(TEST_START.getTime() + 86_400_000);

describe('领导首页: monthly trend and activity', async () => {
  const t = await createTestApp({ now: bj('2026-07-15T10:00:00') });
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  // Passwords set in the summer, so that July is within their validity.
  await db.account.updateMany({ data: { passwordChangedAt: bj('2026-07-01T09:00:00') } });

  // Two targets in force in a unit of their own, with hand-picked plans and reports (see twoTargetUnit).
  const { unit, a, b, cd } = await twoTargetUnit(db, fx, seeded, { code: 'CITY-TREND', name: '走势测试市交通运输局', deadlineOfA: '2026-07-15' });

  const get = async <T>(username: string, url: string, query: Record<string, string>) => {
    const res = await t.as(username)({ method: 'GET', url, query });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as T;
  };

  it('averages the cumulative plan and the latest report per month, the plan held between milestones, actuals only for months begun', async () => {
    const trend = await get<Trend>('leader', '/api/statistics/trend', { yearId: seeded.yearId, unitId: unit.id });
    expect(trend.targets).toBe(2);
    const planned = [0, 0, 15, 15, 15, 55, 55, 55, 55, 55, 55, 100];
    const actual = [0, 0, 10, 10, 10, 55, 55, null, null, null, null, null];
    expect(trend.months).toEqual(planned.map((p, i) => ({ month: i + 1, plannedPercent: p, actualPercent: actual[i] })));
  });

  it("keeps to the reader's scope: a unit sees none of another unit's targets, and each reader the targets of its warning centre", async () => {
    const other = await get<Trend>('unit.chengdu', '/api/statistics/trend', { yearId: seeded.yearId, unitId: unit.id });
    expect(other.targets).toBe(0);
    expect(other.months.every((m) => m.plannedPercent === null && m.actualPercent === null)).toBe(true);
    for (const username of ['unit.chengdu', 'staff.chengdu', 'deputy', 'safety', 'leader']) {
      const trend = await get<Trend>(username, '/api/statistics/trend', { yearId: seeded.yearId });
      const inForce = await get<{ total: number }>(username, '/api/warnings', { yearId: seeded.yearId, pageSize: '1' });
      expect(trend.targets, username).toBe(inForce.total);
      expect(trend.targets, username).toBeGreaterThan(0);
    }
  });

  it('lists the latest comments and orders and the next unfinished deadlines, within scope', async () => {
    await db.comment.create({ data: { targetId: a.id, authorId: seeded.accountId('leader'), body: '走势测试点评', createdAt: AFTER_SEED } });
    const order = await fx.order(b.id, { dueDate: '2026-07-30' });
    await db.supervisionOrder.update({ where: { id: order.id }, data: { createdAt: AFTER_SEED } });
    // Finished: its 工作时限 is today too, but it needs no attention.
    const done = await fx.target({ status: 'PUBLISHED', deadline: '2026-07-15', milestones: [{ period: 'M06', plannedPercent: 100 }] });
    await fx.report(done.id, { periodKey: 'M06', actualPercent: 100 });
    const doneUnit = await db.unit.create({ data: { code: 'CITY-DONE', name: '完成测试市交通运输局', kind: cd.kind, parentId: cd.parentId } });
    await db.target.update({ where: { id: done.id }, data: { unitId: doneUnit.id } });

    const leader = await get<Activity>('leader', '/api/statistics/activity', { yearId: seeded.yearId });
    expect(leader.comments[0]).toMatchObject({ targetId: a.id, unitName: unit.name, body: '走势测试点评' });
    expect(leader.orders[0]).toMatchObject({ id: order.id, targetId: b.id, unitName: unit.name, status: 'OPEN' });
    expect(leader.comments.length).toBeLessThanOrEqual(5);
    const deadlines = leader.deadlines.map((d) => d.deadline);
    expect(deadlines).toEqual([...deadlines].sort());
    expect(deadlines.every((d) => d >= '2026-07-15')).toBe(true);
    expect(leader.deadlines.some((d) => d.targetId === a.id) || deadlines.every((d) => d === '2026-07-15')).toBe(true);
    expect(leader.deadlines.map((d) => d.targetId)).not.toContain(done.id);

    const unitView = await get<Activity>('integrity', '/api/statistics/activity', { yearId: seeded.yearId });
    const seen = [...unitView.comments, ...unitView.orders].map((x) => x.targetId);
    expect(seen).not.toContain(a.id);
    expect(seen).not.toContain(b.id);
    expect(unitView.deadlines.map((d) => d.targetId)).not.toContain(a.id);
  });

  it('heat map: per unit and month, the average points behind plan, coloured by the thresholds, none for months to come', async () => {
    type Heat = {
      monthsBegun: number;
      units: { unitId: string; targets: number; cells: { month: number; lagPoints: number | null; level: string | null }[] }[];
    };
    const heat = await get<Heat>('leader', '/api/statistics/heatmap', { yearId: seeded.yearId });
    expect(heat.monthsBegun).toBe(7);
    const row = heat.units.find((u) => u.unitId === unit.id)!;
    expect(row.targets).toBe(2);
    expect(row.cells.map((c) => c.lagPoints)).toEqual([0, 0, 5, 5, 5, 0, 0, null, null, null, null, null]);
    // Default thresholds (10 / 25): 5 points behind is not yet a warning.
    expect(row.cells.map((c) => c.level)).toEqual(['GREEN', 'GREEN', 'GREEN', 'GREEN', 'GREEN', 'GREEN', 'GREEN', null, null, null, null, null]);
    const strict = await heatmapSql(db, await actorOf(db, 'leader'), { yearId: seeded.yearId }, t.clock.now(), { yellowLagPoints: 5, redLagPoints: 5.5 });
    expect(
      strict.units
        .find((u) => u.unitId === unit.id)!
        .cells.slice(0, 7)
        .map((c) => c.level),
    ).toEqual(['GREEN', 'GREEN', 'YELLOW', 'YELLOW', 'YELLOW', 'GREEN', 'GREEN']);
    // A department sees the units of its own types only.
    const other = await get<Heat>('integrity', '/api/statistics/heatmap', { yearId: seeded.yearId });
    expect(other.units.map((u) => u.unitId)).not.toContain(unit.id);
    expect(other.units.length).toBeGreaterThan(0);
  });
});
