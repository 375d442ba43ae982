import { z } from 'zod';
import { defineRoute } from '../route.ts';
import { DateTimeString, IdSchema } from '../common.ts';
import { AssessmentPeriodKindSchema } from './assessment-processes.ts';
import { STATISTICS_READERS } from './statistics.ts';
import { UNIT_RESULT_VIEWERS } from '../access.ts';

// 决策分析 over published bulletins (the current version of each period's bulletin): rankings per category with their
// grade distribution, and one unit's results across periods and years. Scope: leaders and the office all units, a
// deputy the units of its portfolio, a department the categories its target types apply to, a unit's admin its own unit.

export const PublishedPeriodSchema = z.object({
  periodId: IdSchema,
  name: z.string(),
  code: z.string(),
  kind: AssessmentPeriodKindSchema,
  bulletinId: IdSchema,
  versionNo: z.int(),
  publishedAt: DateTimeString,
});
export type PublishedPeriod = z.infer<typeof PublishedPeriodSchema>;

export const RankingRowSchema = z.object({
  unitId: IdSchema,
  unitName: z.string(),
  final: z.number(),
  grade: z.string(),
  rank: z.int(),
});
export type RankingRow = z.infer<typeof RankingRowSchema>;

export const RankingCategorySchema = z.object({
  categoryId: IdSchema,
  categoryName: z.string(),
  /** Units ranked in the category (all of them, whatever the caller's scope: the denominator of 名次). */
  unitCount: z.int(),
  /** Rows in the caller's scope, by rank. */
  rows: z.array(RankingRowSchema),
  /** Units per grade among those rows, best grade first. */
  grades: z.array(z.object({ grade: z.string(), count: z.int() })),
});
export type RankingCategory = z.infer<typeof RankingCategorySchema>;

export const statisticsRankings = defineRoute({
  id: 'statistics.rankings',
  method: 'GET',
  path: '/api/statistics/rankings',
  summary: '决策分析：各考核类别的排名与等次分布（所选考核时机已发布通报的当前版本；不选时为本年度最近发布的一期；按数据范围）',
  tag: 'statistics',
  access: STATISTICS_READERS,
  query: z.strictObject({ yearId: IdSchema, periodId: IdSchema.optional() }),
  response: z.object({
    /** The year's periods with a published bulletin, in period order. */
    periods: z.array(PublishedPeriodSchema),
    period: PublishedPeriodSchema.nullable(),
    categories: z.array(RankingCategorySchema),
  }),
});

export const LatestRankingSchema = z.object({
  categoryId: IdSchema,
  categoryName: z.string(),
  yearId: IdSchema,
  year: z.int(),
  period: PublishedPeriodSchema,
  unitCount: z.int(),
  /** The first three in the caller's scope. */
  top: z.array(RankingRowSchema),
});
export type LatestRanking = z.infer<typeof LatestRankingSchema>;

export const statisticsLatestRankings = defineRoute({
  id: 'statistics.latestRankings',
  method: 'GET',
  path: '/api/statistics/rankings/latest',
  summary: '领导首页：本年度各考核类别最近发布的排名（前三名，按数据范围）',
  tag: 'statistics',
  access: STATISTICS_READERS,
  query: z.strictObject({ yearId: IdSchema }),
  response: z.object({ items: z.array(LatestRankingSchema) }),
});

export const UnitPeriodResultSchema = z.object({
  year: z.int(),
  yearId: IdSchema,
  period: PublishedPeriodSchema,
  categoryId: IdSchema,
  categoryName: z.string(),
  final: z.number(),
  grade: z.string(),
  rank: z.int(),
  unitCount: z.int(),
  /** Mean score of the category, two decimals; null for a unit when the bulletin does not show units each other's scores. */
  categoryMean: z.number().nullable(),
});
export type UnitPeriodResult = z.infer<typeof UnitPeriodResultSchema>;

export const RadarAxisSchema = z.object({
  key: z.string(),
  label: z.string(),
  /** 0–100; null when the indicator was left out for the unit. */
  score: z.number().nullable(),
  categoryMean: z.number().nullable(),
});
export type RadarAxis = z.infer<typeof RadarAxisSchema>;

export const statisticsUnitResults = defineRoute({
  id: 'statistics.unitResults',
  method: 'GET',
  path: '/api/statistics/units/:id/results',
  summary: '单位画像：本单位在各年度平时、半年、专项、年终已发布通报中的得分、等次与排名，及最近一期一级指标得分与类别均值（单位只看本单位）',
  tag: 'statistics',
  // A unit's admin reads its own unit, as with 本单位考核成绩 (results.mine).
  access: [...STATISTICS_READERS, ...UNIT_RESULT_VIEWERS],
  params: z.strictObject({ id: IdSchema }),
  response: z.object({
    /** Oldest first. */
    items: z.array(UnitPeriodResultSchema),
    /** First-level indicator scores in the latest published period, against the category's means; null without a bulletin. */
    radar: z.object({ periodName: z.string(), year: z.int(), axes: z.array(RadarAxisSchema) }).nullable(),
  }),
});
