import { z } from 'zod';
import { defineRoute } from '../route.ts';
import type { Role } from '../roles.ts';
import { IdSchema } from '../common.ts';
import { XLSX_CONTENT_TYPE } from './target-excel.ts';

// 统计分析: execution statistics of a year for the 决策分析 roles, grouped by unit, target type or category.
// The data scope is the warning centre's (targets the caller may read); the numbers agree with warnings.list and orders.list.

/** Leaders (the deputy its portfolio), departments (own types) and the office; not units, not the administrator or auditor. */
export const STATISTICS_READERS: readonly Role[] = ['LEADER_MAIN', 'LEADER_DEPUTY', 'FUNC_DEPT', 'PERF_OFFICE'];

export const STATISTICS_GROUPS = ['unit', 'targetType', 'category'] as const;
export const StatisticsGroupSchema = z.enum(STATISTICS_GROUPS);
export type StatisticsGroup = z.infer<typeof StatisticsGroupSchema>;

export const StatisticsRowSchema = z.object({
  /** The unit, target type or category id; null for the totals and for units not assessed in the year (未分类). */
  id: z.string().nullable(),
  name: z.string(),
  /** Targets with a plan in force (published at least once), as in the warning centre. */
  targets: z.int(),
  green: z.int(),
  yellow: z.int(),
  red: z.int(),
  /** Average planned and actual cumulative percent as of now, one decimal; null without targets. */
  avgPlannedPercent: z.number().nullable(),
  avgActualPercent: z.number().nullable(),
  /** Report periods whose due date has passed (periods due before a target's first publication are not required). */
  reportsDue: z.int(),
  /** Of those, reported (on time or late), reported late, and still unreported (overdue). */
  reportsSubmitted: z.int(),
  reportsLate: z.int(),
  reportsOverdue: z.int(),
  /** Supervision orders not closed, and those of them past their due date (the rule of orders.list's `overdue`). */
  ordersOpen: z.int(),
  ordersOverdue: z.int(),
});
export type StatisticsRow = z.infer<typeof StatisticsRowSchema>;

export const StatisticsQuery = z.strictObject({
  yearId: IdSchema,
  groupBy: StatisticsGroupSchema.default('unit'),
});

export const statisticsOverview = defineRoute({
  id: 'statistics.overview',
  method: 'GET',
  path: '/api/statistics/overview',
  summary: '统计分析：年度目标执行情况（按单位、目标类型或考核类别汇总预警、进展报告与督办；按数据范围）',
  tag: 'statistics',
  access: STATISTICS_READERS,
  query: StatisticsQuery,
  response: z.object({ groupBy: StatisticsGroupSchema, rows: z.array(StatisticsRowSchema), totals: StatisticsRowSchema }),
});

export const exportStatistics = defineRoute({
  id: 'statistics.export',
  method: 'GET',
  path: '/api/statistics/export',
  summary: '导出统计分析（与页面相同的年度、分组与数据范围）',
  tag: 'statistics',
  access: STATISTICS_READERS,
  query: StatisticsQuery,
  binary: { contentType: XLSX_CONTENT_TYPE },
  response: z.unknown(),
});
