import { z } from 'zod';
import { defineRoute } from '../route.ts';
import type { Role } from '../roles.ts';
import { DateString, DateTimeString, IdSchema } from '../common.ts';
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
  /** Only this target type's targets. */
  targetTypeId: IdSchema.optional(),
  /** Only the targets of units assessed in this 考核类别 in the year. */
  categoryId: IdSchema.optional(),
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

export const TrendQuery = z.strictObject({
  yearId: IdSchema,
  unitId: IdSchema.optional(),
  targetTypeId: IdSchema.optional(),
  /** Only the targets of units assessed in this 考核类别 in the year. */
  categoryId: IdSchema.optional(),
});

export const TrendMonthSchema = z.object({
  /** 1–12. */
  month: z.int(),
  /** Average cumulative planned percent of the targets in force at the month's end (a quarterly plan holds until its next quarter), one decimal. */
  plannedPercent: z.number().nullable(),
  /** Average cumulative actual percent reported for periods up to the month (the latest report holds); null for months not yet begun. */
  actualPercent: z.number().nullable(),
});
export type TrendMonth = z.infer<typeof TrendMonthSchema>;

export const statisticsTrend = defineRoute({
  id: 'statistics.trend',
  method: 'GET',
  path: '/api/statistics/trend',
  summary: '统计分析：年度计划与实际完成进度的月度走势（按数据范围，可按单位、目标类型筛选；单位看本单位，责任人看本人的目标）',
  tag: 'statistics',
  access: [...STATISTICS_READERS, 'UNIT_ADMIN', 'UNIT_STAFF'],
  query: TrendQuery,
  response: z.object({ targets: z.int(), months: z.array(TrendMonthSchema) }),
});

/** 完成进度 as of a month's end, by target type or category (决策分析 with a period chosen). */
export const CompletionQuery = z.strictObject({
  yearId: IdSchema,
  groupBy: z.enum(['targetType', 'category']),
  /** The period's last month, 1–12: plans and reports count up to its end, or up to the last month begun while it runs. */
  month: z.coerce.number().int().min(1, '月份为 1–12').max(12, '月份为 1–12'),
  targetTypeId: IdSchema.optional(),
  categoryId: IdSchema.optional(),
});

export const CompletionRowSchema = z.object({
  /** The target type or category; null for units not assessed in the year (未分类). */
  id: z.string().nullable(),
  name: z.string(),
  /** Targets in force in the caller's scope. */
  targets: z.int(),
  /** Average cumulative planned and actual percent at the month's end, one decimal; actual null for a month not yet begun. */
  plannedPercent: z.number(),
  actualPercent: z.number().nullable(),
});
export type CompletionRow = z.infer<typeof CompletionRowSchema>;

export const statisticsCompletion = defineRoute({
  id: 'statistics.completion',
  method: 'GET',
  path: '/api/statistics/completion',
  summary: '决策分析：截至某月末的计划与实际完成进度（按目标类型或考核类别；按数据范围，可按目标类型、考核类别筛选）',
  tag: 'statistics',
  access: STATISTICS_READERS,
  query: CompletionQuery,
  /** `month`: the month read (the one asked, or the last month begun when earlier; 0 for a year not begun). */
  response: z.object({ month: z.int(), monthsBegun: z.int(), rows: z.array(CompletionRowSchema) }),
});

export const ActivityCommentSchema = z.object({
  id: IdSchema,
  targetId: IdSchema,
  targetTitle: z.string(),
  unitName: z.string(),
  authorName: z.string(),
  body: z.string(),
  createdAt: DateTimeString,
});
export const ActivityOrderSchema = z.object({
  id: IdSchema,
  targetId: IdSchema,
  targetTitle: z.string(),
  unitName: z.string(),
  issuedByName: z.string(),
  instruction: z.string(),
  status: z.enum(['OPEN', 'RESPONDED', 'CLOSED']),
  dueDate: DateString,
  /** The rule of orders.list's `overdue`. */
  overdue: z.boolean(),
  createdAt: DateTimeString,
});
export const ActivityDeadlineSchema = z.object({
  targetId: IdSchema,
  title: z.string(),
  unitName: z.string(),
  /** 工作时限 of the plan in force. */
  deadline: DateString,
  actualPercent: z.int(),
});

export const statisticsActivity = defineRoute({
  id: 'statistics.activity',
  method: 'GET',
  path: '/api/statistics/activity',
  summary: '领导首页动态：最新点评、最新督办与临近工作时限的未完成目标（各 5 条，按数据范围）',
  tag: 'statistics',
  access: STATISTICS_READERS,
  query: z.strictObject({ yearId: IdSchema }),
  response: z.object({
    comments: z.array(ActivityCommentSchema),
    orders: z.array(ActivityOrderSchema),
    deadlines: z.array(ActivityDeadlineSchema),
  }),
});

export const HeatCellSchema = z.object({
  month: z.int(),
  plannedPercent: z.number(),
  /** Null for a month not yet begun. */
  actualPercent: z.number().nullable(),
  /** Average points behind plan at the month's end (negative: ahead); null for a month not yet begun. */
  lagPoints: z.number().nullable(),
  /** The lag against the warning thresholds (黄色 / 红色预警：落后计划百分点); null for a month not yet begun. */
  level: z.enum(['RED', 'YELLOW', 'GREEN']).nullable(),
});
export type HeatCell = z.infer<typeof HeatCellSchema>;

export const HeatUnitSchema = z.object({ unitId: IdSchema, unitName: z.string(), targets: z.int(), cells: z.array(HeatCellSchema) });
export type HeatUnit = z.infer<typeof HeatUnitSchema>;

export const statisticsHeatmap = defineRoute({
  id: 'statistics.heatmap',
  method: 'GET',
  path: '/api/statistics/heatmap',
  summary: '决策分析：各单位逐月进度偏差热力图（月末平均落后计划的百分点，按预警阈值着色；按数据范围，可按目标类型筛选）',
  tag: 'statistics',
  access: STATISTICS_READERS,
  query: z.strictObject({ yearId: IdSchema, targetTypeId: IdSchema.optional(), categoryId: IdSchema.optional() }),
  response: z.object({
    monthsBegun: z.int(),
    thresholds: z.object({ yellowLagPoints: z.int(), redLagPoints: z.int() }),
    units: z.array(HeatUnitSchema),
  }),
});

/** One unit's share of a special task: its target and the target's maintained execution state. */
export const SpecialTaskUnitSchema = z.object({
  targetId: IdSchema,
  title: z.string(),
  unitId: IdSchema,
  unitName: z.string(),
  /** 工作时限 of the plan in force. */
  deadline: DateString.nullable(),
  plannedPercent: z.int(),
  actualPercent: z.int(),
  /** Points behind plan (negative: ahead). */
  lagPoints: z.int(),
  level: z.enum(['RED', 'YELLOW', 'GREEN']).nullable(),
  /** The latest period reported, when it was submitted and whether late; null before the first report. */
  lastReport: z.object({ periodKey: z.string(), submittedAt: DateTimeString, late: z.boolean() }).nullable(),
});
export type SpecialTaskUnit = z.infer<typeof SpecialTaskUnitSchema>;

export const SpecialTaskProgressSchema = z.object({
  id: IdSchema,
  title: z.string(),
  description: z.string().nullable(),
  /** Its targets in force in the caller's scope, and the units they are decomposed to. */
  targets: z.int(),
  units: z.int(),
  /** Averages over those targets, one decimal. */
  avgPlannedPercent: z.number(),
  avgActualPercent: z.number(),
  red: z.int(),
  yellow: z.int(),
  green: z.int(),
  /** Targets fully done (actual 100 %). */
  completed: z.int(),
  rows: z.array(SpecialTaskUnitSchema),
});
export type SpecialTaskProgress = z.infer<typeof SpecialTaskProgressSchema>;

export const statisticsSpecialTasks = defineRoute({
  id: 'statistics.specialTasks',
  method: 'GET',
  path: '/api/statistics/special-tasks',
  summary: '决策分析：专项工作督查（每项专项工作分解到各单位的目标、计划与实际进度、预警与最近报送；按数据范围）',
  tag: 'statistics',
  access: STATISTICS_READERS,
  query: z.strictObject({ yearId: IdSchema }),
  response: z.object({ tasks: z.array(SpecialTaskProgressSchema) }),
});
