import { z } from 'zod';
import { defineRoute } from '../route.ts';
import { TARGET_READERS } from '../access.ts';
import { IdSchema } from '../common.ts';
import { DOCX_CONTENT_TYPE } from './documents.ts';

// 年度目标责任书: a unit's published targets of one year as a Word document to sign.
// What it holds and whose targets: docs/decisions/0012-responsibility-letter.md.

export const downloadResponsibilityLetter = defineRoute({
  id: 'targets.responsibilityLetter',
  method: 'GET',
  path: '/api/targets/responsibility-letter',
  summary: '下载单位年度目标责任书（.docx；已发布目标的在用版本，数据范围同目标列表，职能部门只含其主管的目标类型）',
  tag: 'targets',
  access: TARGET_READERS,
  query: z.strictObject({ yearId: IdSchema, unitId: IdSchema }),
  binary: { contentType: DOCX_CONTENT_TYPE },
  response: z.unknown(),
});
