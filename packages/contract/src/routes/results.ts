import { z } from 'zod';
import { defineRoute } from '../route.ts';
import { RESULT_OFFICERS } from '../access.ts';
import { IdSchema, VersionSchema, nonEmpty } from '../common.ts';

// 批量自动汇总 → 汇总结果 (result sets): the office summarises a period for chosen categories as a background job,
// reviews every unit's score, grade, rank, receipt and missing inputs, waives what stays missing, and publishes a
// 考核通报 (routes/bulletins.ts). Decision 0019.

export const SUMMARY_RUN_STATUSES = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'] as const;
export const SummaryRunStatusSchema = z.enum(SUMMARY_RUN_STATUSES);
export type SummaryRunStatus = z.infer<typeof SummaryRunStatusSchema>;

/** A 批量自动汇总 job and its progress (categories done of total). */
export const SummaryRunSchema = z.object({
  id: z.string(),
  resultSetId: z.string(),
  periodId: z.string(),
  runNo: z.int(),
  categoryIds: z.array(z.string()),
  status: SummaryRunStatusSchema,
  total: z.int(),
  done: z.int(),
  /** Units whose score, grade or rank moved against the previous run; null until the run has ended. */
  moved: z.int().nullable(),
  error: z.string().nullable(),
  requestedByName: z.string(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type SummaryRun = z.infer<typeof SummaryRunSchema>;

/** One missing input of a unit (the engine's MissingInput), with the waiver if the office waived it. */
export const MissingInputSchema = z.object({
  key: z.string(),
  kind: z.enum(['target-unassessed', 'no-targets', 'rating-missing', 'no-raters', 'import-missing']),
  /** What is missing, in words ("目标“…”未考核", "张三未评价" …). */
  label: z.string(),
  /** Where it is supplied: a web path (the 评分表, the roster, the survey import …). */
  href: z.string().nullable(),
  waiver: z.object({ reason: z.string(), createdByName: z.string(), createdAt: z.string() }).nullable(),
});
export type MissingInputView = z.infer<typeof MissingInputSchema>;

/** A unit's row in a result set (the latest run), with what moved against the previous run. */
export const ResultUnitSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  categoryId: z.string(),
  position: z.int(),
  final: z.number(),
  grade: z.string(),
  rank: z.int(),
  /** The grade came from a quota or a veto rather than the score alone. */
  gradeReason: z.enum(['score', 'veto', 'quota']),
  missingCount: z.int(),
  /** Missing inputs not waived yet: publishing waits for these. */
  openMissingCount: z.int(),
  runNo: z.int(),
  prev: z.object({ final: z.number(), grade: z.string(), rank: z.int() }).nullable(),
});
export type ResultUnit = z.infer<typeof ResultUnitSchema>;

export const ResultCategorySchema = z.object({
  categoryId: z.string(),
  categoryName: z.string(),
  modelId: z.string(),
  modelName: z.string(),
  modelVersionNo: z.int(),
  runNo: z.int(),
  computedAt: z.string(),
  /** The engine's quota decisions (QuotaReceipt[]). */
  quotas: z.array(z.record(z.string(), z.unknown())),
  /** Grade → number of units, in the model's band order. */
  distribution: z.array(z.object({ grade: z.string(), count: z.int() })),
  units: z.array(ResultUnitSchema),
});
export type ResultCategory = z.infer<typeof ResultCategorySchema>;

export const ResultSetSchema = z.object({
  id: z.string(),
  periodId: z.string(),
  periodName: z.string(),
  yearId: z.string(),
  version: z.int(),
  categories: z.array(ResultCategorySchema),
  /** The latest run (its progress while it works). */
  latestRun: SummaryRunSchema.nullable(),
  /** Missing inputs not waived, over every category: publishing waits until this is 0. */
  openMissingCount: z.int(),
  /** The latest bulletin version published from this set, if any. */
  publishedVersionNo: z.int().nullable(),
  /** Computed after the latest publication (a re-run, e.g. after an accepted appeal): a new version can be published. */
  changedSincePublished: z.boolean(),
});
export type ResultSet = z.infer<typeof ResultSetSchema>;

/** The receipt of one unit in a result set or a bulletin: the engine's UnitReceipt plus where each input came from. */
export const ReceiptViewSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  categoryId: z.string(),
  categoryName: z.string(),
  periodName: z.string(),
  final: z.number(),
  grade: z.string(),
  rank: z.int(),
  unitCount: z.int(),
  /** packages/scoring `UnitReceipt`; raters' names only for the office (others see "评价人 1, 2 …"). */
  receipt: z.record(z.string(), z.unknown()),
  /** recordId → the record's assessing department, status and submission time. */
  records: z.record(z.string(), z.object({ assessorName: z.string(), status: z.string(), submittedAt: z.string().nullable() })),
  missing: z.array(MissingInputSchema),
  modelName: z.string(),
  modelVersionNo: z.int(),
});
export type ReceiptView = z.infer<typeof ReceiptViewSchema>;

export const startSummaryRun = defineRoute({
  id: 'results.run',
  method: 'POST',
  path: '/api/assessment/summary-runs',
  summary: '批量自动汇总：为考核时机的所选类别排队一次汇总（后台运行，可查看进度）',
  tag: 'assessment',
  access: RESULT_OFFICERS,
  body: z.strictObject({
    periodId: IdSchema,
    categoryIds: z.array(IdSchema).min(1, '请至少选择一个考核类别').max(20),
  }),
  response: SummaryRunSchema,
  status: 201,
});

export const getSummaryRun = defineRoute({
  id: 'results.runStatus',
  method: 'GET',
  path: '/api/assessment/summary-runs/:id',
  summary: '一次批量汇总的状态与进度',
  tag: 'assessment',
  access: RESULT_OFFICERS,
  params: z.strictObject({ id: IdSchema }),
  response: SummaryRunSchema,
});

export const getResultSet = defineRoute({
  id: 'results.get',
  method: 'GET',
  path: '/api/assessment/result-sets',
  summary: '考核时机的汇总结果（各类别得分、等次、排名、缺项与较上次汇总的变化）',
  tag: 'assessment',
  access: RESULT_OFFICERS,
  query: z.strictObject({ periodId: IdSchema }),
  /** null: the period has never been summarised. */
  response: ResultSetSchema.nullable(),
});

export const getResultReceipt = defineRoute({
  id: 'results.receipt',
  method: 'GET',
  path: '/api/assessment/result-sets/:id/units/:unitId',
  summary: '汇总结果中一个单位的计分明细（含缺项与豁免）',
  tag: 'assessment',
  access: RESULT_OFFICERS,
  params: z.strictObject({ id: IdSchema, unitId: IdSchema }),
  response: ReceiptViewSchema,
});

export const waiveMissingInput = defineRoute({
  id: 'results.waive',
  method: 'POST',
  path: '/api/assessment/result-sets/:id/waivers',
  summary: '豁免一项缺项（须填写原因；记入审计，显示在计分明细上）',
  tag: 'assessment',
  access: RESULT_OFFICERS,
  params: z.strictObject({ id: IdSchema }),
  body: z.strictObject({ unitId: IdSchema, key: z.string().trim().min(1).max(300), reason: z.string().trim().min(2, '请填写豁免原因').max(500) }),
  response: MissingInputSchema,
  status: 201,
});

export const withdrawWaiver = defineRoute({
  id: 'results.unwaive',
  method: 'DELETE',
  path: '/api/assessment/result-sets/:id/waivers',
  summary: '撤销一项豁免',
  tag: 'assessment',
  access: RESULT_OFFICERS,
  params: z.strictObject({ id: IdSchema }),
  query: z.strictObject({ unitId: IdSchema, key: z.string().trim().min(1).max(300) }),
  response: MissingInputSchema,
});

export const publishResultSet = defineRoute({
  id: 'results.publish',
  method: 'POST',
  path: '/api/assessment/result-sets/:id/publish',
  summary: '发布考核通报（新的版本；缺项须全部补齐或豁免）',
  tag: 'assessment',
  access: RESULT_OFFICERS,
  params: z.strictObject({ id: IdSchema }),
  body: z.strictObject({
    version: VersionSchema,
    title: nonEmpty('通报标题', 100),
    /** 文号, e.g. 川交绩〔2026〕12号 */
    docNo: nonEmpty('文号', 60),
    preface: z.string().trim().max(5000, '正文不能超过 5000 字').default(''),
    /** The office's choice per bulletin: units see the other units' scores and grades (true), or only the ranking. */
    unitsSeeOthers: z.boolean().default(true),
  }),
  response: z.object({ bulletinId: z.string(), versionNo: z.int() }),
  status: 201,
});
