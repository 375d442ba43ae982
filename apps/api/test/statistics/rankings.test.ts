import { describe, expect, it } from 'vitest';
import { ScoringModelSchema, summarise, type UnitInput } from '@jx/scoring';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { bj } from '../helpers/dates.ts';
import { rankingsWorld } from './rankings-world.ts';

describe('决策分析: rankings and a unit’s results (statistics.rankings / latestRankings / unitResults)', async () => {
  const t = await createTestApp({ now: bj('2026-03-02T09:00:00') });
  const seeded = await loadSeeded(t.db);
  const fx = createFixtures(t.db, seeded);
  const w = await rankingsWorld(t.db, seeded, fx);
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

  it('draws the radar from the first-level indicators wherever the model nests them, in the model’s order', async () => {
    // 工作考核 → 业务工作实绩 → 业务工作 three levels down, 工作考核 → 管理工作 two down, 公众评议 beside them.
    const model = ScoringModelSchema.parse({
      name: '厅机关处室绩效考评',
      root: {
        kind: 'weighted',
        label: '绩效考评',
        children: [
          {
            points: 70,
            node: {
              kind: 'weighted',
              label: '工作考核',
              children: [
                {
                  points: 60,
                  node: {
                    kind: 'weighted',
                    label: '业务工作实绩',
                    children: [
                      { points: 90, node: { kind: 'indicators', label: '业务工作·完成情况', indicatorId: 'biz' } },
                      { points: 10, node: { kind: 'imported', label: '业务工作·创新', key: 'innovation' } },
                    ],
                  },
                },
                { points: 40, node: { kind: 'indicators', label: '管理工作', indicatorId: 'mgmt' } },
              ],
            },
          },
          { points: 30, node: { kind: 'imported', label: '公众评议', key: 'survey' } },
        ],
      },
      grades: [{ grade: '优秀', min: 90 }, { grade: '良好', min: 80 }, { grade: '合格' }],
    });
    const indicators = [
      { id: 'biz', parentId: null, name: '业务工作', weightBp: 6000 },
      { id: 'biz.plan', parentId: 'biz', name: '规划编制', weightBp: 5000 },
      { id: 'biz.works', parentId: 'biz', name: '项目建设', weightBp: 5000 },
      { id: 'mgmt', parentId: null, name: '管理工作', weightBp: 4000 },
    ];
    // Each target is worth 10: 业务工作 is the mean of its two leaves, 管理工作 its one target, both × 10.
    const unit = (code: string, [plan, works, mgmt]: [number, number, number]): UnitInput => ({
      unitId: code,
      name: code,
      targets: (
        [
          ['biz.plan', plan],
          ['biz.works', works],
          ['mgmt', mgmt],
        ] as const
      ).map(([indicatorId, score]) => ({
        id: `${code}-${indicatorId}`,
        title: indicatorId,
        indicatorId,
        maxScore: 10,
        assessments: [{ period: 'ANNUAL', score }],
      })),
      ratings: [],
      imported: { innovation: 80, survey: 90 },
      adjustments: [],
    });
    const result = summarise(model, {
      period: 'ANNUAL',
      indicators,
      units: [unit('HQ-GHC', [9, 10, 10]), unit('HQ-JSC', [6, 8, 9]), unit('HQ-KJC', [10, 10, 5])],
    });
    // Another category's model has no indicators at all: its radar shows the root's parts.
    const parts = (survey: number, rating: number) => ({
      tree: {
        kind: 'weighted',
        label: '综合评价',
        path: 'root',
        score: (survey + rating) / 2,
        children: [
          {
            points: 50,
            contribution: survey / 2,
            node: { kind: 'imported', label: '满意度测评', path: 'root.children.0.node', score: survey, key: 'survey', value: survey },
          },
          {
            points: 50,
            contribution: rating / 2,
            node: { kind: 'imported', label: '领导评价', path: 'root.children.1.node', score: rating, key: 'rating', value: rating },
          },
        ],
      },
    });
    const year = await fx.year();
    const type = await t.db.targetType.findFirstOrThrow();
    const offices = await w.category(year.id, '厅机关处室', 1, type.id, ['HQ-GHC', 'HQ-JSC', 'HQ-KJC']);
    const others = await w.category(year.id, '厅机关其他处室', 2, type.id, ['HQ-CWC', 'HQ-RSC']);
    const annual = await w.period(year.id, 'ANNUAL', 'ANNUAL', '年终考核', 6);
    await w.publish(annual, 1, '2026-01-25T02:00:00Z', false, [
      ...result.units.map((u) => ({ categoryId: offices.id, code: u.unitId, final: u.final, grade: u.grade, rank: u.rank, receipt: u.receipt })),
      { categoryId: others.id, code: 'HQ-CWC', final: 85, grade: '良好', rank: 1, receipt: parts(90, 80) },
      { categoryId: others.id, code: 'HQ-RSC', final: 75, grade: '合格', rank: 2, receipt: parts(70, 80) },
    ]);

    const r = await get('leader', `/api/statistics/units/${seeded.unitId('HQ-GHC')}/results`);
    expect(r.radar).toEqual({
      periodName: '年终考核',
      year: year.year,
      axes: [
        // 业务工作: 95, 70 and 100; 管理工作: 100, 90 and 50.
        { key: 'biz', label: '业务工作', score: 95, categoryMean: 88.33 },
        { key: 'mgmt', label: '管理工作', score: 100, categoryMean: 80 },
      ],
    });

    const plain = await get('leader', `/api/statistics/units/${seeded.unitId('HQ-CWC')}/results`);
    expect(plain.radar.axes).toEqual([
      { key: 'root.children.0.node', label: '满意度测评', score: 90, categoryMean: 80 },
      { key: 'root.children.1.node', label: '领导评价', score: 80, categoryMean: 80 },
    ]);
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
