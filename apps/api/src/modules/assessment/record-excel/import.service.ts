import type { FastifyRequest } from 'fastify';
import { MAX_IMPORT_ROWS, RecordImportFields, type RecordImportResult, type ScoringRow } from '@jx/contract';
import type { Db } from '../../../lib/db.ts';
import type { Actor, RequestContext } from '../../../lib/context.ts';
import { hasRole } from '../../../lib/context.ts';
import { InvalidStateError, NotFoundError, t, ValidationError } from '../../../lib/errors.ts';
import { recordAudit } from '../../../audit/record-audit.ts';
import { loadWorkbook, normaliseHeader, readSheet } from '../../../lib/excel/read-sheet.ts';
import { fileIssue, importDenied, importRejected } from '../../../lib/excel/rejected.ts';
import { readExcelUpload } from '../../../lib/excel/upload.ts';
import { gridRowsOfTargets, scoringGrid } from '../record.grid.ts';
import { upsertDraft } from '../record.service.ts';
import { parseRowKey, RECORD_COLUMNS, RECORD_SHEET, recordHeader, type RowKey } from './columns.ts';
import { buildRecordTemplate } from './template.ts';
import { checkRecordRows } from './check-rows.ts';

type TemplateQuery = { periodId: string; assessorUnitId?: string | undefined; targetTypeId?: string | undefined };

async function periodOf(db: Db, id: string) {
  const period = await db.assessmentPeriod.findUnique({ where: { id }, select: { id: true, yearId: true, name: true } });
  if (!period) throw new NotFoundError('assessmentPeriod');
  return period;
}

async function unitNames(db: Db, ids: Iterable<string>): Promise<(id: string) => string> {
  const units = await db.unit.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } });
  const byId = new Map(units.map((u) => [u.id, u.name]));
  return (id) => byId.get(id) ?? id;
}

/** The user's file name in the audit reason: printable characters only, and not too long. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const fileLabel = (name: string) => name.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e]/gu, '').slice(0, 80);

/** A file made for another period (every row names it) is one problem of the file, not one per row. */
async function assertSamePeriod(db: Db, period: { id: string; name: string }, keys: readonly RowKey[]) {
  const others = new Set(keys.map((k) => k.periodId));
  if (!keys.length || others.has(period.id) || others.size !== 1) return;
  const other = await db.assessmentPeriod.findUnique({ where: { id: [...others][0]! }, select: { name: true } });
  if (other) throw importRejected([fileIssue(t('recordExcel.otherPeriodFile', { filePeriodName: other.name, periodName: period.name }))]);
}

export function createRecordExcelService(db: Db) {
  return {
    /** The department's 评分表 of a period (the office: the chosen department, or all) with what is saved now. */
    async template(actor: Actor, q: TemplateQuery) {
      const period = await periodOf(db, q.periodId);
      const office = hasRole(actor, 'PERF_OFFICE');
      const grid = await scoringGrid(db, actor, { ...q, page: 1, pageSize: MAX_IMPORT_ROWS, order: 'asc' });
      if (grid.total > MAX_IMPORT_ROWS)
        throw ValidationError.field('assessorUnitId', t('recordExcel.tooManyRows', { total: grid.total, max: MAX_IMPORT_ROWS }));
      const scopeUnitId = office ? q.assessorUnitId : (actor.unitId ?? undefined);
      const name = await unitNames(db, [...grid.items.map((r) => r.assessorUnitId), ...(scopeUnitId ? [scopeUnitId] : [])]);
      const scopeName = scopeUnitId ? name(scopeUnitId) : '全部考核部门';
      const bytes = await buildRecordTemplate({ period, scopeName, rows: grid.items, assessorName: name });
      return { bytes, fileName: `评分表-${period.name}-${scopeName}.xlsx` };
    },

    /**
     * The whole file is read and every row checked against the grid before anything is written; any problem rejects
     * the file with all its problems (by row and column). Then every changed row is saved as a draft through the same
     * versioned upsert as records.save, in one transaction, with one audit event for the import.
     */
    async import(ctx: RequestContext, req: FastifyRequest): Promise<RecordImportResult> {
      const upload = await readExcelUpload(req, RecordImportFields);
      const period = await periodOf(db, upload.fields.periodId);
      const wb = await loadWorkbook(upload.bytes, upload.fileName);
      const sheet = wb.getWorksheet(RECORD_SHEET) ?? wb.worksheets.find((w) => w.state === 'visible');
      const { rows, issues } = readSheet(sheet, RECORD_COLUMNS, RECORD_SHEET);
      const headers = new Set<string>();
      sheet!.getRow(1).eachCell((cell) => void headers.add(normaliseHeader(String(cell.text ?? ''))));

      const keys = rows.flatMap((r) => parseRowKey(r.cells.key) ?? []);
      await assertSamePeriod(db, period, keys);
      const targetIds = keys.map((k) => k.targetId);
      const gridRows = await gridRowsOfTargets(db, period, [...new Set(targetIds)]);
      const grid = new Map<string, ScoringRow>(gridRows.map((r) => [`${r.targetId}:${r.assessorUnitId}`, r]));
      const office = hasRole(ctx.actor, 'PERF_OFFICE');
      const checked = checkRecordRows(rows, {
        period,
        ownUnitId: office ? null : (ctx.actor.unitId ?? ''),
        grid,
        unitName: await unitNames(
          db,
          keys.map((k) => k.assessorUnitId),
        ),
        has: { deductions: headers.has(recordHeader('deductions')), opinion: headers.has(recordHeader('opinion')) },
      });
      // Another department's rows first, like records.save: 403 (audited), nothing written.
      if (checked.denied.length) throw importDenied(checked.denied);
      // A cell that could not be read (a formula without a value) is reported once, not again as an empty value.
      const unreadable = new Set(issues.map((i) => i.path));
      const all = [...issues, ...checked.issues.filter((i) => !unreadable.has(i.path))];
      if (all.length) throw importRejected(all.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)));
      if (!checked.writes.length) throw importRejected([fileIssue(t('recordExcel.nothingToSave'))]);

      return db.$transaction(
        async (tx) => {
          // A process may have closed since the file was checked.
          const processIds = [...new Set(checked.writes.map((w) => w.write.processId))];
          const closed = await tx.assessmentProcess.findFirst({
            where: { id: { in: processIds }, status: { not: 'OPEN' } },
            include: { targetType: { select: { name: true } } },
          });
          if (closed)
            throw new InvalidStateError(t('records.processNotOpen', { processName: `${period.name}·${closed.targetType.name}`, processStatus: closed.status }));
          const saved: { id: string; targetId: string; assessorUnitId: string; score: string | null; row: number }[] = [];
          let created = 0;
          for (const w of checked.writes) {
            const r = await upsertDraft(tx, ctx, w.write, false);
            if (r.created) created++;
            saved.push({ id: r.record.id, targetId: r.record.targetId, assessorUnitId: r.record.assessorUnitId, score: r.record.score, row: w.rowNumber });
          }
          await recordAudit(tx, ctx, {
            action: 'records.import',
            objectType: 'AssessmentPeriod',
            objectId: period.id,
            before: null,
            after: { periodName: period.name, created, updated: saved.length - created, unchanged: checked.unchanged, records: saved },
            reason: `Excel 导入评分表（${fileLabel(upload.fileName)}）`,
          });
          return { saved: saved.length, created, updated: saved.length - created, unchanged: checked.unchanged };
        },
        { timeout: 120_000, maxWait: 10_000 },
      );
    },
  };
}
