import type { FastifyInstance } from 'fastify';
import { MAX_EXPORT_ROWS, downloadPersonImportTemplate, exportPersons, importPersons } from '@jx/contract';
import { registerRoute } from '../../../http/register.ts';
import { sendXlsx } from '../../../lib/excel/write-sheet.ts';
import { assertExportable, fileDate } from '../../../lib/excel/export-rules.ts';
import { createPersonService } from '../person.service.ts';
import { createPersonExcelService } from './import.service.ts';
import { personWorkbook } from './export.ts';

/** Excel for 人员管理: the 新进人员 template, the bulk onboarding, and the export of the filtered list. */
export function personExcelRoutes(app: FastifyInstance) {
  const excel = createPersonExcelService(app.deps.db);
  const persons = createPersonService(app.deps.db);
  registerRoute(app, downloadPersonImportTemplate, async ({ reply }) => {
    const { bytes, fileName } = await excel.template();
    return sendXlsx(reply, bytes, fileName);
  });
  registerRoute(app, importPersons, ({ ctx, req }) => excel.import(ctx, req));
  registerRoute(app, exportPersons, async ({ ctx, query, reply }) => {
    // The list's own query (scope, filters, sort), one page as large as the cap.
    const page = await persons.list(ctx.actor, { ...query, page: 1, pageSize: MAX_EXPORT_ROWS });
    assertExportable(page.total);
    return sendXlsx(reply, await personWorkbook(page.items), `人员名册-${fileDate(ctx.now)}.xlsx`);
  });
}
