import { z } from 'zod';
import { defineRoute } from '../route.ts';
import { IdParams, IdSchema, PageQuery, ReasonBody, VersionBody, VersionSchema, nonEmpty, pageOf } from '../common.ts';
import { defineTransitions } from '../workflow/transitions.ts';
import { errorText, keyedIssue } from '../messages/index.ts';
import { ASSESSMENT_RECORD_READERS, ASSESSMENT_RECORD_WRITERS, ASSESSMENT_ORGANISERS, ASSESSMENT_SCORE_VIEWERS } from '../access.ts';
import { MAX_IMPORT_BYTES, XLSX_CONTENT_TYPE } from './target-excel.ts';

export const RECORD_STATUSES = ['DRAFT', 'SUBMITTED', 'ARCHIVED', 'RETURNED', 'VOIDED'] as const;
export const RecordStatusSchema = z.enum(RECORD_STATUSES);
export type RecordStatus = z.infer<typeof RecordStatusSchema>;

/**
 * 考核记录: `DRAFT → SUBMITTED → ARCHIVED` (归档); `ARCHIVED → RETURNED` (退档, with a reason) and the department's
 * next save makes it a DRAFT again; 修订 takes a submitted record back to DRAFT, keeping what it was as a revision;
 * any record not archived may be VOIDED (作废, with a reason, final).
 */
export const RECORD_TRANSITIONS = defineTransitions<RecordStatus, 'save' | 'submit' | 'revise' | 'archive' | 'return' | 'void'>({
  save: { from: ['DRAFT', 'RETURNED'], to: 'DRAFT' },
  submit: { from: ['DRAFT'], to: 'SUBMITTED' },
  revise: { from: ['SUBMITTED'], to: 'DRAFT' },
  archive: { from: ['SUBMITTED'], to: 'ARCHIVED' },
  return: { from: ['ARCHIVED'], to: 'RETURNED' },
  void: { from: ['DRAFT', 'SUBMITTED', 'RETURNED'], to: 'VOIDED' },
});
export type RecordAction = keyof typeof RECORD_TRANSITIONS;

/** A score or points as typed: at most four digits and two decimals ("12.5"); 0 allowed for a score. */
const Points = (what: 'score' | 'points') =>
  z
    .string({ error: what === 'score' ? '请填写得分' : '请填写扣分' })
    .trim()
    .superRefine((v, ctx) => {
      if (!/^\d{1,4}(\.\d{1,2})?$/.test(v)) return void ctx.addIssue(keyedIssue(errorText('score.format')));
      if (what === 'points' && Number(v) <= 0) ctx.addIssue(keyedIssue(errorText('score.notPositive')));
    });

export const RecordDeductionSchema = z.object({ reason: z.string(), points: z.string() });

export const AssessmentRecordSchema = z.object({
  id: z.string(),
  targetId: z.string(),
  periodId: z.string(),
  processId: z.string(),
  assessorUnitId: z.string(),
  score: z.string().nullable(),
  opinion: z.string().nullable(),
  deductions: z.array(RecordDeductionSchema),
  status: RecordStatusSchema,
  returnReason: z.string().nullable(),
  voidReason: z.string().nullable(),
  submittedAt: z.string().nullable(),
  revisionCount: z.int(),
  version: z.int(),
});
export type AssessmentRecord = z.infer<typeof AssessmentRecordSchema>;

/** One row of a department's 评分表: a target it assesses in the period, and its record if there is one. */
export const ScoringRowSchema = z.object({
  targetId: z.string(),
  targetTitle: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  targetTypeId: z.string(),
  targetTypeName: z.string(),
  maxScore: z.string(),
  assessorUnitId: z.string(),
  processId: z.string(),
  processStatus: z.enum(['NOT_STARTED', 'OPEN', 'CLOSED']),
  record: AssessmentRecordSchema.nullable(),
});
export type ScoringRow = z.infer<typeof ScoringRowSchema>;

export const listScoringRows = defineRoute({
  id: 'records.grid',
  method: 'GET',
  path: '/api/assessment/records',
  summary: '评分表：考核部门在一个考核时机应考核的目标及其考核记录',
  tag: 'assessment',
  access: ASSESSMENT_RECORD_READERS,
  query: z.strictObject({
    periodId: IdSchema,
    /** The office chooses a department; a department always sees its own. */
    assessorUnitId: IdSchema.optional(),
    targetTypeId: IdSchema.optional(),
    unitId: IdSchema.optional(),
    /** NONE: no record yet; TODO: still to score (no record, or none submitted or archived). */
    status: z.enum([...RECORD_STATUSES, 'NONE', 'TODO']).optional(),
    ...PageQuery,
    pageSize: z.coerce.number().int().min(1).max(500, '每页最多 500 条').default(100),
  }),
  response: pageOf(ScoringRowSchema),
});

export const saveRecord = defineRoute({
  id: 'records.save',
  method: 'PUT',
  path: '/api/assessment/records',
  summary: '保存考核记录（新建或修改草稿；退档的记录保存后回到草稿）',
  tag: 'assessment',
  access: ASSESSMENT_RECORD_WRITERS,
  body: z.strictObject({
    periodId: IdSchema,
    targetId: IdSchema,
    /** The office names the department it records for; a department records for itself. */
    assessorUnitId: IdSchema.optional(),
    score: Points('score'),
    opinion: z.string().trim().max(2000, '考核意见不能超过 2000 字').nullish(),
    deductions: z
      .array(z.strictObject({ reason: nonEmpty('扣分原因', 200), points: Points('points') }))
      .max(50, '扣分项最多 50 条')
      .default([]),
    /** Absent for a new record; the version read for an existing one. */
    version: VersionSchema.optional(),
  }),
  response: AssessmentRecordSchema,
});

const recordAction = <B extends z.ZodType>(action: Exclude<RecordAction, 'save'>, summary: string, body: B, access = ASSESSMENT_RECORD_WRITERS) =>
  defineRoute({
    id: `records.${action}`,
    method: 'POST',
    path: `/api/assessment/records/:id/${action}`,
    summary,
    tag: 'assessment',
    access,
    params: IdParams,
    body,
    response: AssessmentRecordSchema,
  });

export const submitRecord = recordAction('submit', '提交考核记录', VersionBody);
export const reviseRecord = recordAction('revise', '修订已提交的考核记录（原值保留为修订记录）', ReasonBody);
export const archiveRecord = recordAction('archive', '归档考核记录', VersionBody, ASSESSMENT_ORGANISERS);
export const returnRecord = recordAction('return', '退档（须填写原因）', ReasonBody, ASSESSMENT_ORGANISERS);
export const voidRecord = recordAction('void', '作废考核记录（须填写原因）', ReasonBody);

// Excel of the 评分表: the department's rows of one period as a template (current values filled in), and the import of
// the filled file — every row checked first, then all changed rows saved as drafts in one transaction, or none.

export const RecordImportFields = z.strictObject({ periodId: IdSchema });

export const downloadRecordTemplate = defineRoute({
  id: 'records.template',
  method: 'GET',
  path: '/api/assessment/records/template',
  summary: '下载评分表 Excel 模板（本部门在该考核时机考核的目标，已填入现有得分、扣分项和考核意见）',
  tag: 'assessment',
  access: ASSESSMENT_RECORD_WRITERS,
  query: z.strictObject({
    periodId: IdSchema,
    /** The office chooses a department (none: every department); a department always gets its own. */
    assessorUnitId: IdSchema.optional(),
    targetTypeId: IdSchema.optional(),
  }),
  binary: { contentType: XLSX_CONTENT_TYPE },
  response: z.unknown(),
});

export const RecordImportResultSchema = z.object({
  /** Rows saved as drafts: new records and changed ones. */
  saved: z.int(),
  created: z.int(),
  updated: z.int(),
  /** Rows left as they are: no score written, or the same values as the record. */
  unchanged: z.int(),
});
export type RecordImportResult = z.infer<typeof RecordImportResultSchema>;

export const importRecords = defineRoute({
  id: 'records.import',
  method: 'POST',
  path: '/api/assessment/records/import',
  summary: '导入评分表（multipart/form-data：file，periodId；整份文件校验通过才把改动的行全部保存为草稿，否则一行不保存）',
  tag: 'assessment',
  access: ASSESSMENT_RECORD_WRITERS,
  multipart: { file: 'file', maxBytes: MAX_IMPORT_BYTES, fields: RecordImportFields },
  response: RecordImportResultSchema,
});

// 本单位考核结果: a unit sees its own scores once they are submitted and the process has closed — never a draft.

export const MyScoreSchema = z.object({
  id: z.string(),
  periodId: z.string(),
  periodName: z.string(),
  targetId: z.string(),
  targetTitle: z.string(),
  targetTypeName: z.string(),
  assessorUnitName: z.string(),
  score: z.string(),
  maxScore: z.string(),
  deductions: z.array(RecordDeductionSchema),
  opinion: z.string().nullable(),
  status: z.enum(['SUBMITTED', 'ARCHIVED']),
});
export type MyScore = z.infer<typeof MyScoreSchema>;

/** A period with published scores, and the totals of the scores the caller sees in it. */
export const MyScorePeriodSchema = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string(),
  count: z.int(),
  score: z.string(),
  maxScore: z.string(),
});
export type MyScorePeriod = z.infer<typeof MyScorePeriodSchema>;

const MyScoresQuery = z.strictObject({ yearId: IdSchema, periodId: IdSchema.optional() });

export const listMyScores = defineRoute({
  id: 'records.mine',
  method: 'GET',
  path: '/api/assessment/my-scores',
  summary: '本单位考核结果：已关闭的考核流程中本单位（责任人：分解给本人的）目标已提交的考核记录',
  tag: 'assessment',
  access: ASSESSMENT_SCORE_VIEWERS,
  query: MyScoresQuery,
  /** `periods`: every period of the year with scores to show (the filter's choices, with totals); `items`: the chosen one's, or all. */
  response: z.object({ periods: z.array(MyScorePeriodSchema), items: z.array(MyScoreSchema) }),
});

export const exportMyScores = defineRoute({
  id: 'records.mineExport',
  method: 'GET',
  path: '/api/assessment/my-scores/export',
  summary: '导出本单位考核结果（与页面相同的筛选与数据范围，每个考核时机带合计行）',
  tag: 'assessment',
  access: ASSESSMENT_SCORE_VIEWERS,
  query: MyScoresQuery,
  binary: { contentType: XLSX_CONTENT_TYPE },
  response: z.unknown(),
});
