import type { FastifyInstance } from 'fastify';
import { MAX_EXPORT_ROWS, downloadTargetImportTemplate, exportTargets, importTargets } from '@jx/contract';
import { registerRoute } from '../../../http/register.ts';
import { sendXlsx } from '../../../lib/excel/write-sheet.ts';
import { createTargetService } from '../target.service.ts';
import { createTargetExcelService } from './import.service.ts';
import { assertExportable, fileDate } from '../../../lib/excel/export-rules.ts';
import { targetWorkbook } from './export.ts';

/** Excel for 年度目标: the import template, the import, and the export of the filtered list. */
export function targetExcelRoutes(app: FastifyInstance) {
  const { db } = app.deps;
  const excel = createTargetExcelService(db);
  const targets = createTargetService(db);
  registerRoute(app, downloadTargetImportTemplate, async ({ ctx, query, reply }) => {
    const { bytes, fileName } = await excel.template(ctx.actor, query.yearId);
    return sendXlsx(reply, bytes, fileName);
  });
  registerRoute(app, importTargets, ({ ctx, req }) => excel.import(ctx, req));
  registerRoute(app, exportTargets, async ({ ctx, query, reply }) => {
    // The list's own query (scope, filters, sort), one page as large as the cap.
    const page = await targets.list(ctx.actor, { ...query, page: 1, pageSize: MAX_EXPORT_ROWS }, ctx.now);
    assertExportable(page.total);
    const rows = page.items;
    const year = query.yearId ? await db.year.findUnique({ where: { id: query.yearId }, select: { year: true } }) : null;
    return sendXlsx(reply, await targetWorkbook(rows), `年度目标-${year?.year ?? '全部年度'}-${fileDate(ctx.now)}.xlsx`);
  });
}
