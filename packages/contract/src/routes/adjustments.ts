import { z } from 'zod';
import { defineRoute } from '../route.ts';
import { ADJUSTMENT_FILERS, ASSESSMENT_ORGANISERS, ASSESSMENT_READERS } from '../access.ts';
import { IdParams, IdSchema, PageQuery, ReasonBody, VersionBody, nonEmpty, pageOf } from '../common.ts';
import { defineTransitions } from '../workflow/transitions.ts';

export const ADJUSTMENT_KINDS = ['BONUS', 'DEDUCTION', 'VETO'] as const;
export const AdjustmentKindSchema = z.enum(ADJUSTMENT_KINDS);
export const ADJUSTMENT_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export const AdjustmentStatusSchema = z.enum(ADJUSTMENT_STATUSES);
export type AdjustmentStatus = z.infer<typeof AdjustmentStatusSchema>;

/** 加减分: filed PENDING; the office approves (only approved lines reach the engine) or rejects with a reason. */
export const ADJUSTMENT_TRANSITIONS = defineTransitions<AdjustmentStatus, 'approve' | 'reject'>({
  approve: { from: ['PENDING'], to: 'APPROVED' },
  reject: { from: ['PENDING'], to: 'REJECTED' },
});

export const AdjustmentCategorySchema = z.object({
  id: z.string(),
  yearId: z.string(),
  code: z.string(),
  name: z.string(),
  kind: AdjustmentKindSchema,
  defaultPoints: z.string().nullable(),
  active: z.boolean(),
  version: z.int(),
});
export type AdjustmentCategory = z.infer<typeof AdjustmentCategorySchema>;

export const AdjustmentSchema = z.object({
  id: z.string(),
  assessedUnitId: z.string(),
  unitName: z.string(),
  categoryId: z.string(),
  categoryName: z.string(),
  kind: AdjustmentKindSchema,
  points: z.string().nullable(),
  reason: z.string(),
  filedByUnitName: z.string(),
  status: AdjustmentStatusSchema,
  decisionReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.int(),
});
export type Adjustment = z.infer<typeof AdjustmentSchema>;

export const listAdjustmentCategories = defineRoute({
  id: 'adjustmentCategories.list',
  method: 'GET',
  path: '/api/assessment/adjustment-categories',
  summary: '加减分类别',
  tag: 'assessment',
  access: ASSESSMENT_READERS,
  query: z.strictObject({ yearId: IdSchema }),
  response: z.object({ items: z.array(AdjustmentCategorySchema) }),
});

export const listAdjustments = defineRoute({
  id: 'adjustments.list',
  method: 'GET',
  path: '/api/assessment/adjustments',
  summary: '加减分（职能部门看本部门申报的）',
  tag: 'assessment',
  access: ASSESSMENT_READERS,
  query: z.strictObject({ yearId: IdSchema, status: AdjustmentStatusSchema.optional(), assessedUnitId: IdSchema.optional(), ...PageQuery }),
  response: pageOf(AdjustmentSchema),
});

export const fileAdjustment = defineRoute({
  id: 'adjustments.file',
  method: 'POST',
  path: '/api/assessment/adjustments',
  summary: '申报加减分或一票否决（待绩效办审核）',
  tag: 'assessment',
  access: ADJUSTMENT_FILERS,
  body: z.strictObject({
    assessedUnitId: IdSchema,
    categoryId: IdSchema,
    /** Positive; absent: the category's default. A veto has none. */
    points: z
      .string()
      .trim()
      .regex(/^\d{1,3}(\.\d{1,2})?$/, '分值应为数字，最多两位小数')
      .nullish(),
    reason: nonEmpty('事由', 500),
  }),
  response: AdjustmentSchema,
  status: 201,
});

export const approveAdjustment = defineRoute({
  id: 'adjustments.approve',
  method: 'POST',
  path: '/api/assessment/adjustments/:id/approve',
  summary: '审核通过加减分',
  tag: 'assessment',
  access: ASSESSMENT_ORGANISERS,
  params: IdParams,
  body: VersionBody,
  response: AdjustmentSchema,
});

export const rejectAdjustment = defineRoute({
  id: 'adjustments.reject',
  method: 'POST',
  path: '/api/assessment/adjustments/:id/reject',
  summary: '驳回加减分（须填写原因）',
  tag: 'assessment',
  access: ASSESSMENT_ORGANISERS,
  params: IdParams,
  body: ReasonBody,
  response: AdjustmentSchema,
});
