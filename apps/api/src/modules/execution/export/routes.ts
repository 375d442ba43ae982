import type { FastifyInstance } from 'fastify';
import { MAX_EXPORT_ROWS, exportOrders, exportReports, exportWarnings } from '@jx/contract';
import { registerRoute } from '../../../http/register.ts';
import type { Db } from '../../../lib/db.ts';
import { addTableSheet, newWorkbook, sendXlsx, workbookBytes, type SheetColumn } from '../../../lib/excel/write-sheet.ts';
import { assertExportable, fileDate } from '../../../lib/excel/export-rules.ts';
import type { createReportService } from '../reports/report.service.ts';
import type { createSupervisionService } from '../supervision/supervision.service.ts';
import { scopedWarnings } from '../state/warning-rows.ts';
import { ORDER_COLUMNS, REPORT_COLUMNS, WARNING_COLUMNS } from './columns.ts';

async function sheetBytes<T>(name: string, columns: readonly SheetColumn<T>[], rows: readonly T[]) {
  const wb = await newWorkbook();
  addTableSheet(wb, name, columns, rows);
  return workbookBytes(wb);
}

async function yearLabel(db: Db, yearId: string | undefined) {
  return yearId ? ((await db.year.findUnique({ where: { id: yearId }, select: { year: true } }))?.year ?? '全部年度') : '全部年度';
}

/**
 * Exports of the execution lists: each calls the list's own service with the list's filters (paging aside), so the
 * data scope is exactly the list's; at most MAX_EXPORT_ROWS rows, else the caller narrows the filters.
 */
export function executionExportRoutes(
  app: FastifyInstance,
  s: { reports: ReturnType<typeof createReportService>; sup: ReturnType<typeof createSupervisionService> },
) {
  const { db } = app.deps;
  registerRoute(app, exportWarnings, async ({ ctx, query: q, reply }) => {
    const rows = await scopedWarnings(db, ctx.actor, q, ctx.now);
    assertExportable(rows.length);
    return sendXlsx(reply, await sheetBytes('预警', WARNING_COLUMNS, rows), `预警-${await yearLabel(db, q.yearId)}-${fileDate(ctx.now)}.xlsx`);
  });
  registerRoute(app, exportReports, async ({ ctx, query: q, reply }) => {
    const page = await s.reports.list(ctx.actor, { ...q, page: 1, pageSize: MAX_EXPORT_ROWS }, ctx.now);
    assertExportable(page.total);
    return sendXlsx(reply, await sheetBytes('进展报告', REPORT_COLUMNS, page.items), `进展报告-${await yearLabel(db, q.yearId)}-${fileDate(ctx.now)}.xlsx`);
  });
  registerRoute(app, exportOrders, async ({ ctx, query: q, reply }) => {
    const page = await s.sup.listOrders(ctx.actor, { ...q, page: 1, pageSize: MAX_EXPORT_ROWS }, ctx.now);
    assertExportable(page.total);
    return sendXlsx(reply, await sheetBytes('督办单', ORDER_COLUMNS, page.items), `督办单-${await yearLabel(db, q.yearId)}-${fileDate(ctx.now)}.xlsx`);
  });
}
