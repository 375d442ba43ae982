import {
  RECORD_TRANSITIONS,
  saveRecord,
  schemaIssueText,
  type ErrorMessageKey,
  type ImportIssue,
  type MessageParams,
  type SchemaIssueDetails,
  type ScoringRow,
} from '@jx/contract';
import type { SheetRow } from '../../../lib/excel/read-sheet.ts';
import { cellIssue } from '../../../lib/excel/rejected.ts';
import { t, type ErrorText } from '../../../lib/errors.ts';
import type { DraftWrite } from '../record.service.ts';
import { parseRowKey, recordHeader, type RecordColumnKey } from './columns.ts';

export interface CheckContext {
  period: { id: string; name: string };
  /** The caller's department, or null for the office (which writes for any department). */
  ownUnitId: string | null;
  /** The grid rows of the file's targets, every department's, by `<targetId>:<assessorUnitId>`. */
  grid: ReadonlyMap<string, ScoringRow>;
  unitName: (id: string) => string;
  /** Which of the optional columns the file has (a missing one keeps what the record holds). */
  has: { deductions: boolean; opinion: boolean };
}

export interface CheckResult {
  writes: { rowNumber: number; write: DraftWrite; isNew: boolean }[];
  unchanged: number;
  issues: ImportIssue[];
  /** Rows of another department's targets: the import is refused (403), as records.save would be. */
  denied: ImportIssue[];
}

type Deduction = { reason: string; points: string };
const at = (row: number, key: RecordColumnKey, text: ErrorText) => cellIssue(row, recordHeader(key), text);
const POINTS = /^\d{1,4}(\.\d{1,2})?$/;

/** `台账不全:0.5; 进度滞后:1` (full-width ：and ；too); the reason is everything before the last colon. */
export function parseDeductions(text: string): { lines: Deduction[] } | { problem: ErrorText } {
  const lines: Deduction[] = [];
  for (const part of text.split(/[;；\n]/)) {
    const entry = part.trim();
    if (!entry) continue;
    const m = /^(.*)[:：]\s*([^:：]*)$/.exec(entry);
    const reason = m?.[1]?.trim();
    if (!m || !reason) return { problem: t('recordExcel.deductionUnreadable', { text: entry }) };
    const points = m[2]!.trim();
    if (!POINTS.test(points) || Number(points) <= 0) return { problem: t('recordExcel.deductionPoints', { text: entry }) };
    lines.push({ reason, points });
  }
  return { lines };
}

/** The score cell's own problem: not a number, negative, more than two decimals. */
function scoreProblem(text: string): ErrorText | null {
  const n = Number(text);
  if (!/^-?\d+(\.\d+)?$/.test(text) || !Number.isFinite(n)) return t('recordExcel.scoreNotNumber', { text: text.slice(0, 20) });
  if (text.startsWith('-')) return t('recordExcel.scoreNegative');
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return t('recordExcel.scoreDecimals');
  return null;
}

const sameDeductions = (a: readonly Deduction[], b: readonly Deduction[]) =>
  a.length === b.length && a.every((d, i) => d.reason.trim() === b[i]!.reason.trim() && Number(d.points) === Number(b[i]!.points));

/** The columns a field of records.save is written in. */
const COLUMN_OF_FIELD: Record<string, RecordColumnKey> = { score: 'score', opinion: 'opinion', deductions: 'deductions' };

/**
 * Every row of a 评分表 file against the grid: which record it names (编号), the score, the deduction lines and the
 * opinion as records.save would take them, and — for a row that changes something — whether the record may be
 * written now (process open, record a draft or returned, not changed since the template was made).
 */
export function checkRecordRows(rows: readonly SheetRow<RecordColumnKey>[], c: CheckContext): CheckResult {
  const out: CheckResult = { writes: [], unchanged: 0, issues: [], denied: [] };
  const firstRowOf = new Map<string, number>();
  for (const { rowNumber: n, cells } of rows) {
    if (!cells.key) {
      out.issues.push(at(n, 'key', t('recordExcel.keyRequired')));
      continue;
    }
    const key = parseRowKey(cells.key);
    if (!key) {
      out.issues.push(at(n, 'key', t('recordExcel.keyUnknown')));
      continue;
    }
    if (key.periodId !== c.period.id) {
      out.issues.push(at(n, 'key', t('recordExcel.otherPeriod', { periodName: c.period.name })));
      continue;
    }
    if (c.ownUnitId !== null && key.assessorUnitId !== c.ownUnitId) {
      out.denied.push(at(n, 'key', t('recordExcel.otherDepartment', { unitName: c.unitName(key.assessorUnitId) })));
      continue;
    }
    const gridKey = `${key.targetId}:${key.assessorUnitId}`;
    const row = c.grid.get(gridKey);
    if (!row) {
      out.issues.push(at(n, 'key', t('recordExcel.notInGrid')));
      continue;
    }
    const first = firstRowOf.get(gridKey);
    if (first !== undefined) {
      out.issues.push(at(n, 'key', t('recordExcel.duplicateRow', { row: first })));
      continue;
    }
    firstRowOf.set(gridKey, n);

    const record = row.record;
    const mine: ImportIssue[] = [];
    const deductions = c.has.deductions ? parseDeductions(cells.deductions) : { lines: record?.deductions ?? [] };
    if ('problem' in deductions) mine.push(at(n, 'deductions', deductions.problem));
    const opinion = c.has.opinion ? cells.opinion : (record?.opinion ?? '');
    const lines = 'lines' in deductions ? deductions.lines : [];
    if (!cells.score) {
      // An empty score on a row nobody scored, with nothing else written, is a row left alone.
      if (!record && !opinion && !lines.length && !mine.length) {
        out.unchanged++;
        continue;
      }
      mine.push(at(n, 'score', t('recordExcel.scoreRequired')));
    } else {
      const problem = scoreProblem(cells.score);
      if (problem) mine.push(at(n, 'score', problem));
      else if (Number(cells.score) > Number(row.maxScore)) mine.push(at(n, 'score', t('records.scoreAboveMax', { maxScore: row.maxScore })));
    }
    const body = { periodId: c.period.id, targetId: row.targetId, score: cells.score, opinion: opinion || null, deductions: lines };
    const parsed = saveRecord.body!.safeParse(body);
    if (!parsed.success) {
      const reported = new Set(mine.map((i) => i.column));
      for (const i of parsed.error.issues) {
        const column = COLUMN_OF_FIELD[String(i.path[0])];
        if (!column || reported.has(recordHeader(column))) continue;
        const rule = schemaIssueText(i.code, i as SchemaIssueDetails);
        mine.push(cellIssue(n, recordHeader(column), { key: rule.key as ErrorMessageKey, params: rule.params as MessageParams, chinese: i.message }));
        reported.add(recordHeader(column));
      }
    }
    if (mine.length || !parsed.success) {
      out.issues.push(...mine);
      continue;
    }

    const value = parsed.data;
    const changed =
      !record ||
      Number(record.score) !== Number(value.score) ||
      (record.opinion ?? '') !== (value.opinion ?? '') ||
      !sameDeductions(record.deductions, value.deductions);
    if (!changed) {
      out.unchanged++;
      continue;
    }
    if ((record?.version ?? 0) !== key.version) out.issues.push(at(n, 'score', t('recordExcel.stale')));
    else if (row.processStatus !== 'OPEN')
      out.issues.push(at(n, 'score', t('records.processNotOpen', { processName: `${c.period.name}·${row.targetTypeName}`, processStatus: row.processStatus })));
    else if (record && !RECORD_TRANSITIONS.save.from.includes(record.status))
      out.issues.push(at(n, 'score', t('records.notAllowedInStatus', { recordStatus: record.status, recordAction: 'save' })));
    else
      out.writes.push({
        rowNumber: n,
        isNew: !record,
        write: {
          targetId: row.targetId,
          periodId: c.period.id,
          processId: row.processId,
          assessorUnitId: row.assessorUnitId,
          score: value.score,
          opinion: value.opinion ?? null,
          deductions: value.deductions,
          version: record?.version,
        },
      });
  }
  return out;
}
