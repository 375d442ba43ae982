import { z } from 'zod';
import { defineRoute } from '../route.ts';
import { DOCUMENT_READERS, DOCUMENT_UPLOADERS } from '../access.ts';
import { DateTimeString, IdParams } from '../common.ts';

// 工作文档: Word documents (.docx) uploaded as evidence against a target or a progress report, converted on the server
// into sanitised HTML that the browser shows as a page; every version is kept and the original is downloadable.
// Who may do what is below; the scope inside each route: docs/decisions/0008-document-uploads.md.

/** Upload limit of one Word document (DESIGN.md §5). */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The text fields of an upload (multipart/form-data); the file itself is the part named `file`. */
export const DocumentUploadFields = z.strictObject({
  title: z.string().trim().max(100, '文档标题不能超过 100 个字').optional(),
});
const UPLOAD = { file: 'file', maxBytes: MAX_DOCUMENT_BYTES, fields: DocumentUploadFields } as const;

export const DocumentSchema = z.object({
  id: z.string(),
  seriesId: z.string(),
  versionNo: z.int(),
  /** How many versions the series has (the latest is `latestVersionNo`). */
  versionCount: z.int(),
  latestVersionNo: z.int(),
  targetId: z.string().nullable(),
  reportId: z.string().nullable(),
  title: z.string().nullable(),
  fileName: z.string(),
  sizeBytes: z.int(),
  sha256: z.string(),
  warnings: z.array(z.string()),
  uploadedById: z.string(),
  uploadedByName: z.string().nullable(),
  createdAt: DateTimeString,
});
export type DocumentDto = z.infer<typeof DocumentSchema>;

export const DocumentVersionSchema = z.object({
  id: z.string(),
  versionNo: z.int(),
  fileName: z.string(),
  sizeBytes: z.int(),
  uploadedByName: z.string().nullable(),
  createdAt: DateTimeString,
});

export const DocumentDetailSchema = DocumentSchema.extend({
  /** Sanitised HTML (only p, h1–h6, lists, tables, links, inline images as data: URIs). */
  html: z.string(),
  versions: z.array(DocumentVersionSchema),
});
export type DocumentDetail = z.infer<typeof DocumentDetailSchema>;

export const DocumentListSchema = z.object({ items: z.array(DocumentSchema) });

/** `?version=n`: that version of the document's series instead of the version the id names. */
export const DocumentVersionQuery = z.strictObject({ version: z.coerce.number().int().min(1).optional() });

export const uploadTargetDocument = defineRoute({
  id: 'documents.uploadToTarget',
  method: 'POST',
  path: '/api/targets/:id/documents',
  summary: '上传目标的工作文档（multipart/form-data：file，可选 title）',
  tag: '工作文档',
  access: DOCUMENT_UPLOADERS,
  params: IdParams,
  multipart: UPLOAD,
  response: DocumentDetailSchema,
  status: 201,
});

export const uploadReportDocument = defineRoute({
  id: 'documents.uploadToReport',
  method: 'POST',
  path: '/api/reports/:id/documents',
  summary: '上传进展报告的工作文档（multipart/form-data：file，可选 title）',
  tag: '工作文档',
  access: DOCUMENT_UPLOADERS,
  params: IdParams,
  multipart: UPLOAD,
  response: DocumentDetailSchema,
  status: 201,
});

export const uploadDocumentVersion = defineRoute({
  id: 'documents.uploadVersion',
  method: 'POST',
  path: '/api/documents/:id/versions',
  summary: '上传工作文档的新版本',
  tag: '工作文档',
  access: DOCUMENT_UPLOADERS,
  params: IdParams,
  multipart: UPLOAD,
  response: DocumentDetailSchema,
  status: 201,
});

export const listTargetDocuments = defineRoute({
  id: 'documents.listForTarget',
  method: 'GET',
  path: '/api/targets/:id/documents',
  summary: '目标的工作文档（每份文档的最新版本）',
  tag: '工作文档',
  access: DOCUMENT_READERS,
  params: IdParams,
  response: DocumentListSchema,
});

export const listReportDocuments = defineRoute({
  id: 'documents.listForReport',
  method: 'GET',
  path: '/api/reports/:id/documents',
  summary: '进展报告的工作文档（每份文档的最新版本）',
  tag: '工作文档',
  access: DOCUMENT_READERS,
  params: IdParams,
  response: DocumentListSchema,
});

export const getDocument = defineRoute({
  id: 'documents.get',
  method: 'GET',
  path: '/api/documents/:id',
  summary: '工作文档（网页内容与转换提示）',
  tag: '工作文档',
  access: DOCUMENT_READERS,
  params: IdParams,
  query: DocumentVersionQuery,
  response: DocumentDetailSchema,
});

export const downloadDocument = defineRoute({
  id: 'documents.download',
  method: 'GET',
  path: '/api/documents/:id/download',
  summary: '下载工作文档原件（.docx）',
  tag: '工作文档',
  access: DOCUMENT_READERS,
  params: IdParams,
  query: DocumentVersionQuery,
  binary: { contentType: DOCX_CONTENT_TYPE },
  response: z.unknown(),
});
