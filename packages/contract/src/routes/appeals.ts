import { z } from 'zod';
import { defineRoute } from '../route.ts';
import { APPEAL_READERS, APPELLANTS, HOLIDAY_READERS, RESULT_OFFICERS } from '../access.ts';
import { DateString, IdParams, IdSchema, PageQuery, VersionSchema, pageOf } from '../common.ts';
import { MAX_EVIDENCE_BYTES, EvidenceUploadFields, AdjustmentEvidenceSchema } from './adjustments.ts';

// 申诉 (appeals): within `appeal.windowWorkingDays` working days after a bulletin's publication (weekends and the
// office's 法定节假日 skipped, 调休 workdays counted) a unit appeals one line of its receipt; one open appeal per line.
// The office accepts (a target line's score is corrected through the record workflow, the category re-summarised, and
// the next bulletin version carries the change) or rejects with a reason. Decision 0019.

export const APPEAL_STATUSES = ['OPEN', 'ACCEPTED', 'REJECTED'] as const;
export const AppealStatusSchema = z.enum(APPEAL_STATUSES);
export type AppealStatus = z.infer<typeof AppealStatusSchema>;
export const APPEAL_STATUS_LABELS: Record<AppealStatus, string> = { OPEN: '待处理', ACCEPTED: '已采纳', REJECTED: '未采纳' };

export const AppealSchema = z.object({
  id: z.string(),
  bulletinId: z.string(),
  bulletinTitle: z.string(),
  bulletinVersionNo: z.int(),
  periodName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  lineKey: z.string(),
  lineLabel: z.string(),
  reason: z.string(),
  status: AppealStatusSchema,
  filedByName: z.string(),
  createdAt: z.string(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
  /** The bulletin version that published the accepted change (null until then). */
  resolvedVersionNo: z.int().nullable(),
  evidence: z.array(AdjustmentEvidenceSchema),
  version: z.int(),
});
export type Appeal = z.infer<typeof AppealSchema>;

export const listAppeals = defineRoute({
  id: 'appeals.list',
  method: 'GET',
  path: '/api/assessment/appeals',
  summary: '申诉（目标绩效办：全部；单位：本单位）',
  tag: 'assessment',
  access: APPEAL_READERS,
  query: z.strictObject({ ...PageQuery, status: AppealStatusSchema.optional(), bulletinId: IdSchema.optional(), periodId: IdSchema.optional() }),
  response: pageOf(AppealSchema),
});

export const fileAppeal = defineRoute({
  id: 'appeals.file',
  method: 'POST',
  path: '/api/assessment/appeals',
  summary: '对本单位计分明细的一行提出申诉（申诉期内；每行同时只能有一件待处理）',
  tag: 'assessment',
  access: APPELLANTS,
  body: z.strictObject({
    bulletinId: IdSchema,
    lineKey: z.string().trim().min(1).max(300),
    reason: z.string().trim().min(5, '请写明申诉理由（至少 5 个字）').max(2000, '申诉理由不能超过 2000 字'),
  }),
  response: AppealSchema,
  status: 201,
});

export const uploadAppealEvidence = defineRoute({
  id: 'appeals.evidence',
  method: 'POST',
  path: '/api/assessment/appeals/:id/evidence',
  summary: '上传申诉的佐证材料（multipart/form-data：file；待处理时由申诉单位上传）',
  tag: 'assessment',
  access: APPELLANTS,
  params: IdParams,
  multipart: { file: 'file', maxBytes: MAX_EVIDENCE_BYTES, fields: EvidenceUploadFields },
  response: AppealSchema,
  status: 201,
});

export const acceptAppeal = defineRoute({
  id: 'appeals.accept',
  method: 'POST',
  path: '/api/assessment/appeals/:id/accept',
  summary: '采纳申诉：目标得分行可直接更正（经考核记录流程），随后重新汇总该类别，发布新版通报',
  tag: 'assessment',
  access: RESULT_OFFICERS,
  params: IdParams,
  body: z.strictObject({
    version: VersionSchema,
    reason: z.string().trim().min(2, '请填写处理意见').max(500),
    /** For a target line: the corrected score (0..分值), written to the record through its workflow. */
    correctedScore: z.number().min(0, '得分不能为负').max(1000).optional(),
  }),
  response: AppealSchema,
});

export const rejectAppeal = defineRoute({
  id: 'appeals.reject',
  method: 'POST',
  path: '/api/assessment/appeals/:id/reject',
  summary: '不予采纳（须填写理由）',
  tag: 'assessment',
  access: RESULT_OFFICERS,
  params: IdParams,
  body: z.strictObject({ version: VersionSchema, reason: z.string().trim().min(2, '请填写不予采纳的理由').max(500) }),
  response: AppealSchema,
});

// 法定节假日

export const HolidaySchema = z.object({ date: z.string(), name: z.string(), workday: z.boolean() });
export type Holiday = z.infer<typeof HolidaySchema>;

export const listHolidays = defineRoute({
  id: 'holidays.list',
  method: 'GET',
  path: '/api/assessment/holidays',
  summary: '法定节假日与调休上班日（申诉期限按工作日计算）',
  tag: 'assessment',
  access: HOLIDAY_READERS,
  query: z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) }),
  response: z.object({ items: z.array(HolidaySchema) }),
});

export const setHolidays = defineRoute({
  id: 'holidays.set',
  method: 'PUT',
  path: '/api/assessment/holidays',
  summary: '保存一年的法定节假日与调休上班日（整年替换）',
  tag: 'assessment',
  access: RESULT_OFFICERS,
  body: z.strictObject({
    year: z.int().min(2000).max(2100),
    items: z.array(z.strictObject({ date: DateString, name: z.string().trim().min(1, '请填写名称').max(30), workday: z.boolean().default(false) })).max(60),
  }),
  response: z.object({ items: z.array(HolidaySchema) }),
});
