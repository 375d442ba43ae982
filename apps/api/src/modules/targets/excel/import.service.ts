import type { FastifyRequest } from 'fastify';
import { TargetImportFields, type ImportIssue } from '@jx/contract';
import type { Db } from '../../../lib/db.ts';
import type { Actor, RequestContext } from '../../../lib/context.ts';
import { InvalidStateError, NotFoundError, t as msg } from '../../../lib/errors.ts';
import { recordAudit } from '../../../audit/record-audit.ts';
import { loadWorkbook, readSheet } from '../../../lib/excel/read-sheet.ts';
import { cellIssue, fileIssue, importDenied, importRejected } from '../../../lib/excel/rejected.ts';
import { readExcelUpload } from '../../../lib/excel/upload.ts';
import { auditableTarget, targetDetailInclude } from '../target.mapper.ts';
import { insertTargets } from '../target.write.ts';
import { IMPORT_COLUMNS, headerOf } from './columns.ts';
import { declarableFor } from './declarable.ts';
import { buildTemplate } from './template.ts';
import { checkRow, loadLookups, type CheckedRow } from './import-rows.ts';

export const TEMPLATE_SHEET = '目标';

async function openYear(db: Db, yearId: string) {
  const year = await db.year.findUnique({ where: { id: yearId } });
  if (!year) throw new NotFoundError('year');
  if (year.status === 'CLOSED') throw new InvalidStateError(msg('excel.yearClosed', { yearName: year.name }));
  return year;
}

/** Same unit, same title twice in one file: the later rows name the first. */
function duplicateTitles(rows: CheckedRow[], issues: ImportIssue[]) {
  const first = new Map<string, number>();
  const column = headerOf('title');
  for (const r of rows) {
    const key = `${r.body.unitId}\u0000${r.body.title}`;
    const at = first.get(key);
    if (at === undefined) first.set(key, r.rowNumber);
    else issues.push(cellIssue(r.rowNumber, column, msg('excel.duplicateTitle', { row: at })));
  }
}

export function createTargetExcelService(db: Db) {
  return {
    async template(actor: Actor, yearId: string) {
      const year = await openYear(db, yearId);
      const bytes = await buildTemplate(year.name, await declarableFor(db, actor, yearId));
      return { bytes, fileName: `年度目标导入模板-${year.year}.xlsx` };
    },

    /**
     * The whole file is read and every row checked (as targets.create would, plus scope and duplicates) before
     * anything is written; any problem rejects the file with all problems (ImportRejectedError). Then every target
     * is inserted as DRAFT in one transaction, each with its audit event.
     */
    async import(ctx: RequestContext, req: FastifyRequest) {
      const upload = await readExcelUpload(req, TargetImportFields);
      const year = await openYear(db, upload.fields.yearId);
      const wb = await loadWorkbook(upload.bytes, upload.fileName);
      const sheet = wb.getWorksheet(TEMPLATE_SHEET) ?? wb.worksheets.find((w) => w.state === 'visible');
      const { rows, issues } = readSheet(sheet, IMPORT_COLUMNS, TEMPLATE_SHEET);

      const lookups = await loadLookups(db, year.id, rows);
      const checked: CheckedRow[] = [];
      const denied: ImportIssue[] = [];
      // A cell that could not be read (a formula without a value) is reported once, not again as an empty value.
      const unreadable = new Set(issues.map((i) => i.path));
      for (const row of rows) {
        const rowIssues: ImportIssue[] = [];
        const ok = await checkRow(db, ctx.actor, year.id, lookups, row, rowIssues, denied);
        if (ok) checked.push(ok);
        issues.push(...rowIssues.filter((i) => !unreadable.has(i.path)));
      }
      // Out of the caller's scope first, like a direct targets.create: 403, and the refusal is audited.
      if (denied.length) throw importDenied(denied);
      duplicateTitles(checked, issues);
      if (issues.length) throw importRejected(issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)));
      if (!checked.length) throw importRejected([fileIssue(msg('excel.noTargets'))]);

      // The user's file name goes into the audit reason: printable characters only, and not too long.
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      const fileLabel = upload.fileName.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e]/gu, '').slice(0, 80);
      return db.$transaction(
        async (tx) => {
          const ids = await insertTargets(
            tx,
            checked.map(({ body }) => ({
              ...body,
              origin: ctx.actor.roles.includes('UNIT_ADMIN') && ctx.actor.unitId === body.unitId ? 'DECLARED' : 'ASSIGNED',
              createdById: ctx.actor.accountId,
            })),
          );
          const created = new Map((await tx.target.findMany({ where: { id: { in: ids } }, include: targetDetailInclude })).map((t) => [t.id, t]));
          for (const [i, id] of ids.entries()) {
            const reason = `Excel 批量导入（${fileLabel} 第 ${checked[i]!.rowNumber} 行）`;
            await recordAudit(tx, ctx, {
              action: 'targets.create',
              objectType: 'Target',
              objectId: id,
              before: null,
              after: auditableTarget(created.get(id)!),
              reason,
            });
          }
          return { created: ids.length, ids };
        },
        { timeout: 120_000, maxWait: 10_000 },
      );
    },
  };
}
