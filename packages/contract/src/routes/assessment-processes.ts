import { z } from 'zod';
import { defineRoute } from '../route.ts';
import { ASSESSMENT_ORGANISERS, ASSESSMENT_READERS } from '../access.ts';
import { IdParams, IdSchema, OkSchema, VersionSchema, nonEmpty } from '../common.ts';
import { defineTransitions } from '../workflow/transitions.ts';
import { errorText, keyedIssue } from '../messages/index.ts';

/** 考核时机: 平时 (Q1–Q4), 半年, 年终, 专项. */
export const ASSESSMENT_PERIOD_KINDS = ['QUARTER', 'HALF_YEAR', 'ANNUAL', 'SPECIAL'] as const;
export const AssessmentPeriodKindSchema = z.enum(ASSESSMENT_PERIOD_KINDS);
export type AssessmentPeriodKind = z.infer<typeof AssessmentPeriodKindSchema>;
/** The fixed codes of the standard periods (a 专项 gets `SPECIAL-<n>`). */
export const STANDARD_PERIODS: readonly { kind: Exclude<AssessmentPeriodKind, 'SPECIAL'>; code: string; name: string }[] = [
  { kind: 'QUARTER', code: 'Q1', name: '第一季度平时考核' },
  { kind: 'QUARTER', code: 'Q2', name: '第二季度平时考核' },
  { kind: 'QUARTER', code: 'Q3', name: '第三季度平时考核' },
  { kind: 'QUARTER', code: 'Q4', name: '第四季度平时考核' },
  { kind: 'HALF_YEAR', code: 'H1', name: '半年考核' },
  { kind: 'ANNUAL', code: 'ANNUAL', name: '年终考核' },
];

export const PROCESS_STATUSES = ['NOT_STARTED', 'OPEN', 'CLOSED'] as const;
export const ProcessStatusSchema = z.enum(PROCESS_STATUSES);
export type ProcessStatus = z.infer<typeof ProcessStatusSchema>;

/** 考核流程: `NOT_STARTED → OPEN → CLOSED`; 重置 (reset, with a reason) reopens a closed process. */
export const PROCESS_TRANSITIONS = defineTransitions<ProcessStatus, 'open' | 'close' | 'reset'>({
  open: { from: ['NOT_STARTED'], to: 'OPEN' },
  close: { from: ['OPEN'], to: 'CLOSED' },
  reset: { from: ['CLOSED'], to: 'OPEN' },
});
export type ProcessAction = keyof typeof PROCESS_TRANSITIONS;

/** Records of one assessing department in a process: submitted (or archived) of expected. */
export const ProcessCompletenessSchema = z.object({
  assessorUnitId: z.string(),
  assessorUnitName: z.string(),
  submitted: z.int(),
  expected: z.int(),
});

export const AssessmentProcessSchema = z.object({
  id: z.string(),
  periodId: z.string(),
  targetTypeId: z.string(),
  targetTypeName: z.string(),
  status: ProcessStatusSchema,
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  resetCount: z.int(),
  lastResetReason: z.string().nullable(),
  completeness: z.array(ProcessCompletenessSchema),
  version: z.int(),
});
export type AssessmentProcess = z.infer<typeof AssessmentProcessSchema>;

export const AssessmentPeriodSchema = z.object({
  id: z.string(),
  yearId: z.string(),
  kind: AssessmentPeriodKindSchema,
  code: z.string(),
  name: z.string(),
  specialTaskId: z.string().nullable(),
  targetTypeId: z.string().nullable(),
  sortOrder: z.int(),
  processes: z.array(AssessmentProcessSchema),
  version: z.int(),
});
export type AssessmentPeriod = z.infer<typeof AssessmentPeriodSchema>;

export const listAssessmentPeriods = defineRoute({
  id: 'assessmentPeriods.list',
  method: 'GET',
  path: '/api/assessment/periods',
  summary: '考核时机与考核流程（各考核部门的完成情况）',
  tag: 'assessment',
  access: ASSESSMENT_READERS,
  query: z.strictObject({ yearId: IdSchema }),
  response: z.object({ items: z.array(AssessmentPeriodSchema) }),
});

export const createAssessmentPeriod = defineRoute({
  id: 'assessmentPeriods.create',
  method: 'POST',
  path: '/api/assessment/periods',
  summary: '新增考核时机（平时、半年、年终或专项）',
  tag: 'assessment',
  access: ASSESSMENT_ORGANISERS,
  body: z
    .strictObject({
      yearId: IdSchema,
      kind: AssessmentPeriodKindSchema,
      /** A standard period's code (Q1..Q4, H1, ANNUAL); a 专项 gets its own. */
      code: z.enum(['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'ANNUAL']).nullish(),
      name: nonEmpty('名称', 40),
      /** A 专项 covers one special task or one target type. */
      specialTaskId: IdSchema.nullish(),
      targetTypeId: IdSchema.nullish(),
    })
    .superRefine((v, ctx) => {
      const standard = STANDARD_PERIODS.find((p) => p.code === v.code);
      if (v.kind !== 'SPECIAL' && (!standard || standard.kind !== v.kind)) ctx.addIssue(keyedIssue(errorText('assessment.periodCodeMismatch'), ['code']));
      if (v.kind === 'SPECIAL' && v.code) ctx.addIssue(keyedIssue(errorText('assessment.specialHasNoCode'), ['code']));
      if (v.kind === 'SPECIAL' && !!v.specialTaskId === !!v.targetTypeId)
        ctx.addIssue(keyedIssue(errorText('assessment.specialNeedsScope'), ['specialTaskId']));
      if (v.kind !== 'SPECIAL' && (v.specialTaskId || v.targetTypeId)) ctx.addIssue(keyedIssue(errorText('assessment.scopeOnlyForSpecial'), ['specialTaskId']));
    }),
  response: AssessmentPeriodSchema,
  status: 201,
});

export const updateAssessmentPeriod = defineRoute({
  id: 'assessmentPeriods.update',
  method: 'PATCH',
  path: '/api/assessment/periods/:id',
  summary: '修改考核时机的名称',
  tag: 'assessment',
  access: ASSESSMENT_ORGANISERS,
  params: IdParams,
  body: z.strictObject({ name: nonEmpty('名称', 40), version: VersionSchema }),
  response: AssessmentPeriodSchema,
});

export const deleteAssessmentPeriod = defineRoute({
  id: 'assessmentPeriods.delete',
  method: 'DELETE',
  path: '/api/assessment/periods/:id',
  summary: '删除尚未开始的考核时机',
  tag: 'assessment',
  access: ASSESSMENT_ORGANISERS,
  params: IdParams,
  query: z.strictObject({ version: z.coerce.number().int().positive() }),
  response: OkSchema,
});

const ProcessVersionBody = z.strictObject({ version: VersionSchema });

export const openAssessmentProcess = defineRoute({
  id: 'assessmentProcesses.open',
  method: 'POST',
  path: '/api/assessment/processes/:id/open',
  summary: '开启考核流程（考核部门可以录入考核记录）',
  tag: 'assessment',
  access: ASSESSMENT_ORGANISERS,
  params: IdParams,
  body: ProcessVersionBody,
  response: AssessmentProcessSchema,
});

export const closeAssessmentProcess = defineRoute({
  id: 'assessmentProcesses.close',
  method: 'POST',
  path: '/api/assessment/processes/:id/close',
  summary: '关闭考核流程（尚有未提交的考核记录时须确认）',
  tag: 'assessment',
  access: ASSESSMENT_ORGANISERS,
  params: IdParams,
  body: z.strictObject({
    version: VersionSchema,
    /** Closing with records not yet submitted: the office has seen the list and confirms. */
    confirmUnsubmitted: z.boolean().default(false),
  }),
  response: AssessmentProcessSchema,
});

export const resetAssessmentProcess = defineRoute({
  id: 'assessmentProcesses.reset',
  method: 'POST',
  path: '/api/assessment/processes/:id/reset',
  summary: '重置考核流程（重新开启，须填写原因）',
  tag: 'assessment',
  access: ASSESSMENT_ORGANISERS,
  params: IdParams,
  body: z.strictObject({ version: VersionSchema, reason: nonEmpty('重置原因', 500) }),
  response: AssessmentProcessSchema,
});

/** What a refused close lists: the records of the process not yet submitted. */
export const UnsubmittedRecordSchema = z.object({
  recordId: z.string(),
  targetId: z.string(),
  targetTitle: z.string(),
  unitName: z.string(),
  assessorUnitName: z.string(),
  status: z.string(),
});
export type UnsubmittedRecord = z.infer<typeof UnsubmittedRecordSchema>;

/** What a set of assessing departments is named for: a target type, an indicator (and its subtree), or one target. */
export const ASSESSOR_SCOPES = ['targetType', 'indicator', 'target'] as const;
export const AssessorScopeSchema = z.enum(ASSESSOR_SCOPES);
export type AssessorScope = z.infer<typeof AssessorScopeSchema>;

export const AssessorAssignmentSchema = z.object({
  scope: AssessorScopeSchema,
  /** The target type's, indicator's or target's id. */
  id: z.string(),
  /** What it is called (type name, indicator name, target title). */
  name: z.string(),
  units: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type AssessorAssignment = z.infer<typeof AssessorAssignmentSchema>;

export const listAssessors = defineRoute({
  id: 'assessors.list',
  method: 'GET',
  path: '/api/assessment/assessors',
  summary: '考核部门：按目标类型、指标或目标指定（最具体的优先；未指定时由目标类型的主管部门考核）',
  tag: 'assessment',
  access: ASSESSMENT_READERS,
  query: z.strictObject({ yearId: IdSchema }),
  response: z.object({ items: z.array(AssessorAssignmentSchema) }),
});

export const setAssessors = defineRoute({
  id: 'assessors.set',
  method: 'PUT',
  path: '/api/assessment/assessors',
  summary: '指定考核部门（整组替换；清空则回到上一级的指定）',
  tag: 'assessment',
  access: ASSESSMENT_ORGANISERS,
  body: z.strictObject({
    scope: AssessorScopeSchema,
    id: IdSchema,
    unitIds: z.array(IdSchema).max(20, '一次最多指定 20 个考核部门'),
  }),
  response: AssessorAssignmentSchema,
});
