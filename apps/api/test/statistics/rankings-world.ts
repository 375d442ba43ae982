import type { Prisma, PrismaClient } from '@jx/db';
import type { Fixtures } from '../helpers/fixtures.ts';
import type { Seeded } from '../helpers/seeded.ts';

/** A published line; `receipt` (the engine's, for a test's own model) replaces the hand-built one of `indicators`. */
type Line = { code: string; final: number; grade: string; rank: number; indicators?: [number, number]; receipt?: object };

/** A receipt holding one `indicators` node below the root with two first-level indicators (安全生产, 项目建设). */
function receipt(final: number, [a, b]: [number, number]) {
  return {
    tree: {
      kind: 'weighted',
      label: '总分',
      path: 'root',
      score: final,
      children: [
        {
          points: 100,
          contribution: final,
          node: {
            kind: 'indicators',
            label: '指标考核',
            path: 'root.children.0.node',
            score: final,
            indicatorId: null,
            period: 'H1',
            indicators: [
              { indicatorId: 'ind-safety', name: '安全生产', weightBp: 5000, effectivePercent: 50, score: a },
              { indicatorId: 'ind-build', name: '项目建设', weightBp: 5000, effectivePercent: 50, score: b },
            ],
          },
        },
      ],
    },
    final,
  };
}

/**
 * Published results built by hand (no engine run): two years, categories 城市类 (安全生产 applies: 安监处 reads it) and
 * 直属类 (another type), with 平时 Q1 and 半年 bulletins — 半年 in two versions, the second current — so that ranks,
 * grade counts, means and scope can be computed by hand.
 */
export async function rankingsWorld(db: PrismaClient, seeded: Seeded, fx: Fixtures) {
  const safety = await db.targetType.findUniqueOrThrow({ where: { code: 'SAFETY' } });
  const other = await db.targetType.findFirstOrThrow({ where: { ownerUnitId: { not: seeded.unitId('HQ-AJC') } } });
  const perf = seeded.accountId('perf');
  const previousYear = await fx.year();
  const year = await fx.year();

  async function category(yearId: string, name: string, sortOrder: number, typeId: string, codes: string[]) {
    const c = await db.assessmentCategory.create({
      data: { yearId, code: `RK${fx.next()}`, name, sortOrder, targetTypes: { create: { targetTypeId: typeId } } },
    });
    await db.assessedUnit.createMany({ data: codes.map((code) => ({ yearId, unitId: seeded.unitId(code), categoryId: c.id })) });
    return c;
  }
  const city = await category(year.id, '城市类', 1, safety.id, ['CITY-CD', 'CITY-ZG', 'CITY-MY']);
  const direct = await category(year.id, '直属类', 2, other.id, ['DU-GLJ', 'DU-YGJ']);
  const cityBefore = await category(previousYear.id, '城市类', 1, safety.id, ['CITY-CD', 'CITY-ZG']);

  async function period(yearId: string, kind: 'QUARTER' | 'HALF_YEAR' | 'ANNUAL' | 'SPECIAL', code: string, name: string, sortOrder: number) {
    const p = await db.assessmentPeriod.create({ data: { yearId, kind, code, name, sortOrder } });
    const set = await db.resultSet.create({ data: { periodId: p.id, yearId } });
    return { ...p, resultSetId: set.id };
  }

  async function publish(
    p: { id: string; yearId: string; resultSetId: string },
    versionNo: number,
    publishedAt: string,
    unitsSeeOthers: boolean,
    lines: Array<Line & { categoryId: string }>,
    supersededAt: string | null = null,
  ) {
    const b = await db.bulletin.create({
      data: {
        resultSetId: p.resultSetId,
        periodId: p.id,
        yearId: p.yearId,
        versionNo,
        title: '考核结果通报',
        docNo: `川交绩〔${versionNo}〕号`,
        preface: '',
        snapshot: { unitsSeeOthers, runNo: versionNo, categories: [], changes: [] } as Prisma.InputJsonValue,
        publishedById: perf,
        publishedAt: new Date(publishedAt),
        supersededAt: supersededAt ? new Date(supersededAt) : null,
      },
    });
    await db.bulletinUnit.createMany({
      data: lines.map((l, i) => ({
        bulletinId: b.id,
        categoryId: l.categoryId,
        unitId: seeded.unitId(l.code),
        position: i,
        final: String(l.final),
        grade: l.grade,
        rank: l.rank,
        receipt: (l.receipt ?? receipt(l.final, l.indicators ?? [l.final, l.final])) as Prisma.InputJsonValue,
        waivers: [],
      })),
    });
    return b;
  }

  const previousAnnual = await period(previousYear.id, 'ANNUAL', 'ANNUAL', '年终考核', 6);
  await publish(previousAnnual, 1, '2026-01-20T02:00:00Z', true, [
    { categoryId: cityBefore.id, code: 'CITY-ZG', final: 91, grade: '优秀', rank: 1 },
    { categoryId: cityBefore.id, code: 'CITY-CD', final: 85, grade: '良好', rank: 2 },
  ]);

  const q1 = await period(year.id, 'QUARTER', 'Q1', '第一季度考核', 1);
  await publish(q1, 1, '2026-04-15T02:00:00Z', true, [
    { categoryId: city.id, code: 'CITY-ZG', final: 90, grade: '优秀', rank: 1 },
    { categoryId: city.id, code: 'CITY-CD', final: 86, grade: '良好', rank: 2 },
    { categoryId: city.id, code: 'CITY-MY', final: 82, grade: '良好', rank: 3 },
  ]);

  const h1 = await period(year.id, 'HALF_YEAR', 'H1', '半年考核', 5);
  // Version 1, superseded after an appeal: 成都 was second.
  await publish(
    h1,
    1,
    '2026-07-20T02:00:00Z',
    false,
    [
      { categoryId: city.id, code: 'CITY-ZG', final: 93, grade: '优秀', rank: 1 },
      { categoryId: city.id, code: 'CITY-CD', final: 92, grade: '优秀', rank: 2 },
      { categoryId: city.id, code: 'CITY-MY', final: 70, grade: '合格', rank: 3 },
      { categoryId: direct.id, code: 'DU-YGJ', final: 89, grade: '良好', rank: 1 },
      { categoryId: direct.id, code: 'DU-GLJ', final: 80, grade: '合格', rank: 2 },
    ],
    '2026-08-01T02:00:00Z',
  );
  await publish(h1, 2, '2026-08-01T02:00:00Z', false, [
    { categoryId: city.id, code: 'CITY-CD', final: 95.5, grade: '优秀', rank: 1, indicators: [100, 91] },
    { categoryId: city.id, code: 'CITY-ZG', final: 93, grade: '优秀', rank: 2, indicators: [90, 96] },
    { categoryId: city.id, code: 'CITY-MY', final: 70, grade: '合格', rank: 3, indicators: [80, 60] },
    { categoryId: direct.id, code: 'DU-YGJ', final: 89, grade: '良好', rank: 1 },
    { categoryId: direct.id, code: 'DU-GLJ', final: 80, grade: '合格', rank: 2 },
  ]);
  // A 专项 whose bulletin is not published: not a period of the rankings.
  await period(year.id, 'SPECIAL', 'SPECIAL-1', '专项考核', 7);

  return { year, previousYear, city, direct, q1, h1, category, period, publish };
}
