import { z } from 'zod';
import { defineRoute } from '../route.ts';
import { EXECUTION_READERS, TARGET_DRAFTERS, TARGET_READERS } from '../access.ts';
import { FieldIssueSchema } from '../errors.ts';
import { IdSchema } from '../common.ts';
import { listTargets } from './targets.ts';
import { listOrders, listReports, listWarnings } from './execution.ts';

// Excel: the import template of 年度目标, the import itself (the whole file is checked first, then all rows are written
// in one transaction or none), and the export of every execution list with the list's own filters and scope.
// Why exceljs and what a file may not be: docs/decisions/0010-excel.md.

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Size of an import file. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Data rows of one import file. */
export const MAX_IMPORT_ROWS = 1000;
/** Rows of one export; a larger result asks the caller to narrow the filters. */
export const MAX_EXPORT_ROWS = 10_000;
/** Problems reported for one rejected import (the total is reported too). */
export const MAX_IMPORT_ISSUES = 200;

/** One problem of a rejected import: `path` is `rows.<row>.<column>` (or `file` / `header.<column>` for the file itself). */
export const ImportIssueSchema = FieldIssueSchema.extend({
  /** The row number as Excel shows it; null for a problem of the file or its header. */
  row: z.int().nullable(),
  /** The column header (Chinese) as in the template; null when the problem is not one column's. */
  column: z.string().nullable(),
});
export type ImportIssue = z.infer<typeof ImportIssueSchema>;

/** `error.details` of a rejected import (400 VALIDATION_FAILED): the first MAX_IMPORT_ISSUES problems and how many there are. */
export const ImportErrorDetailsSchema = z.object({ issues: z.array(ImportIssueSchema), total: z.int(), truncated: z.boolean() });
export type ImportErrorDetails = z.infer<typeof ImportErrorDetailsSchema>;

export const TargetImportFields = z.strictObject({ yearId: IdSchema });
const binary = { contentType: XLSX_CONTENT_TYPE } as const;

export const downloadTargetImportTemplate = defineRoute({
  id: 'targets.importTemplate',
  method: 'GET',
  path: '/api/targets/import-template',
  summary: '下载年度目标导入模板（.xlsx；单位、目标类型、指标下拉限于本人可申报的范围）',
  tag: 'targets',
  access: TARGET_DRAFTERS,
  query: z.strictObject({ yearId: IdSchema }),
  binary,
  response: z.unknown(),
});

export const importTargets = defineRoute({
  id: 'targets.import',
  method: 'POST',
  path: '/api/targets/import',
  summary: '批量导入年度目标（multipart/form-data：file，yearId；整份文件校验通过才全部写入为草稿，否则一条不写）',
  tag: 'targets',
  access: TARGET_DRAFTERS,
  multipart: { file: 'file', maxBytes: MAX_IMPORT_BYTES, fields: TargetImportFields },
  response: z.object({ created: z.int(), ids: z.array(z.string()) }),
  status: 201,
});

export const exportTargets = defineRoute({
  id: 'targets.export',
  method: 'GET',
  path: '/api/targets/export',
  summary: `导出年度目标（与列表相同的筛选与数据范围，不分页，最多 ${MAX_EXPORT_ROWS} 条）`,
  tag: 'targets',
  access: TARGET_READERS,
  query: listTargets.query!.omit({ page: true, pageSize: true }),
  binary,
  response: z.unknown(),
});

export const exportWarnings = defineRoute({
  id: 'warnings.export',
  method: 'GET',
  path: '/api/warnings/export',
  summary: '导出预警（与预警中心相同的筛选与数据范围）',
  tag: 'execution',
  access: EXECUTION_READERS,
  query: listWarnings.query!.omit({ page: true, pageSize: true }),
  binary,
  response: z.unknown(),
});

export const exportReports = defineRoute({
  id: 'reports.export',
  method: 'GET',
  path: '/api/reports/export',
  summary: '导出进展报告（与列表相同的筛选与数据范围）',
  tag: 'execution',
  access: EXECUTION_READERS,
  query: listReports.query!.omit({ page: true, pageSize: true }),
  binary,
  response: z.unknown(),
});

export const exportOrders = defineRoute({
  id: 'orders.export',
  method: 'GET',
  path: '/api/supervision-orders/export',
  summary: '导出督办单（与列表相同的筛选与数据范围）',
  tag: 'execution',
  access: EXECUTION_READERS,
  query: listOrders.query!.omit({ page: true, pageSize: true }),
  binary,
  response: z.unknown(),
});
