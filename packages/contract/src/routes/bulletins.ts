import { z } from 'zod';
import { defineRoute } from '../route.ts';
import { BULLETIN_READERS, UNIT_RESULT_VIEWERS } from '../access.ts';
import { IdSchema } from '../common.ts';
import { XLSX_CONTENT_TYPE } from './target-excel.ts';
import { ReceiptViewSchema } from './results.ts';

// 考核通报 (bulletins): immutable, versioned snapshots of a published result set; print page, PDF and Excel; and what
// units and leaders read of them. Who sees what (decision 0019): leaders all, a deputy its portfolio, a department the
// categories its target types apply to, a unit the ranking of its own category (others' scores and grades only when the
// office chose so when publishing: `unitsSeeOthers`) and its own receipt. Another unit's receipt is 404.

export const BulletinRowSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  rank: z.int(),
  /** null when the reader may see the ranking but not others' scores (a unit, when the office chose so). */
  final: z.number().nullable(),
  grade: z.string().nullable(),
  /** Against the previous version (version 2 and later): what this version changed. */
  prev: z.object({ final: z.number(), grade: z.string(), rank: z.int() }).nullable(),
  /** The reader may open this unit's receipt. */
  canReadReceipt: z.boolean(),
});

export const BulletinCategorySchema = z.object({
  categoryId: z.string(),
  categoryName: z.string(),
  modelName: z.string(),
  modelVersionNo: z.int(),
  unitCount: z.int(),
  rows: z.array(BulletinRowSchema),
  distribution: z.array(z.object({ grade: z.string(), count: z.int() })),
  /** Quota notes in words ("优秀 限 20%（2 个），3 个单位达到，1 个因名额降为良好"). */
  quotaNotes: z.array(z.string()),
});

export const BulletinSummarySchema = z.object({
  id: z.string(),
  resultSetId: z.string(),
  periodId: z.string(),
  periodName: z.string(),
  yearId: z.string(),
  year: z.int(),
  versionNo: z.int(),
  title: z.string(),
  docNo: z.string(),
  publishedAt: z.string(),
  publishedByName: z.string(),
  /** A later version replaced this one (it stays readable). */
  supersededAt: z.string().nullable(),
  categoryNames: z.array(z.string()),
  /** Appeals may be filed until this instant (the window in working days after publication). */
  appealDeadline: z.string(),
});
export type BulletinSummary = z.infer<typeof BulletinSummarySchema>;

export const BulletinSchema = BulletinSummarySchema.extend({
  preface: z.string(),
  categories: z.array(BulletinCategorySchema),
  /** Other versions of the same result set, newest first. */
  versions: z.array(z.object({ id: z.string(), versionNo: z.int(), publishedAt: z.string(), supersededAt: z.string().nullable() })),
  /** What this version changed against the previous one (accepted appeals), in words. */
  changes: z.array(z.object({ unitName: z.string(), categoryName: z.string(), text: z.string() })),
  hasPdf: z.boolean(),
  /** Units see the other units' scores and grades (the office's choice when publishing). */
  unitsSeeOthers: z.boolean(),
});
export type Bulletin = z.infer<typeof BulletinSchema>;

export const listBulletins = defineRoute({
  id: 'bulletins.list',
  method: 'GET',
  path: '/api/assessment/bulletins',
  summary: '考核通报（各版本，新的在前），可按年度、考核时机、类别筛选',
  tag: 'assessment',
  access: BULLETIN_READERS,
  query: z.strictObject({
    yearId: IdSchema.optional(),
    periodId: IdSchema.optional(),
    categoryId: IdSchema.optional(),
    /** Older versions too (default: only the current version of each result set). */
    allVersions: z.enum(['true', 'false']).optional(),
  }),
  response: z.object({ items: z.array(BulletinSummarySchema) }),
});

export const getBulletin = defineRoute({
  id: 'bulletins.get',
  method: 'GET',
  path: '/api/assessment/bulletins/:id',
  summary: '一份考核通报（排名、等次分布、名额说明、较上一版的变化）',
  tag: 'assessment',
  access: BULLETIN_READERS,
  params: z.strictObject({ id: IdSchema }),
  response: BulletinSchema,
});

export const getBulletinReceipt = defineRoute({
  id: 'bulletins.receipt',
  method: 'GET',
  path: '/api/assessment/bulletins/:id/units/:unitId',
  summary: '考核通报中一个单位的计分明细（单位只能看本单位）',
  tag: 'assessment',
  access: BULLETIN_READERS,
  params: z.strictObject({ id: IdSchema, unitId: IdSchema }),
  response: ReceiptViewSchema.extend({
    bulletinId: z.string(),
    versionNo: z.int(),
    waivers: z.array(z.object({ key: z.string(), label: z.string(), reason: z.string() })),
  }),
});

export const getBulletinPrint = defineRoute({
  id: 'bulletins.print',
  method: 'GET',
  path: '/api/assessment/bulletins/:id/print',
  summary: '考核通报打印页（A4 HTML；PDF 由同一页面生成）',
  tag: 'assessment',
  access: BULLETIN_READERS,
  params: z.strictObject({ id: IdSchema }),
  response: z.unknown(),
  binary: { contentType: 'text/html; charset=utf-8' },
});

export const downloadBulletinPdf = defineRoute({
  id: 'bulletins.pdf',
  method: 'GET',
  path: '/api/assessment/bulletins/:id/pdf',
  summary: '下载考核通报 PDF（发布时生成并随通报保存）',
  tag: 'assessment',
  access: BULLETIN_READERS,
  params: z.strictObject({ id: IdSchema }),
  response: z.unknown(),
  binary: { contentType: 'application/pdf' },
});

export const exportBulletin = defineRoute({
  id: 'bulletins.export',
  method: 'GET',
  path: '/api/assessment/bulletins/:id/export',
  summary: '导出考核通报排名 Excel（每个类别一个工作表）',
  tag: 'assessment',
  access: BULLETIN_READERS,
  params: z.strictObject({ id: IdSchema }),
  response: z.unknown(),
  binary: { contentType: XLSX_CONTENT_TYPE },
});

/** A unit's result in one published bulletin (its 考核成绩 page). */
export const MyResultSchema = z.object({
  bulletinId: z.string(),
  versionNo: z.int(),
  periodId: z.string(),
  periodName: z.string(),
  periodCode: z.string(),
  year: z.int(),
  publishedAt: z.string(),
  categoryName: z.string(),
  final: z.number(),
  grade: z.string(),
  rank: z.int(),
  unitCount: z.int(),
  appealDeadline: z.string(),
  /** Within the appeal window now. */
  canAppeal: z.boolean(),
});
export type MyResult = z.infer<typeof MyResultSchema>;

export const listMyResults = defineRoute({
  id: 'results.mine',
  method: 'GET',
  path: '/api/assessment/my-results',
  summary: '本单位考核成绩：各期已发布通报（当前版本）中的得分、等次与排名，跨年度',
  tag: 'assessment',
  access: UNIT_RESULT_VIEWERS,
  response: z.object({ items: z.array(MyResultSchema) }),
});
