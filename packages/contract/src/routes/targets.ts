import { z } from 'zod';
import { errorText, keyedIssue } from '../messages/index.ts';
import { defineRoute } from '../route.ts';
import { MessageParamsSchema } from '../errors.ts';
import { SPECIAL_TASK_CREATORS, TARGET_ASSIGNERS, TARGET_DRAFTERS, TARGET_PUBLISHERS, TARGET_READERS, TARGET_REVIEWERS } from '../access.ts';
import { DateString, DateTimeString, IdParams, IdSchema, OkSchema, PageQuery, ReasonBody, VersionBody, VersionSchema, nonEmpty, pageOf } from '../common.ts';
import { weightPercentSchema } from '../weights.ts';

// 年度目标: declaring and drafting targets, review (submit / approve / return), publishing, revisions (修订) with a
// field-by-field diff, bulk assignment of one template to many units, special tasks (专项工作).
// Who may do what is below; the data scope inside each route is the service's business (docs/decisions/0007-targets.md).

export const TARGET_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'PUBLISHED'] as const;
export const TargetStatusSchema = z.enum(TARGET_STATUSES);
export type TargetStatus = z.infer<typeof TargetStatusSchema>;
export const TARGET_STATUS_LABELS: Record<TargetStatus, string> = {
  DRAFT: '草稿',
  SUBMITTED: '待审核',
  APPROVED: '已审核',
  RETURNED: '已退回',
  PUBLISHED: '已发布',
};

export const TARGET_ORIGINS = ['DECLARED', 'ASSIGNED', 'SPECIAL'] as const;
export const TargetOriginSchema = z.enum(TARGET_ORIGINS);
export type TargetOrigin = z.infer<typeof TargetOriginSchema>;
export const TARGET_ORIGIN_LABELS: Record<TargetOrigin, string> = { DECLARED: '单位申报', ASSIGNED: '部门下达', SPECIAL: '专项工作' };

export const PeriodKeySchema = z.string().regex(/^(M(0[1-9]|1[0-2])|Q[1-4])$/, '时段应为 M01–M12 或 Q1–Q4');

/** A score with at most two decimals, as a string ("10", "2.5"): 0 < s ≤ 9999.99. */
export const ScoreSchema = z
  .string({ error: '请填写分值' })
  .trim()
  .superRefine((v, ctx) => {
    if (!/^\d{1,4}(\.\d{1,2})?$/.test(v)) return void ctx.addIssue(keyedIssue(errorText('score.format')));
    if (Number(v) <= 0) ctx.addIssue(keyedIssue(errorText('score.notPositive')));
  });

/** A quantitative target value (目标值), at most four decimals. */
export const MetricValueSchema = z
  .string()
  .trim()
  .regex(/^-?\d{1,10}(\.\d{1,4})?$/, '目标值应为数字，最多四位小数');

/** A responsible person's share (percent, at most two decimals), parsed exactly like an indicator weight. */
export const SharePercentSchema = weightPercentSchema('share');

export const MilestoneInputSchema = z.strictObject({
  period: PeriodKeySchema,
  plannedPercent: z.int({ error: '计划完成百分比应为整数' }).min(0, '计划完成百分比应在 0–100 之间').max(100, '计划完成百分比应在 0–100 之间'),
});
export const ResponsibleInputSchema = z.strictObject({ personId: IdSchema, share: SharePercentSchema });

const optionalText = (label: string, max: number) => z.string().trim().max(max, `${label}不能超过 ${max} 个字`).nullish();

/** The content of a target template (everything but where it hangs and who is responsible). */
export const TemplateContentFields = {
  indicatorId: IdSchema,
  title: nonEmpty('目标名称', 100),
  content: nonEmpty('工作内容', 2000),
  measures: nonEmpty('工作措施', 2000),
  deadline: DateString,
  expectedResult: nonEmpty('预期效果', 1000),
  maxScore: ScoreSchema,
  metricUnit: optionalText('计量单位', 20),
  metricTarget: MetricValueSchema.nullish(),
  milestones: z.array(MilestoneInputSchema).min(1, '请至少填写一个里程碑').max(12),
};
/** The content of a target that a drafter writes (everything but where it hangs: year, unit, type). */
export const TargetContentFields = { ...TemplateContentFields, responsibles: z.array(ResponsibleInputSchema).max(20).default([]) };

export const MilestoneSchema = z.object({ period: z.string(), plannedPercent: z.int() });
export const ResponsibleSchema = z.object({ personId: z.string(), personName: z.string(), shareBp: z.int(), share: z.string() });

export const TargetSchema = z.object({
  id: z.string(),
  yearId: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  targetTypeId: z.string(),
  targetTypeName: z.string(),
  indicatorId: z.string(),
  indicatorName: z.string(),
  title: z.string(),
  deadline: z.string(),
  maxScore: z.string(),
  metricUnit: z.string().nullable(),
  metricTarget: z.string().nullable(),
  origin: TargetOriginSchema,
  specialTaskId: z.string().nullable(),
  status: TargetStatusSchema,
  returnReason: z.string().nullable(),
  /** The revision in force; null until first published. A revision is in progress when this is set and status ≠ PUBLISHED. */
  publishedRevisionNo: z.int().nullable(),
  version: z.int(),
  updatedAt: z.string(),
});
export type Target = z.infer<typeof TargetSchema>;

/** Everything a revision keeps (the version in force is the snapshot of revision `publishedRevisionNo`). */
export const TargetSnapshotSchema = z.object({
  title: z.string(),
  content: z.string(),
  measures: z.string(),
  deadline: z.string(),
  expectedResult: z.string(),
  maxScore: z.string(),
  metricUnit: z.string().nullable(),
  metricTarget: z.string().nullable(),
  indicatorId: z.string(),
  indicatorName: z.string(),
  milestones: z.array(MilestoneSchema),
  responsibles: z.array(ResponsibleSchema),
});
export type TargetSnapshot = z.infer<typeof TargetSnapshotSchema>;

export const TargetRevisionSchema = z.object({
  revisionNo: z.int(),
  status: TargetStatusSchema,
  reason: z.string().nullable(),
  createdAt: DateTimeString,
  publishedAt: DateTimeString.nullable(),
});

export const TargetDetailSchema = TargetSchema.extend({
  content: z.string(),
  measures: z.string(),
  expectedResult: z.string(),
  reportingRhythm: z.enum(['MONTHLY', 'QUARTERLY']),
  milestones: z.array(MilestoneSchema),
  responsibles: z.array(ResponsibleSchema),
  revisions: z.array(TargetRevisionSchema),
  /** The version in force while a revision is in progress (and equal to the working copy otherwise); null before the first publish. */
  published: TargetSnapshotSchema.nullable(),
});
export type TargetDetail = z.infer<typeof TargetDetailSchema>;

/** A row of the target list: the target and, once a plan is in force, its warning level (预警, routes/execution.ts). */
export const TargetListItemSchema = TargetSchema.extend({ warningLevel: z.enum(['GREEN', 'YELLOW', 'RED']).nullable() });
export type TargetListItem = z.infer<typeof TargetListItemSchema>;

export const TARGET_SORT_FIELDS = ['title', 'deadline', 'maxScore', 'status', 'updatedAt', 'unitName'] as const;

export const listTargets = defineRoute({
  id: 'targets.list',
  method: 'GET',
  path: '/api/targets',
  summary: '年度目标列表（分页、筛选、排序；按数据范围）',
  tag: 'targets',
  access: TARGET_READERS,
  query: z.strictObject({
    ...PageQuery,
    sort: z.enum(TARGET_SORT_FIELDS).default('updatedAt'),
    yearId: IdSchema.optional(),
    unitId: IdSchema.optional(),
    targetTypeId: IdSchema.optional(),
    indicatorId: IdSchema.optional(),
    specialTaskId: IdSchema.optional(),
    status: TargetStatusSchema.optional(),
    origin: TargetOriginSchema.optional(),
    q: z.string().trim().max(50).optional(),
  }),
  response: pageOf(TargetListItemSchema),
});

export const getTarget = defineRoute({
  id: 'targets.get',
  method: 'GET',
  path: '/api/targets/:id',
  summary: '年度目标详情（里程碑、责任分解、修订记录、现行版本）',
  tag: 'targets',
  access: TARGET_READERS,
  params: IdParams,
  response: TargetDetailSchema,
});

export const createTarget = defineRoute({
  id: 'targets.create',
  method: 'POST',
  path: '/api/targets',
  summary: '新建目标（单位申报本单位目标；职能部门、绩效办下达）',
  tag: 'targets',
  access: TARGET_DRAFTERS,
  body: z.strictObject({ yearId: IdSchema, unitId: IdSchema, targetTypeId: IdSchema, ...TargetContentFields }),
  response: TargetDetailSchema,
  status: 201,
});

export const updateTarget = defineRoute({
  id: 'targets.update',
  method: 'PATCH',
  path: '/api/targets/:id',
  summary: '修改目标（仅草稿或已退回的目标）',
  tag: 'targets',
  access: TARGET_DRAFTERS,
  params: IdParams,
  body: z.strictObject({ ...TargetContentFields, version: VersionSchema }),
  response: TargetDetailSchema,
});

export const submitTarget = defineRoute({
  id: 'targets.submit',
  method: 'POST',
  path: '/api/targets/:id/submit',
  summary: '提交审核（草稿或已退回 → 待审核）',
  tag: 'targets',
  access: TARGET_DRAFTERS,
  params: IdParams,
  body: VersionBody,
  response: TargetDetailSchema,
});

export const approveTarget = defineRoute({
  id: 'targets.approve',
  method: 'POST',
  path: '/api/targets/:id/approve',
  summary: '审核通过（待审核 → 已审核）',
  tag: 'targets',
  access: TARGET_REVIEWERS,
  params: IdParams,
  body: VersionBody,
  response: TargetDetailSchema,
});

export const returnTarget = defineRoute({
  id: 'targets.return',
  method: 'POST',
  path: '/api/targets/:id/return',
  summary: '退回（待审核或已审核 → 已退回，须填写原因）',
  tag: 'targets',
  access: TARGET_REVIEWERS,
  params: IdParams,
  body: ReasonBody,
  response: TargetDetailSchema,
});

export const publishTarget = defineRoute({
  id: 'targets.publish',
  method: 'POST',
  path: '/api/targets/:id/publish',
  summary: '发布（已审核 → 已发布，保存修订版本）',
  tag: 'targets',
  access: TARGET_PUBLISHERS,
  params: IdParams,
  body: VersionBody,
  response: TargetDetailSchema,
});

export const reviseTarget = defineRoute({
  id: 'targets.revise',
  method: 'POST',
  path: '/api/targets/:id/revise',
  summary: '发起修订（已发布的目标回到草稿重新审核，现行版本在修订发布前继续有效）',
  tag: 'targets',
  access: TARGET_DRAFTERS,
  params: IdParams,
  body: ReasonBody,
  response: TargetDetailSchema,
});

export const cancelTargetRevision = defineRoute({
  id: 'targets.cancelRevision',
  method: 'POST',
  path: '/api/targets/:id/cancel-revision',
  summary: '撤销修订（放弃进行中的修订稿，目标恢复为现行发布版本）',
  tag: 'targets',
  access: TARGET_DRAFTERS,
  params: IdParams,
  body: VersionBody,
  response: TargetDetailSchema,
});

export const deleteTarget = defineRoute({
  id: 'targets.delete',
  method: 'DELETE',
  path: '/api/targets/:id',
  summary: '删除目标（仅从未发布过的草稿或已退回目标）',
  tag: 'targets',
  access: TARGET_DRAFTERS,
  params: IdParams,
  query: z.strictObject({ version: z.coerce.number().int().positive() }),
  response: OkSchema,
});

export const FieldChangeSchema = z.object({ field: z.string(), label: z.string(), before: z.string().nullable(), after: z.string().nullable() });
export type FieldChange = z.infer<typeof FieldChangeSchema>;

export const diffTargetRevisions = defineRoute({
  id: 'targets.revisionDiff',
  method: 'GET',
  path: '/api/targets/:id/revisions/diff',
  summary: '两个修订版本逐字段对比',
  tag: 'targets',
  access: TARGET_READERS,
  params: IdParams,
  query: z.strictObject({ from: z.coerce.number().int().positive(), to: z.coerce.number().int().positive() }),
  response: z.object({ from: z.int(), to: z.int(), changes: z.array(FieldChangeSchema) }),
});

const BulkItems = z
  .array(z.strictObject({ id: IdSchema, version: VersionSchema }))
  .min(1, '请至少选择一个目标')
  .max(200, '一次最多处理 200 个目标');

export const BulkResultSchema = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      ok: z.boolean(),
      status: TargetStatusSchema.nullable(),
      version: z.int().nullable(),
      /** Why the item was refused: the code, the Chinese text, and its catalogue key and parameters (as any error). */
      error: z.object({ code: z.string(), message: z.string(), key: z.string().optional(), params: MessageParamsSchema.optional() }).nullable(),
    }),
  ),
  succeeded: z.int(),
  failed: z.int(),
});
export type BulkResult = z.infer<typeof BulkResultSchema>;

export const bulkApproveTargets = defineRoute({
  id: 'targets.bulkApprove',
  method: 'POST',
  path: '/api/targets/bulk-approve',
  summary: '批量审核通过（逐项处理，每项单独成败）',
  tag: 'targets',
  access: TARGET_REVIEWERS,
  body: z.strictObject({ items: BulkItems }),
  response: BulkResultSchema,
});

export const bulkReturnTargets = defineRoute({
  id: 'targets.bulkReturn',
  method: 'POST',
  path: '/api/targets/bulk-return',
  summary: '批量退回（同一原因，逐项处理，每项单独成败）',
  tag: 'targets',
  access: TARGET_REVIEWERS,
  body: z.strictObject({ items: BulkItems, reason: z.string().trim().min(2, '请填写原因').max(500) }),
  response: BulkResultSchema,
});

export const bulkPublishTargets = defineRoute({
  id: 'targets.bulkPublish',
  method: 'POST',
  path: '/api/targets/bulk-publish',
  summary: '批量发布（已审核 → 已发布，逐项处理，每项单独成败）',
  tag: 'targets',
  access: TARGET_PUBLISHERS,
  body: z.strictObject({ items: BulkItems }),
  response: BulkResultSchema,
});

/** Per unit: what differs from the template. Responsibles must be persons of that unit. */
export const AssignmentUnitSchema = z.strictObject({
  unitId: IdSchema,
  title: nonEmpty('目标名称', 100).optional(),
  maxScore: ScoreSchema.optional(),
  metricTarget: MetricValueSchema.nullish(),
  responsibles: z.array(ResponsibleInputSchema).max(20).optional(),
});

const AssignmentUnits = z
  .array(AssignmentUnitSchema)
  .min(1, '请至少选择一个单位')
  .max(200, '一次最多下达到 200 个单位')
  .superRefine((units, ctx) => {
    const seen = new Set<string>();
    units.forEach((u, i) => {
      if (seen.has(u.unitId)) ctx.addIssue(keyedIssue(errorText('assignment.duplicateUnit'), [i, 'unitId']));
      seen.add(u.unitId);
    });
  });

export const bulkAssignTargets = defineRoute({
  id: 'targets.bulkAssign',
  method: 'POST',
  path: '/api/targets/bulk-assign',
  summary: '批量下达：一个目标模板下达到多个单位（可逐单位设置名称、目标值、分值、责任人；全部成功或全部不写入）',
  tag: 'targets',
  access: TARGET_ASSIGNERS,
  body: z.strictObject({
    template: z.strictObject({ yearId: IdSchema, targetTypeId: IdSchema, ...TemplateContentFields }),
    units: AssignmentUnits,
  }),
  response: z.object({ created: z.int(), targets: z.array(TargetSchema) }),
  status: 201,
});

export const SpecialTaskSchema = z.object({
  id: z.string(),
  yearId: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  /** Targets in the caller's scope. */
  targetCount: z.int(),
  createdAt: DateTimeString,
  version: z.int(),
});
export type SpecialTask = z.infer<typeof SpecialTaskSchema>;

export const listSpecialTasks = defineRoute({
  id: 'specialTasks.list',
  method: 'GET',
  path: '/api/special-tasks',
  summary: '专项工作（按年度；单位角色只见分解到本单位的）',
  tag: 'targets',
  access: TARGET_READERS,
  query: z.strictObject({ yearId: IdSchema }),
  response: z.array(SpecialTaskSchema),
});

export const createSpecialTask = defineRoute({
  id: 'specialTasks.create',
  method: 'POST',
  path: '/api/special-tasks',
  summary: '新建专项工作并分解到单位（生成专项工作类目标，一次完成）',
  tag: 'targets',
  access: SPECIAL_TASK_CREATORS,
  body: z.strictObject({
    yearId: IdSchema,
    title: nonEmpty('专项工作名称', 100),
    description: optionalText('说明', 2000),
    template: z.strictObject(TemplateContentFields),
    units: AssignmentUnits,
  }),
  response: z.object({ task: SpecialTaskSchema, targets: z.array(TargetSchema) }),
  status: 201,
});
