import type { FastifyInstance } from 'fastify';
import { downloadRecordTemplate, importRecords } from '@jx/contract';
import { registerRoute } from '../../../http/register.ts';
import { sendXlsx } from '../../../lib/excel/write-sheet.ts';
import { createRecordExcelService } from './import.service.ts';

/** Excel of the 评分表: the template of a department's rows in a period, and its import. */
export function recordExcelRoutes(app: FastifyInstance) {
  const excel = createRecordExcelService(app.deps.db);
  registerRoute(app, downloadRecordTemplate, async ({ ctx, query, reply }) => {
    const { bytes, fileName } = await excel.template(ctx.actor, query);
    return sendXlsx(reply, bytes, fileName);
  });
  registerRoute(app, importRecords, ({ ctx, req }) => excel.import(ctx, req));
}
