import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { bj } from '../helpers/dates.ts';
import { twoTargetUnit } from './monthly-world.ts';

type Completion = {
  month: number;
  monthsBegun: number;
  rows: { id: string | null; name: string; targets: number; plannedPercent: number; actualPercent: number | null }[];
};

describe('决策分析: completion as of a period’s end', async () => {
  const t = await createTestApp({ now: bj('2026-07-15T10:00:00') });
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  await db.account.updateMany({ data: { passwordChangedAt: bj('2026-07-01T09:00:00') } });

  // A unit of its own (two 安全生产 targets with hand-picked plans and reports, see twoTargetUnit), assessed in a
  // category of its own.
  const { unit } = await twoTargetUnit(db, fx, seeded, { code: 'CITY-COMPLETION', name: '完成进度测试市交通运输局' });
  const category = await db.assessmentCategory.create({ data: { yearId: seeded.yearId, code: 'COMPLETION-TEST', name: '完成进度测试类别', sortOrder: 99 } });
  await db.assessedUnit.create({ data: { yearId: seeded.yearId, unitId: unit.id, categoryId: category.id } });
  const safety = await db.targetType.findUniqueOrThrow({ where: { code: 'SAFETY' } });

  const get = async (username: string, query: Record<string, string>) => {
    const res = await t.as(username)({ method: 'GET', url: '/api/statistics/completion', query: { yearId: seeded.yearId, ...query } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Completion;
  };

  it('reads plan and reports at the end of the period’s last month, per category and per target type', async () => {
    const q1 = await get('leader', { groupBy: 'category', categoryId: category.id, month: '3' });
    expect(q1.rows).toEqual([{ id: category.id, name: '完成进度测试类别', targets: 2, plannedPercent: 15, actualPercent: 10 }]);
    const h1 = await get('leader', { groupBy: 'targetType', categoryId: category.id, month: '6' });
    expect(h1.rows).toEqual([{ id: safety.id, name: safety.name, targets: 2, plannedPercent: 55, actualPercent: 55 }]);
  });

  it('reads a period still running at the last month begun', async () => {
    const year = await get('leader', { groupBy: 'category', categoryId: category.id, month: '12' });
    expect(year).toMatchObject({ month: 7, monthsBegun: 7 });
    expect(year.rows[0]).toMatchObject({ plannedPercent: 55, actualPercent: 55 });
  });

  it('groups every category the reader sees, the unit’s category among them with its own targets only', async () => {
    const all = await get('leader', { groupBy: 'category', month: '6' });
    expect(all.rows.find((r) => r.id === category.id)).toMatchObject({ targets: 2, plannedPercent: 55 });
    expect(all.rows.length).toBeGreaterThan(1);
  });

  it('keeps to the reader’s scope: a department sees its own type only; a deputy its portfolio’s units and types', async () => {
    const integrity = await get('integrity', { groupBy: 'category', categoryId: category.id, month: '6' });
    expect(integrity.rows).toEqual([]);
    // 安全生产 is the deputy's portfolio type and 安监处's own.
    for (const username of ['safety', 'deputy']) {
      const seen = await get(username, { groupBy: 'category', categoryId: category.id, month: '6' });
      expect(seen.rows, username).toEqual([{ id: category.id, name: '完成进度测试类别', targets: 2, plannedPercent: 55, actualPercent: 55 }]);
    }
  });

  it('refuses a month outside 1–12 with the field named', async () => {
    const res = await t.as('leader')({ method: 'GET', url: '/api/statistics/completion', query: { yearId: seeded.yearId, groupBy: 'category', month: '13' } });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('month');
  });
});
