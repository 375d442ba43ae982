import { z } from 'zod';
import { defineRoute } from '../route.ts';
import { ADMIN, PERSON_READERS } from '../access.ts';
import { listPersons } from './persons.ts';
import { MAX_EXPORT_ROWS, MAX_IMPORT_BYTES, XLSX_CONTENT_TYPE } from './target-excel.ts';

// Excel for 人员管理: the template of 新进人员, the bulk onboarding (every row checked as persons.onboard would, then
// all rows written in one transaction or none), and the export of the filtered list. See docs/decisions/0010-excel.md.

export const PersonImportFields = z.strictObject({});
const binary = { contentType: XLSX_CONTENT_TYPE } as const;

export const downloadPersonImportTemplate = defineRoute({
  id: 'persons.importTemplate',
  method: 'GET',
  path: '/api/persons/import-template',
  summary: '下载新进人员导入模板（.xlsx；单位下拉为在用单位）',
  tag: 'persons',
  access: ADMIN,
  binary,
  response: z.unknown(),
});

export const importPersons = defineRoute({
  id: 'persons.import',
  method: 'POST',
  path: '/api/persons/import',
  summary: '批量新进人员（multipart/form-data：file；整份文件校验通过才全部登记，否则一人不登记）',
  tag: 'persons',
  access: ADMIN,
  multipart: { file: 'file', maxBytes: MAX_IMPORT_BYTES, fields: PersonImportFields },
  response: z.object({ created: z.int(), ids: z.array(z.string()) }),
  status: 201,
});

export const exportPersons = defineRoute({
  id: 'persons.export',
  method: 'GET',
  path: '/api/persons/export',
  summary: `导出人员（与列表相同的筛选与数据范围，不分页，最多 ${MAX_EXPORT_ROWS} 条）`,
  tag: 'persons',
  access: PERSON_READERS,
  query: listPersons.query!.omit({ page: true, pageSize: true }),
  binary,
  response: z.unknown(),
});
