import { describe, expect, it } from 'vitest';
import type { SpecialTaskProgress, StatisticsRow } from '@jx/contract';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { bj } from '../helpers/dates.ts';

type Board = { tasks: SpecialTaskProgress[] };
type Trend = { targets: number; months: { month: number; plannedPercent: number | null; actualPercent: number | null }[] };
type Overview = { rows: StatisticsRow[]; totals: StatisticsRow };
type Heat = { units: { unitId: string }[] };

describe('决策分析: 专项工作督查 and the category filter', async () => {
  const t = await createTestApp({ now: bj('2026-07-15T10:00:00') });
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const yearId = seeded.yearId;
  await db.account.updateMany({ data: { passwordChangedAt: bj('2026-07-01T09:00:00') } });

  const get = async <T>(username: string, url: string, query: Record<string, string>) => {
    const res = await t.as(username)({ method: 'GET', url, query });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as T;
  };

  // A special task decomposed to 成都 and 绵阳 (the deputy's portfolio) and 自贡 (outside it). As of 15 July:
  //   成都 plans 60 % by June and reported 50 % for June: 10 points behind (黄色);
  //   绵阳 planned and reported 100 % by June: done; 自贡 planned and reported 50 % by June: on plan.
  const task = await db.specialTask.create({ data: { yearId, title: '专项督查测试：国省干线安全隐患整治', description: '分解到三个市州' } });
  const special = async (unitCode: string, milestones: { period: string; plannedPercent: number }[], reports: [string, number][]) => {
    const target = await fx.target({ status: 'PUBLISHED', typeCode: 'SPECIAL', unitCode, milestones });
    await db.target.update({ where: { id: target.id }, data: { specialTaskId: task.id } });
    for (const [periodKey, actualPercent] of reports)
      await fx.report(target.id, { periodKey, actualPercent, submittedAt: bj(`2026-${periodKey.slice(1)}-28T09:00:00`) });
    return target;
  };
  const cd = await special(
    'CITY-CD',
    [
      { period: 'M03', plannedPercent: 30 },
      { period: 'M06', plannedPercent: 60 },
      { period: 'M12', plannedPercent: 100 },
    ],
    [
      ['M03', 20],
      ['M06', 50],
    ],
  );
  const my = await special('CITY-MY', [{ period: 'M06', plannedPercent: 100 }], [['M06', 100]]);
  const zg = await special(
    'CITY-ZG',
    [
      { period: 'M06', plannedPercent: 50 },
      { period: 'M12', plannedPercent: 100 },
    ],
    [['M06', 50]],
  );
  // A draft of the same task has no plan in force and is not on the board.
  const draft = await fx.target({ typeCode: 'SPECIAL', unitCode: 'CITY-DY' });
  await db.target.update({ where: { id: draft.id }, data: { specialTaskId: task.id } });

  it("shows each unit's target against plan, its warning level and last report, and the task's sums", async () => {
    const board = await get<Board>('leader', '/api/statistics/special-tasks', { yearId });
    const ours = board.tasks.find((x) => x.id === task.id)!;
    expect(ours).toMatchObject({ title: task.title, description: '分解到三个市州', targets: 3, units: 3, red: 0, yellow: 1, green: 2, completed: 1 });
    expect(ours.avgPlannedPercent).toBe(70);
    expect(ours.avgActualPercent).toBe(66.7);
    // Furthest behind first.
    expect(ours.rows[0]).toMatchObject({
      targetId: cd.id,
      unitId: seeded.unitId('CITY-CD'),
      plannedPercent: 60,
      actualPercent: 50,
      lagPoints: 10,
      level: 'YELLOW',
      deadline: '2026-12-31',
      lastReport: { periodKey: 'M06', submittedAt: bj('2026-06-28T09:00:00').toISOString(), late: false },
    });
    const byTarget = new Map(ours.rows.map((r) => [r.targetId, r]));
    expect(byTarget.get(my.id)).toMatchObject({ plannedPercent: 100, actualPercent: 100, level: 'GREEN' });
    expect(byTarget.get(zg.id)).toMatchObject({ plannedPercent: 50, actualPercent: 50, lagPoints: 0, level: 'GREEN' });
    expect(byTarget.has(draft.id)).toBe(false);
  });

  it("keeps to the reader's scope: the deputy sees the portfolio's units only, a department without the type sees no task", async () => {
    const deputy = await get<Board>('deputy', '/api/statistics/special-tasks', { yearId });
    const ours = deputy.tasks.find((x) => x.id === task.id)!;
    expect(ours).toMatchObject({ targets: 2, units: 2, yellow: 1, green: 1, completed: 1 });
    expect(ours.rows.map((r) => r.targetId).sort()).toEqual([cd.id, my.id].sort());
    expect(ours.avgPlannedPercent).toBe(80);
    expect(ours.avgActualPercent).toBe(75);
    const safety = await get<Board>('safety', '/api/statistics/special-tasks', { yearId });
    expect(safety.tasks.map((x) => x.id)).not.toContain(task.id);
    const unit = await t.as('unit.chengdu')({ method: 'GET', url: '/api/statistics/special-tasks', query: { yearId } });
    expect(unit.statusCode).toBe(403);
  });

  it('filters the trend, the statistics and the heat map to the units of one 考核类别', async () => {
    // A category of its own holding one new unit with one safety target: planned 40 % by June, reported 30 %.
    const category = await fx.category();
    const base = await db.unit.findUniqueOrThrow({ where: { id: seeded.unitId('CITY-CD') } });
    const unit = await db.unit.create({ data: { code: 'CITY-CATF', name: '类别筛选测试市交通运输局', kind: base.kind, parentId: base.parentId } });
    await db.assessedUnit.create({ data: { yearId, unitId: unit.id, categoryId: category.id } });
    const target = await fx.target({
      status: 'PUBLISHED',
      milestones: [
        { period: 'M06', plannedPercent: 40 },
        { period: 'M12', plannedPercent: 100 },
      ],
    });
    await fx.report(target.id, { periodKey: 'M06', actualPercent: 30 });
    await db.target.update({ where: { id: target.id }, data: { unitId: unit.id } });

    const trend = await get<Trend>('leader', '/api/statistics/trend', { yearId, categoryId: category.id });
    expect(trend.targets).toBe(1);
    expect(trend.months.map((m) => m.plannedPercent)).toEqual([0, 0, 0, 0, 0, 40, 40, 40, 40, 40, 40, 100]);
    expect(trend.months.map((m) => m.actualPercent)).toEqual([0, 0, 0, 0, 0, 30, 30, null, null, null, null, null]);

    const byType = await get<Overview>('leader', '/api/statistics/overview', { yearId, groupBy: 'targetType', categoryId: category.id });
    expect(byType.totals).toMatchObject({ targets: 1, yellow: 1, green: 0, red: 0, avgPlannedPercent: 40, avgActualPercent: 30 });
    expect(byType.rows.map((r) => r.name)).toEqual(['安全生产']);
    const otherType = await db.targetType.findUniqueOrThrow({ where: { code: 'INTEGRITY' } });
    const none = await get<Overview>('leader', '/api/statistics/overview', { yearId, categoryId: category.id, targetTypeId: otherType.id });
    expect(none.totals.targets).toBe(0);

    const heat = await get<Heat>('leader', '/api/statistics/heatmap', { yearId, categoryId: category.id });
    expect(heat.units.map((u) => u.unitId)).toEqual([unit.id]);
    // The scope stays: the 党风廉政 department reads none of the category's safety targets; the deputy (safety in the portfolio) does.
    expect((await get<Trend>('integrity', '/api/statistics/trend', { yearId, categoryId: category.id })).targets).toBe(0);
    expect((await get<Trend>('deputy', '/api/statistics/trend', { yearId, categoryId: category.id })).targets).toBe(1);
  });

  it('refuses a category id that is not an id, naming the field', async () => {
    const res = await t.as('leader')({ method: 'GET', url: '/api/statistics/trend', query: { yearId, categoryId: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('categoryId');
  });
});
