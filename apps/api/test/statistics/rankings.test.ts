import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { bj } from '../helpers/dates.ts';
import { rankingsWorld } from './rankings-world.ts';

describe('决策分析: rankings and a unit’s results (statistics.rankings / latestRankings / unitResults)', async () => {
  const t = await createTestApp({ now: bj('2026-03-02T09:00:00') });
  const seeded = await loadSeeded(t.db);
  const w = await rankingsWorld(t.db, seeded, createFixtures(t.db, seeded));
  const CD = seeded.unitId('CITY-CD');
  const ZG = seeded.unitId('CITY-ZG');

  async function get(user: string, url: string, query: Record<string, string> = {}) {
    const res = await t.as(user)({ method: 'GET', url, query });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }
  const names = (rows: { unitName: string }[]) => rows.map((r) => r.unitName);

  it('ranks each category of the year’s latest published period from its current bulletin version, with its grade counts', async () => {
    const r = await get('leader', '/api/statistics/rankings', { yearId: w.year.id });
    expect(r.periods.map((p: { code: string }) => p.code)).toEqual(['Q1', 'H1']);
    expect(r.period).toMatchObject({ code: 'H1', kind: 'HALF_YEAR', versionNo: 2 });
    expect(r.categories.map((c: { categoryName: string }) => c.categoryName)).toEqual(['城市类', '直属类']);
    const [city, direct] = r.categories;
    expect(city.unitCount).toBe(3);
    expect(city.rows.map((x: object) => x)).toEqual([
      { unitId: CD, unitName: '成都市交通运输局', final: 95.5, grade: '优秀', rank: 1 },
      expect.objectContaining({ unitId: ZG, final: 93, grade: '优秀', rank: 2 }),
      expect.objectContaining({ final: 70, grade: '合格', rank: 3 }),
    ]);
    expect(city.grades).toEqual([
      { grade: '优秀', count: 2 },
      { grade: '合格', count: 1 },
    ]);
    expect(direct.grades).toEqual([
      { grade: '良好', count: 1 },
      { grade: '合格', count: 1 },
    ]);

    const q1 = await get('perf', '/api/statistics/rankings', { yearId: w.year.id, periodId: w.q1.id });
    expect(q1.period.code).toBe('Q1');
    expect(q1.categories).toHaveLength(1);
    expect(q1.categories[0].rows.map((x: { rank: number; final: number }) => [x.rank, x.final])).toEqual([
      [1, 90],
      [2, 86],
      [3, 82],
    ]);
    expect(q1.categories[0].grades).toEqual([
      { grade: '优秀', count: 1 },
      { grade: '良好', count: 2 },
    ]);
  });

  it('leaves out units outside the caller’s scope from rows and counts, keeping the category’s unit count', async () => {
    // The deputy's portfolio holds 成都, 绵阳 and 公路局, not 自贡 or 运管局.
    const deputy = await get('deputy', '/api/statistics/rankings', { yearId: w.year.id });
    const [city, direct] = deputy.categories;
    expect(names(city.rows)).toEqual(['成都市交通运输局', '绵阳市交通运输局']);
    expect(city.rows.map((x: { rank: number }) => x.rank)).toEqual([1, 3]);
    expect(city.unitCount).toBe(3);
    expect(city.grades).toEqual([
      { grade: '优秀', count: 1 },
      { grade: '合格', count: 1 },
    ]);
    expect(names(direct.rows)).toEqual(['四川省公路局']);
    expect(direct.grades).toEqual([{ grade: '合格', count: 1 }]);

    // 安监处 reads the categories 安全生产 applies to.
    const safety = await get('safety', '/api/statistics/rankings', { yearId: w.year.id });
    expect(safety.categories.map((c: { categoryName: string }) => c.categoryName)).toEqual(['城市类']);
    expect(safety.categories[0].rows).toHaveLength(3);

    // A period with no published bulletin: nothing to rank.
    const none = await get('leader', '/api/statistics/rankings', { yearId: seeded.yearId, periodId: w.q1.id });
    expect(none).toMatchObject({ period: null, categories: [] });
  });

  it('gives the leader’s home the first three of each category’s latest ranking in scope', async () => {
    const leader = await get('leader', '/api/statistics/rankings/latest', { yearId: w.year.id });
    expect(leader.items.map((i: { categoryName: string; period: { code: string } }) => [i.categoryName, i.period.code])).toEqual([
      ['城市类', 'H1'],
      ['直属类', 'H1'],
    ]);
    expect(leader.items[0].top.map((x: { rank: number }) => x.rank)).toEqual([1, 2, 3]);
    const deputy = await get('deputy', '/api/statistics/rankings/latest', { yearId: w.year.id });
    expect(deputy.items[0].top.map((x: { unitId: string }) => x.unitId)).not.toContain(ZG);
  });

  it('compares a unit across periods and years, with its category’s mean and a radar of its first-level indicators', async () => {
    const r = await get('leader', `/api/statistics/units/${CD}/results`);
    expect(
      r.items.map((i: { year: number; period: { code: string }; final: number; rank: number; unitCount: number; categoryMean: number }) => [
        i.year,
        i.period.code,
        i.final,
        i.rank,
        i.unitCount,
        i.categoryMean,
      ]),
    ).toEqual([
      [w.previousYear.year, 'ANNUAL', 85, 2, 2, 88],
      [w.year.year, 'Q1', 86, 2, 3, 86],
      [w.year.year, 'H1', 95.5, 1, 3, 86.17],
    ]);
    expect(r.radar).toEqual({
      periodName: '半年考核',
      year: w.year.year,
      axes: [
        { key: 'ind-safety', label: '安全生产', score: 100, categoryMean: 90 },
        { key: 'ind-build', label: '项目建设', score: 91, categoryMean: 82.33 },
      ],
    });
    // 自贡 is outside the deputy's portfolio.
    expect((await get('deputy', `/api/statistics/units/${ZG}/results`)).items).toEqual([]);
  });

  it('shows a unit its own results, the mean only where the bulletin lets units see each other, and no other unit', async () => {
    const own = await get('unit.chengdu', `/api/statistics/units/${CD}/results`);
    expect(own.items.map((i: { period: { code: string }; categoryMean: number | null }) => [i.period.code, i.categoryMean])).toEqual([
      ['ANNUAL', 88],
      ['Q1', 86],
      ['H1', null],
    ]);
    expect(own.radar.axes.map((a: { score: number; categoryMean: number | null }) => [a.score, a.categoryMean])).toEqual([
      [100, null],
      [91, null],
    ]);
    const other = await t.as('unit.chengdu')({ method: 'GET', url: `/api/statistics/units/${ZG}/results` });
    expect(other.statusCode).toBe(404);
  });
});
