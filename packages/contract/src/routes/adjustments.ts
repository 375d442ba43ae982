import { z } from 'zod';
import { defineRoute } from '../route.ts';
import { ADJUSTMENT_FILERS, ASSESSMENT_ORGANISERS, ASSESSMENT_READERS } from '../access.ts';
import { IdParams, IdSchema, PageQuery, ReasonBody, VersionBody, VersionSchema, nonEmpty, pageOf } from '../common.ts';
import { errorText, keyedIssue } from '../messages/index.ts';
import { defineTransitions } from '../workflow/transitions.ts';
import { MAX_DOCUMENT_BYTES } from './documents.ts';
import { MAX_EXPORT_ROWS, XLSX_CONTENT_TYPE } from './target-excel.ts';

export const ADJUSTMENT_KINDS = ['BONUS', 'DEDUCTION', 'VETO'] as const;
export const AdjustmentKindSchema = z.enum(ADJUSTMENT_KINDS);
export type AdjustmentKind = z.infer<typeof AdjustmentKindSchema>;
export const ADJUSTMENT_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export const AdjustmentStatusSchema = z.enum(ADJUSTMENT_STATUSES);
export type AdjustmentStatus = z.infer<typeof AdjustmentStatusSchema>;

/** 加减分: filed PENDING; the office approves (only approved lines reach the engine) or rejects with a reason. */
export const ADJUSTMENT_TRANSITIONS = defineTransitions<AdjustmentStatus, 'approve' | 'reject'>({
  approve: { from: ['PENDING'], to: 'APPROVED' },
  reject: { from: ['PENDING'], to: 'REJECTED' },
});
export type AdjustmentAction = keyof typeof ADJUSTMENT_TRANSITIONS;
/** 佐证材料 is added while the line waits for the office's decision (and never after). */
export const EVIDENCE_OPEN_STATUSES: readonly AdjustmentStatus[] = ['PENDING'];

/**
 * 佐证材料: a Word document goes through the hardened .docx upload and is read as a page; a PDF or an image is kept
 * as it came, for download only. The server checks the content (magic bytes), not only the name.
 */
export const EVIDENCE_KINDS = ['DOCX', 'PDF', 'IMAGE'] as const;
export const EvidenceKindSchema = z.enum(EVIDENCE_KINDS);
export type EvidenceKind = z.infer<typeof EvidenceKindSchema>;
/** The file names a piece of evidence may have (lower case, with the dot). */
export const EVIDENCE_EXTENSIONS = ['.docx', '.pdf', '.png', '.jpg', '.jpeg'] as const;
export const MAX_EVIDENCE_BYTES = MAX_DOCUMENT_BYTES;
/** Pieces of evidence on one line. */
export const MAX_EVIDENCE_PER_ADJUSTMENT = 10;

export const AdjustmentEvidenceSchema = z.object({
  documentId: z.string(),
  fileName: z.string(),
  kind: EvidenceKindSchema,
  sizeBytes: z.int(),
  createdAt: z.string(),
});
export type AdjustmentEvidence = z.infer<typeof AdjustmentEvidenceSchema>;

export const AdjustmentCategorySchema = z.object({
  id: z.string(),
  yearId: z.string(),
  code: z.string(),
  name: z.string(),
  kind: AdjustmentKindSchema,
  defaultPoints: z.string().nullable(),
  active: z.boolean(),
  /** How many lines use it (its kind is fixed once it has any). */
  usage: z.int(),
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
  filedByUnitId: z.string(),
  filedByUnitName: z.string(),
  status: AdjustmentStatusSchema,
  decisionReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
  evidence: z.array(AdjustmentEvidenceSchema),
  version: z.int(),
});
export type Adjustment = z.infer<typeof AdjustmentSchema>;

/** Positive points with at most two decimals, as typed (`0.5`, `2`, `1.25`). */
const PointsSchema = z
  .string()
  .trim()
  .regex(/^\d{1,3}(\.\d{1,2})?$/, '分值应为数字，最多两位小数');

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

const CategoryFields = {
  code: z
    .string()
    .trim()
    .regex(/^[A-Z][A-Z0-9_]{1,29}$/, '代码应为大写字母开头的大写字母、数字或下划线，2–30 位'),
  name: nonEmpty('类别名称', 40),
  kind: AdjustmentKindSchema,
  /** The points a line of the category gets unless the filer types others; a veto has none. */
  defaultPoints: PointsSchema.nullish(),
  active: z.boolean().default(true),
};

/** A veto has no points; other points are above zero. */
function checkDefaultPoints(v: { kind: AdjustmentKind; defaultPoints?: string | null }, ctx: z.RefinementCtx) {
  if (v.kind === 'VETO' && v.defaultPoints) ctx.addIssue(keyedIssue(errorText('adjustments.vetoHasNoPoints'), ['defaultPoints']));
  if (v.kind !== 'VETO' && v.defaultPoints && !(Number(v.defaultPoints) > 0)) {
    ctx.addIssue(keyedIssue(errorText('adjustments.pointsPositive'), ['defaultPoints']));
  }
}

export const createAdjustmentCategory = defineRoute({
  id: 'adjustmentCategories.create',
  method: 'POST',
  path: '/api/assessment/adjustment-categories',
  summary: '新增加减分类别（代码在年度内唯一）',
  tag: 'assessment',
  access: ASSESSMENT_ORGANISERS,
  body: z.strictObject({ yearId: IdSchema, ...CategoryFields }).superRefine(checkDefaultPoints),
  response: AdjustmentCategorySchema,
  status: 201,
});

export const updateAdjustmentCategory = defineRoute({
  id: 'adjustmentCategories.update',
  method: 'PATCH',
  path: '/api/assessment/adjustment-categories/:id',
  summary: '修改加减分类别（已有加减分的类别不能改变类型和代码）',
  tag: 'assessment',
  access: ASSESSMENT_ORGANISERS,
  params: IdParams,
  body: z.strictObject({ ...CategoryFields, version: VersionSchema }).superRefine(checkDefaultPoints),
  response: AdjustmentCategorySchema,
});

export const ADJUSTMENT_SORT_FIELDS = ['createdAt', 'unitName', 'points', 'status'] as const;

const AdjustmentFilters = {
  yearId: IdSchema,
  status: AdjustmentStatusSchema.optional(),
  assessedUnitId: IdSchema.optional(),
  kind: AdjustmentKindSchema.optional(),
  categoryId: IdSchema.optional(),
  sort: z.enum(ADJUSTMENT_SORT_FIELDS).default('createdAt'),
};

export const listAdjustments = defineRoute({
  id: 'adjustments.list',
  method: 'GET',
  path: '/api/assessment/adjustments',
  summary: '加减分（分页、筛选、排序；职能部门看本部门申报的）',
  tag: 'assessment',
  access: ASSESSMENT_READERS,
  query: z.strictObject({ ...AdjustmentFilters, ...PageQuery }),
  response: pageOf(AdjustmentSchema),
});

export const exportAdjustments = defineRoute({
  id: 'adjustments.export',
  method: 'GET',
  path: '/api/assessment/adjustments/export',
  summary: `导出加减分（与列表相同的筛选与数据范围，不分页，最多 ${MAX_EXPORT_ROWS} 条）`,
  tag: 'assessment',
  access: ASSESSMENT_READERS,
  query: z.strictObject({ ...AdjustmentFilters, order: PageQuery.order }),
  binary: { contentType: XLSX_CONTENT_TYPE },
  response: z.unknown(),
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
    points: PointsSchema.nullish(),
    reason: nonEmpty('事由', 500),
  }),
  response: AdjustmentSchema,
  status: 201,
});

/** The upload has no text fields: the file part alone. */
export const EvidenceUploadFields = z.strictObject({});

export const uploadAdjustmentEvidence = defineRoute({
  id: 'adjustments.uploadEvidence',
  method: 'POST',
  path: '/api/assessment/adjustments/:id/evidence',
  summary: '上传加减分的佐证材料（multipart/form-data：file；Word 转为网页，PDF、PNG、JPG 仅供下载；待审核时由申报单位上传）',
  tag: 'assessment',
  access: ADJUSTMENT_FILERS,
  params: IdParams,
  multipart: { file: 'file', maxBytes: MAX_EVIDENCE_BYTES, fields: EvidenceUploadFields },
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
