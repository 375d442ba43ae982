import { describe, expect, it } from 'vitest';
import { formatPeriodKey } from '@jx/contract';
import { createTestApp } from '../helpers/app.ts';
import { DEPUTY_PORTFOLIO_CODES, loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { readXlsx, sheetValues } from './helpers.ts';
import { beijingStamp } from '../helpers/dates.ts';
import { SEED_YEAR } from '../helpers/constants.ts';

describe('exports of the execution lists', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const yearId = seeded.yearId;
  const CD_NAME = '成都市交通运输局';
  const units = await db.unit.findMany({ select: { id: true, name: true, code: true } });
  const portfolioNames = units.filter((u) => (DEPUTY_PORTFOLIO_CODES as readonly string[]).includes(u.code)).map((u) => u.name);
  const safety = await db.targetType.findUniqueOrThrow({ where: { code: 'SAFETY' } });

  /** The rows of the export's only sheet, header first. */
  async function exported(user: string, url: string, query: Record<string, string>) {
    const res = await t.as(user)({ method: 'GET', url, query });
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = await readXlsx(res.rawPayload);
    const [header, ...rows] = sheetValues(wb.worksheets[0]!);
    const col = (name: string) => header!.indexOf(name);
    return { res, header: header!, rows, col, values: (name: string) => rows.map((r) => r[col(name)]) };
  }

  it('targets: a unit admin exports its own unit only, every row of it, with the file name of year and date', async () => {
    const x = await exported('unit.chengdu', '/api/targets/export', { yearId });
    expect(x.header).toEqual(['目标名称', '责任单位', '目标类型', '指标', '分值', '计量单位', '目标值', '工作时限', '状态', '预警', '来源', '更新时间']);
    expect(x.rows.length).toBe(await db.target.count({ where: { yearId, unitId: seeded.unitId('CITY-CD') } }));
    expect(x.rows.length).toBeGreaterThan(0);
    expect(new Set(x.values('责任单位'))).toEqual(new Set([CD_NAME]));
    expect(String(x.res.headers['content-disposition'])).toContain(encodeURIComponent(`年度目标-${SEED_YEAR}-${beijingStamp(t.clock.now())}.xlsx`));
  });

  it('targets: the deputy exports its portfolio (units and the types it oversees) and nothing else', async () => {
    const all = await exported('perf', '/api/targets/export', { yearId });
    const deputy = await exported('deputy', '/api/targets/export', { yearId });
    const expected = await db.target.count({ where: { yearId, OR: [{ unit: { code: { in: [...DEPUTY_PORTFOLIO_CODES] } } }, { targetTypeId: safety.id }] } });
    expect(deputy.rows.length).toBe(expected);
    expect(deputy.rows.length).toBeLessThan(all.rows.length);
    const outside = deputy.rows.filter((r) => !portfolioNames.includes(r[deputy.col('责任单位')]!) && r[deputy.col('目标类型')] !== '安全生产');
    expect(outside).toEqual([]);
  });

  it('targets: the list filters apply (status, type, keyword)', async () => {
    const x = await exported('perf', '/api/targets/export', { yearId, status: 'PUBLISHED', targetTypeId: safety.id });
    expect(x.rows.length).toBe(await db.target.count({ where: { yearId, status: 'PUBLISHED', targetTypeId: safety.id } }));
    expect(new Set(x.values('状态'))).toEqual(new Set(['已发布']));
    expect(new Set(x.values('目标类型'))).toEqual(new Set(['安全生产']));
    const none = await exported('perf', '/api/targets/export', { yearId, q: '绝不会出现的关键字' });
    expect(none.rows).toEqual([]);
  });

  it('targets: a filter naming another unit cannot widen a unit admin’s scope', async () => {
    const x = await exported('unit.chengdu', '/api/targets/export', { yearId, unitId: seeded.unitId('CITY-MY') });
    expect(x.rows).toEqual([]);
  });

  it('warnings: scoped like the warning centre, level filter applied, same rows as warnings.list', async () => {
    const list = (await t.as('unit.chengdu')({ method: 'GET', url: '/api/warnings', query: { yearId, pageSize: '100' } })).json();
    const x = await exported('unit.chengdu', '/api/warnings/export', { yearId });
    expect(x.rows.length).toBe(list.total);
    expect(x.values('目标名称')).toEqual(list.items.map((w: { title: string }) => w.title));
    expect(new Set(x.values('责任单位'))).toEqual(new Set(list.total ? [CD_NAME] : []));
    const green = await exported('perf', '/api/warnings/export', { yearId, level: 'GREEN' });
    expect(new Set(green.values('预警级别'))).toEqual(new Set(green.rows.length ? ['正常'] : []));
  });

  it('reports: scoped to the unit, periods shown as 月 / 季度', async () => {
    // A monthly and a quarterly report of 绵阳's own (the seed has none early in the year).
    await fx.report((await fx.target({ status: 'PUBLISHED', unitCode: 'CITY-MY' })).id, { periodKey: 'M01', actualPercent: 8 });
    await fx.report((await fx.target({ status: 'PUBLISHED', unitCode: 'CITY-MY', typeCode: 'INTEGRITY', leafCode: '3.1.1' })).id, {
      periodKey: 'Q1',
      actualPercent: 25,
    });
    const x = await exported('unit.mianyang', '/api/reports/export', { yearId });
    const reports = await db.progressReport.findMany({ where: { target: { yearId, unitId: seeded.unitId('CITY-MY') } }, select: { periodKey: true } });
    expect(x.rows.length).toBe(reports.length);
    expect(x.rows.length).toBeGreaterThan(0);
    expect(new Set(x.values('责任单位'))).toEqual(new Set(['绵阳市交通运输局']));
    expect(new Set(x.values('时段'))).toEqual(new Set(reports.map((r) => formatPeriodKey(r.periodKey))));
    expect(x.values('时段').some((p) => /^M\d/.test(p!))).toBe(false);
  });

  it('orders: same rows as orders.list for the caller, with the status in words', async () => {
    for (const user of ['perf', 'unit.chengdu', 'deputy']) {
      const list = (await t.as(user)({ method: 'GET', url: '/api/supervision-orders', query: { yearId, pageSize: '100' } })).json();
      const x = await exported(user, '/api/supervision-orders/export', { yearId });
      expect(x.rows.length, user).toBe(list.total);
      expect(
        x.values('状态').every((s) => ['待回复', '已回复', '已办结'].includes(s!)),
        user,
      ).toBe(true);
    }
  });

  it('paging parameters are not part of an export', async () => {
    const res = await t.as('perf')({ method: 'GET', url: '/api/targets/export', query: { yearId, page: '2' } });
    expect(res.statusCode).toBe(400);
  });
});
