import { describe, expect, it } from 'vitest';
import type { StatisticsRow } from '@jx/contract';
import { createTestApp } from '../helpers/app.ts';
import { DEPUTY_PORTFOLIO_CODES, loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { readXlsx, sheetValues } from '../excel/helpers.ts';
import { beijingStamp, bj } from '../helpers/dates.ts';
import { SEED_YEAR } from '../helpers/constants.ts';

type Overview = { groupBy: string; rows: StatisticsRow[]; totals: StatisticsRow };
const COUNTED = [
  'targets',
  'green',
  'yellow',
  'red',
  'reportsDue',
  'reportsSubmitted',
  'reportsLate',
  'reportsOverdue',
  'ordersOpen',
  'ordersOverdue',
] as const;

describe('统计分析 (statistics.overview / statistics.export)', async () => {
  const t = await createTestApp({ now: bj('2026-03-02T09:00:00') });
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const yearId = seeded.yearId;
  const CD = seeded.unitId('CITY-CD');
  const portfolio = DEPUTY_PORTFOLIO_CODES.map((c) => seeded.unitId(c));
  const safety = await db.targetType.findUniqueOrThrow({ where: { code: 'SAFETY' } });

  async function overview(user: string, groupBy = 'unit'): Promise<Overview> {
    const res = await t.as(user)({ method: 'GET', url: '/api/statistics/overview', query: { yearId, groupBy } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }
  async function get(user: string, url: string, query: Record<string, string>) {
    const res = await t.as(user)({ method: 'GET', url, query });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }
  const row = (o: Overview, id: string) => o.rows.find((r) => r.id === id);
  const published = (where: object) => db.target.count({ where: { yearId, publishedRevisionNo: { not: null }, ...where } });

  it('agrees with the warning centre and the supervision list for the same scope', async () => {
    for (const user of ['perf', 'deputy', 'safety']) {
      const o = await overview(user);
      const warnings = await get(user, '/api/warnings', { yearId, pageSize: '1' });
      const orders = await get(user, '/api/supervision-orders', { yearId, pageSize: '1' });
      expect(o.totals, user).toMatchObject({ targets: warnings.total, green: warnings.counts.GREEN, yellow: warnings.counts.YELLOW, red: warnings.counts.RED });
      expect(o.totals, user).toMatchObject({ ordersOpen: orders.counts.OPEN + orders.counts.RESPONDED, ordersOverdue: orders.counts.overdue });
      for (const k of COUNTED)
        expect(
          o.rows.reduce((s, r) => s + r[k], 0),
          `${user} ${k}`,
        ).toBe(o.totals[k]);
    }
    // One unit's row is that unit's warning centre and order list.
    const cd = row(await overview('perf'), CD)!;
    const warnings = await get('perf', '/api/warnings', { yearId, unitId: CD, pageSize: '100' });
    const orders = await get('perf', '/api/supervision-orders', { yearId, unitId: CD, pageSize: '1' });
    expect(cd).toMatchObject({
      name: '成都市交通运输局',
      targets: warnings.total,
      red: warnings.counts.RED,
      ordersOpen: orders.counts.OPEN + orders.counts.RESPONDED,
    });
    const items = warnings.items as { plannedPercent: number; actualPercent: number }[];
    expect(cd.avgActualPercent).toBeCloseTo(items.reduce((s, w) => s + w.actualPercent, 0) / items.length, 1);
  });

  it('counts a new target’s due, submitted and late reports and its open and overdue orders (today is 2 March)', async () => {
    const before = row(await overview('perf'), CD)!;
    // Published 1 February: January's report (due 5 February) is required, February's is not due yet.
    const onTime = await fx.target({ status: 'PUBLISHED' });
    await fx.report(onTime.id, { periodKey: 'M01', actualPercent: 8, late: true });
    // First published 20 February: January fell due before it, so nothing is required yet.
    const late = await fx.target({ status: 'PUBLISHED' });
    await db.targetRevision.updateMany({ where: { targetId: late.id }, data: { publishedAt: new Date('2026-02-20T00:00:00Z') } });
    const unreported = await fx.target({ status: 'PUBLISHED' });
    await fx.order(onTime.id, { dueDate: '2026-03-01' }); // overdue
    await fx.order(late.id, { status: 'RESPONDED', dueDate: '2026-03-02' }); // due today: not overdue
    await fx.order(unreported.id, { status: 'CLOSED', dueDate: '2026-02-01' }); // closed: not counted
    await fx.target({ status: 'DRAFT' }); // never published: not counted

    const after = row(await overview('perf'), CD)!;
    const delta = Object.fromEntries(COUNTED.map((k) => [k, after[k] - before[k]]));
    expect(delta).toMatchObject({ targets: 3, reportsDue: 2, reportsSubmitted: 1, reportsLate: 1, reportsOverdue: 1, ordersOpen: 2, ordersOverdue: 1 });
  });

  it('shows the deputy only its portfolio: every target of its units, only 安全生产 of the others', async () => {
    const byUnit = await overview('deputy');
    for (const r of byUnit.rows) {
      const expected = portfolio.includes(r.id!) ? await published({ unitId: r.id }) : await published({ unitId: r.id, targetTypeId: safety.id });
      expect(r.targets, r.name).toBe(expected);
    }
    for (const id of portfolio) expect(row(byUnit, id)?.targets).toBe(await published({ unitId: id }));
    const byType = await overview('deputy', 'targetType');
    for (const r of byType.rows) {
      const expected = r.id === safety.id ? await published({ targetTypeId: safety.id }) : await published({ targetTypeId: r.id, unitId: { in: portfolio } });
      expect(r.targets, r.name).toBe(expected);
    }
  });

  it('shows the 安全生产 department only 安全生产 targets', async () => {
    const byType = await overview('safety', 'targetType');
    expect(byType.rows.map((r) => r.name)).toEqual(['安全生产']);
    expect(byType.totals.targets).toBe(await published({ targetTypeId: safety.id }));
    const byUnit = await overview('safety');
    expect(byUnit.totals.targets).toBe(byType.totals.targets);
  });

  it('groups by category through the year’s 考核对象, with the same totals', async () => {
    const byUnit = await overview('leader');
    const byCategory = await overview('leader', 'category');
    expect(byCategory.rows.map((r) => r.name)).toEqual(expect.arrayContaining(['厅机关处室', '厅直单位']));
    expect(row(byCategory, seeded.categoryId('CITY'))!.targets).toBe(
      await published({ unit: { assessedUnits: { some: { yearId, categoryId: seeded.categoryId('CITY') } } } }),
    );
    expect(byCategory.totals).toEqual(byUnit.totals);
  });

  it('is refused to units, the administrator and the auditor; bad input names its field; an unknown year is 404', async () => {
    for (const user of ['unit.chengdu', 'staff.chengdu', 'admin', 'auditor']) {
      expect((await t.as(user)({ method: 'GET', url: '/api/statistics/overview', query: { yearId } })).statusCode, user).toBe(403);
    }
    const bad = await t.as('leader')({ method: 'GET', url: '/api/statistics/overview', query: { yearId, groupBy: 'person' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues.map((i: { path: string }) => i.path)).toContain('groupBy');
    const noYear = await t.as('leader')({ method: 'GET', url: '/api/statistics/overview' });
    expect(noYear.statusCode).toBe(400);
    expect(noYear.json().error.details.issues.map((i: { path: string }) => i.path)).toContain('yearId');
    const unknown = await t.as('leader')({ method: 'GET', url: '/api/statistics/overview', query: { yearId: '00000000-0000-4000-8000-000000000000' } });
    expect(unknown.statusCode).toBe(404);
  });

  it('exports the same rows and the totals as an .xlsx named after the year and the grouping', async () => {
    const o = await overview('deputy', 'targetType');
    const res = await t.as('deputy')({ method: 'GET', url: '/api/statistics/export', query: { yearId, groupBy: 'targetType' } });
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['content-disposition'])).toContain(encodeURIComponent(`统计分析-${SEED_YEAR}-按目标类型-${beijingStamp(t.clock.now())}.xlsx`));
    const [header, ...rows] = sheetValues((await readXlsx(res.rawPayload)).worksheets[0]!);
    expect(header!.slice(0, 5)).toEqual(['目标类型', '已发布目标', '正常', '黄色预警', '红色预警']);
    expect(rows.map((r) => r[0])).toEqual([...o.rows.map((r) => r.name), '合计']);
    expect(rows.map((r) => Number(r[1]))).toEqual([...o.rows, o.totals].map((r) => r.targets));
    expect(rows.map((r) => Number(r[4]))).toEqual([...o.rows, o.totals].map((r) => r.red));
    expect(rows.map((r) => Number(r[12]))).toEqual([...o.rows, o.totals].map((r) => r.ordersOverdue));
  });
});
