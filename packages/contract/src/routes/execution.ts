import { z } from 'zod';
import { defineRoute } from '../route.ts';
import { EXECUTION_READERS, ORDER_RESPONDERS, PROGRESS_REPORTERS, SUPERVISORS } from '../access.ts';
import { DateString, DateTimeString, IdParams, IdSchema, PageQuery, VersionSchema, nonEmpty, pageOf } from '../common.ts';
import { MetricValueSchema, PeriodKeySchema } from './targets.ts';

// 目标执行: progress reports (进展报告) and the warning centre (预警中心).
// Who may do what is below; the data scope inside each route follows the target's (docs/decisions/0009-execution.md).

const optionalText = (label: string, max: number) => z.string().trim().max(max, `${label}不能超过 ${max} 个字`).nullish();

export const ProgressReportSchema = z.object({
  id: z.string(),
  targetId: z.string(),
  targetTitle: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  periodKey: z.string(),
  actualPercent: z.int(),
  actualValue: z.string().nullable(),
  narrative: z.string(),
  problems: z.string().nullable(),
  nextSteps: z.string().nullable(),
  reportedById: z.string(),
  reportedByName: z.string(),
  submittedAt: DateTimeString,
  late: z.boolean(),
  version: z.int(),
  updatedAt: DateTimeString,
});
export type ProgressReport = z.infer<typeof ProgressReportSchema>;

/** What a reporter writes: actual cumulative percent, actual value (quantitative targets only), narrative, problems, next steps. */
export const ReportContentFields = {
  actualPercent: z.int({ error: '实际完成百分比应为整数' }).min(0, '实际完成百分比应在 0–100 之间').max(100, '实际完成百分比应在 0–100 之间'),
  actualValue: MetricValueSchema.nullish(),
  narrative: nonEmpty('进展情况', 4000),
  problems: optionalText('存在问题', 2000),
  nextSteps: optionalText('下步打算', 2000),
};

export const listTargetReports = defineRoute({
  id: 'reports.listForTarget',
  method: 'GET',
  path: '/api/targets/:id/reports',
  summary: '一个目标的进展报告（按时段）',
  tag: 'execution',
  access: EXECUTION_READERS,
  params: IdParams,
  response: z.array(ProgressReportSchema),
});

export const listReports = defineRoute({
  id: 'reports.list',
  method: 'GET',
  path: '/api/reports',
  summary: '进展报告列表（分页、筛选；按数据范围）',
  tag: 'execution',
  access: EXECUTION_READERS,
  query: z.strictObject({
    ...PageQuery,
    order: z.enum(['asc', 'desc']).default('desc'),
    yearId: IdSchema.optional(),
    unitId: IdSchema.optional(),
    targetId: IdSchema.optional(),
    periodKey: PeriodKeySchema.optional(),
    late: z.enum(['true', 'false']).optional(),
  }),
  response: pageOf(ProgressReportSchema),
});

export const getReport = defineRoute({
  id: 'reports.get',
  method: 'GET',
  path: '/api/reports/:id',
  summary: '进展报告详情',
  tag: 'execution',
  access: EXECUTION_READERS,
  params: IdParams,
  response: ProgressReportSchema,
});

export const submitReport = defineRoute({
  id: 'reports.submit',
  method: 'POST',
  path: '/api/targets/:id/reports',
  summary: '报送进展报告（每个时段一份；逾期报送标记为迟报）',
  tag: 'execution',
  access: PROGRESS_REPORTERS,
  params: IdParams,
  body: z.strictObject({ periodKey: PeriodKeySchema, ...ReportContentFields }),
  response: ProgressReportSchema,
  status: 201,
});

export const updateReport = defineRoute({
  id: 'reports.update',
  method: 'PATCH',
  path: '/api/reports/:id',
  summary: '修改进展报告（报送人或本单位管理员）',
  tag: 'execution',
  access: PROGRESS_REPORTERS,
  params: IdParams,
  body: z.strictObject({ ...ReportContentFields, version: VersionSchema }),
  response: ProgressReportSchema,
});

export const WARNING_LEVELS = ['GREEN', 'YELLOW', 'RED'] as const;
export const WarningLevelSchema = z.enum(WARNING_LEVELS);
export type WarningLevel = z.infer<typeof WarningLevelSchema>;
export const WARNING_LEVEL_LABELS: Record<WarningLevel, string> = { GREEN: '正常', YELLOW: '黄色预警', RED: '红色预警' };

export const WarningReasonSchema = z.object({
  code: z.enum(['BEHIND_PLAN', 'REPORT_OVERDUE', 'DEADLINE_PASSED']),
  level: z.enum(['YELLOW', 'RED']),
  message: z.string(),
});

export const TargetWarningSchema = z.object({
  targetId: z.string(),
  title: z.string(),
  yearId: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  targetTypeId: z.string(),
  targetTypeName: z.string(),
  /** 工作时限 of the plan in force. */
  deadline: z.string(),
  level: WarningLevelSchema,
  plannedPercent: z.int(),
  actualPercent: z.int(),
  lagPoints: z.int(),
  overdueDays: z.int(),
  reasons: z.array(WarningReasonSchema),
});
export type TargetWarning = z.infer<typeof TargetWarningSchema>;

/** 执行情况 of one target: its warning as the warning centre shows it; null before its first publication (no plan in force). */
export const getTargetWarning = defineRoute({
  id: 'warnings.forTarget',
  method: 'GET',
  path: '/api/targets/:id/warning',
  summary: '一个目标的预警级别与原因（执行情况）',
  tag: 'execution',
  access: EXECUTION_READERS,
  params: IdParams,
  response: TargetWarningSchema.nullable(),
});

export const listWarnings = defineRoute({
  id: 'warnings.list',
  method: 'GET',
  path: '/api/warnings',
  summary: '预警中心：已发布目标的预警（计划与实际、逾期未报、超期未完成；按数据范围），及各级别数量',
  tag: 'execution',
  access: EXECUTION_READERS,
  query: z.strictObject({
    page: PageQuery.page,
    pageSize: PageQuery.pageSize,
    yearId: IdSchema.optional(),
    level: WarningLevelSchema.optional(),
    unitId: IdSchema.optional(),
    targetTypeId: IdSchema.optional(),
  }),
  response: pageOf(TargetWarningSchema).extend({
    /** Per level over the whole scope and filters (the level filter aside). */
    counts: z.object({ GREEN: z.int(), YELLOW: z.int(), RED: z.int() }),
  }),
});

// 点评 / 督办: comments on a target or one of its reports; supervision orders OPEN → RESPONDED → CLOSED (or back to OPEN).

export const CommentSchema = z.object({
  id: z.string(),
  targetId: z.string(),
  reportId: z.string().nullable(),
  authorId: z.string(),
  authorName: z.string(),
  body: z.string(),
  createdAt: DateTimeString,
});
export type Comment = z.infer<typeof CommentSchema>;

export const listComments = defineRoute({
  id: 'comments.list',
  method: 'GET',
  path: '/api/targets/:id/comments',
  summary: '目标及其进展报告的点评',
  tag: 'execution',
  access: EXECUTION_READERS,
  params: IdParams,
  response: z.array(CommentSchema),
});

export const createComment = defineRoute({
  id: 'comments.create',
  method: 'POST',
  path: '/api/targets/:id/comments',
  summary: '点评目标或其某一期进展报告（领导、分管领导、职能部门、绩效办）',
  tag: 'execution',
  access: SUPERVISORS,
  params: IdParams,
  body: z.strictObject({ body: nonEmpty('点评内容', 2000), reportId: IdSchema.nullish() }),
  response: CommentSchema,
  status: 201,
});

export const SUPERVISION_STATUSES = ['OPEN', 'RESPONDED', 'CLOSED'] as const;
export const SupervisionStatusSchema = z.enum(SUPERVISION_STATUSES);
export type SupervisionStatus = z.infer<typeof SupervisionStatusSchema>;
export const SUPERVISION_STATUS_LABELS: Record<SupervisionStatus, string> = { OPEN: '待回复', RESPONDED: '已回复', CLOSED: '已办结' };

export const SupervisionOrderSchema = z.object({
  id: z.string(),
  targetId: z.string(),
  targetTitle: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  reportId: z.string().nullable(),
  issuedById: z.string(),
  issuedByName: z.string(),
  instruction: z.string(),
  dueDate: z.string(),
  status: SupervisionStatusSchema,
  response: z.string().nullable(),
  respondedAt: DateTimeString.nullable(),
  /** The closing note, or the latest note of a rejected response while OPEN again. */
  note: z.string().nullable(),
  closedAt: DateTimeString.nullable(),
  /** Not yet CLOSED and its due date is before today, Beijing time (the same rule as the list's `overdue` filter). */
  overdue: z.boolean(),
  /** 催办: times the unit was urged to answer, and when last. */
  urgeCount: z.int(),
  lastUrgedAt: DateTimeString.nullable(),
  version: z.int(),
  createdAt: DateTimeString,
});
export type SupervisionOrder = z.infer<typeof SupervisionOrderSchema>;

export const listOrders = defineRoute({
  id: 'orders.list',
  method: 'GET',
  path: '/api/supervision-orders',
  summary: '督办单列表（按数据范围；单位只见本单位的）',
  tag: 'execution',
  access: EXECUTION_READERS,
  query: z.strictObject({
    page: PageQuery.page,
    pageSize: PageQuery.pageSize,
    status: SupervisionStatusSchema.optional(),
    yearId: IdSchema.optional(),
    unitId: IdSchema.optional(),
    targetId: IdSchema.optional(),
    overdue: z
      .enum(['true', 'false'])
      .optional()
      .describe('逾期：未办结（待回复或已回复）且回复期限早于今天（北京时间）。true 只列逾期的督办，false 只列其余的'),
    mine: z.enum(['true', 'false']).optional().describe('true：只列本人下达的督办（领导的批示跟踪）'),
  }),
  response: pageOf(SupervisionOrderSchema).extend({
    /** Per status, and overdue, over the whole scope and the year / unit / target filters (the status and overdue filters aside). */
    counts: z.object({ OPEN: z.int(), RESPONDED: z.int(), CLOSED: z.int(), overdue: z.int() }),
  }),
});

export const createOrder = defineRoute({
  id: 'orders.create',
  method: 'POST',
  path: '/api/targets/:id/supervision-orders',
  summary: '下达督办（要求责任单位在期限内书面回复）',
  tag: 'execution',
  access: SUPERVISORS,
  params: IdParams,
  body: z.strictObject({ instruction: nonEmpty('督办要求', 2000), dueDate: DateString, reportId: IdSchema.nullish() }),
  response: SupervisionOrderSchema,
  status: 201,
});

export const respondOrder = defineRoute({
  id: 'orders.respond',
  method: 'POST',
  path: '/api/supervision-orders/:id/respond',
  summary: '回复督办（本单位管理员；待回复 → 已回复）',
  tag: 'execution',
  access: ORDER_RESPONDERS,
  params: IdParams,
  body: z.strictObject({ response: nonEmpty('回复内容', 4000), version: VersionSchema }),
  response: SupervisionOrderSchema,
});

export const closeOrder = defineRoute({
  id: 'orders.close',
  method: 'POST',
  path: '/api/supervision-orders/:id/close',
  summary: '办结督办（下达人或绩效办；已回复 → 已办结）',
  tag: 'execution',
  access: SUPERVISORS,
  params: IdParams,
  body: z.strictObject({ note: z.string().trim().max(1000).nullish(), version: VersionSchema }),
  response: SupervisionOrderSchema,
});

export const rejectOrder = defineRoute({
  id: 'orders.reject',
  method: 'POST',
  path: '/api/supervision-orders/:id/reject',
  summary: '退回回复（下达人或绩效办；已回复 → 待回复，须填写意见）',
  tag: 'execution',
  access: SUPERVISORS,
  params: IdParams,
  body: z.strictObject({ note: z.string().trim().min(2, '请填写退回意见').max(1000), version: VersionSchema }),
  response: SupervisionOrderSchema,
});

export const urgeOrder = defineRoute({
  id: 'orders.urge',
  method: 'POST',
  path: '/api/supervision-orders/:id/urge',
  summary: '催办（下达人或目标绩效办；仅待回复的督办）：提醒责任单位尽快回复，附说明，计入催办次数',
  tag: 'execution',
  access: SUPERVISORS,
  params: IdParams,
  body: z.strictObject({ note: nonEmpty('催办说明', 500), version: VersionSchema }),
  response: SupervisionOrderSchema,
});

export const OrderUrgeSchema = z.object({ id: z.string(), urgedByName: z.string(), note: z.string(), createdAt: DateTimeString });
export type OrderUrge = z.infer<typeof OrderUrgeSchema>;

export const listOrderUrges = defineRoute({
  id: 'orders.urges',
  method: 'GET',
  path: '/api/supervision-orders/:id/urges',
  summary: '督办的催办记录（按时间先后）',
  tag: 'execution',
  access: EXECUTION_READERS,
  params: IdParams,
  response: z.array(OrderUrgeSchema),
});
