import type ExcelJS from 'exceljs';
import { loadExcelJs } from './load-exceljs.ts';
import type { ImportIssue, LocalizedText } from '@jx/contract';
import { t } from '../errors.ts';
import { cellIssue, fileIssue, importRejected } from './rejected.ts';
import { DEFAULT_XLSX_LIMITS, type XlsxReadLimits } from './limits.ts';
import { inspectXlsx } from './inspect.ts';

/** A column an import reads: the header as the template writes it, other headers accepted for it, whether it must be there. */
export interface ReadColumn<K extends string = string> {
  key: K;
  header: string;
  aliases?: readonly string[];
  required?: boolean;
}

export interface SheetRow<K extends string> {
  /** The row number Excel shows. */
  rowNumber: number;
  cells: Record<K, string>;
}

export interface ReadResult<K extends string> {
  rows: SheetRow<K>[];
  /** Problems of single cells (a formula without a cached value, an error value); the rows are still returned. */
  issues: ImportIssue[];
}

/** A problem of the header row: the header cell `column` (its path `header.<column>`). */
const headerIssue = (column: string, text: LocalizedText): ImportIssue => ({ ...cellIssue(1, column, text), path: `header.${column}` });

/** `目标名称*`, ` 目标名称 ` and `目标名称\n(必填)` all name the column 目标名称. */
export function normaliseHeader(text: string): string {
  return text.replace(/[（(][^）)]*[）)]/g, '').replace(/[*＊\s]/g, '');
}

/** Opens an uploaded workbook after inspectXlsx; a package exceljs cannot read is a 400, not a 500. */
export async function loadWorkbook(bytes: Buffer, fileName: string, limits: XlsxReadLimits = DEFAULT_XLSX_LIMITS): Promise<ExcelJS.Workbook> {
  await inspectXlsx(bytes, fileName, limits);
  const { Workbook } = await loadExcelJs();
  const wb = new Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw importRejected([fileIssue(t('excel.workbookUnreadable'))]);
  }
  return wb;
}

/**
 * Reads a sheet into rows keyed by column: row 1 is the header, matched by name (order does not matter); a missing
 * required column, an unknown or a repeated header rejects the file (ValidationError with every header problem).
 * Empty rows are skipped; more than `maxRows` data rows reject the file. Every cell is read as text: numbers as
 * written, dates as YYYY-MM-DD, rich text joined, a formula as its cached value (a formula without one is an issue).
 */
export function readSheet<K extends string>(
  ws: ExcelJS.Worksheet | undefined,
  columns: readonly ReadColumn<K>[],
  sheetName: string,
  limits: XlsxReadLimits = DEFAULT_XLSX_LIMITS,
): ReadResult<K> {
  if (!ws || ws.actualRowCount === 0) throw importRejected([fileIssue(t('excel.sheetMissing', { sheet: sheetName }))]);
  const byHeader = new Map<string, ReadColumn<K>>();
  for (const c of columns) for (const h of [c.header, ...(c.aliases ?? [])]) byHeader.set(normaliseHeader(h), c);

  const headerIssues: ImportIssue[] = [];
  const colOf = new Map<number, ReadColumn<K>>();
  const seen = new Set<K>();
  ws.getRow(1).eachCell({ includeEmpty: false }, (cell, col) => {
    const text = cellText(cell).text;
    if (!text) return;
    const c = byHeader.get(normaliseHeader(text));
    if (!c) return void headerIssues.push(headerIssue(text, t('excel.unknownColumn', { column: text })));
    if (seen.has(c.key)) return void headerIssues.push(headerIssue(c.header, t('excel.duplicateColumn', { column: c.header })));
    seen.add(c.key);
    colOf.set(col, c);
  });
  for (const c of columns) {
    if (c.required && !seen.has(c.key)) headerIssues.push(headerIssue(c.header, t('excel.missingColumn', { column: c.header })));
  }
  if (headerIssues.length) throw importRejected(headerIssues);

  const rows: SheetRow<K>[] = [];
  const issues: ImportIssue[] = [];
  let tooMany = false;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1 || tooMany) return;
    const cells = Object.fromEntries(columns.map((c) => [c.key, ''])) as Record<K, string>;
    let any = false;
    for (const [col, c] of colOf) {
      const { text, problem } = cellText(row.getCell(col));
      if (problem) issues.push(cellIssue(rowNumber, c.header, problem));
      cells[c.key] = text;
      any ||= text !== '' || !!problem;
    }
    if (!any) return;
    if (rows.length >= limits.maxRows) return void (tooMany = true);
    rows.push({ rowNumber, cells });
  });
  if (tooMany) throw importRejected([fileIssue(t('excel.tooManyRows', { max: limits.maxRows }))]);
  if (!rows.length && !issues.length) throw importRejected([fileIssue(t('excel.noDataRows', { sheet: sheetName }))]);
  return { rows, issues };
}

const pad = (n: number) => String(n).padStart(2, '0');
const dateText = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** The text of one cell, or the reason it cannot be read. */
export function cellText(cell: ExcelJS.Cell): { text: string; problem?: LocalizedText } {
  const v = cell.value;
  if (v === null || v === undefined) return { text: '' };
  if (typeof v === 'string') return { text: v.trim() };
  if (typeof v === 'number') return { text: String(v) };
  if (typeof v === 'boolean') return { text: v ? '是' : '否' };
  if (v instanceof Date) return { text: dateText(v) };
  if (typeof v === 'object') {
    if ('richText' in v)
      return {
        text: v.richText
          .map((r) => r.text)
          .join('')
          .trim(),
      };
    if ('error' in v) return { text: '', problem: t('excel.cellError', { value: v.error }) };
    if ('formula' in v || 'sharedFormula' in v) {
      const r = (v as ExcelJS.CellFormulaValue).result;
      if (r === undefined || r === null) return { text: '', problem: t('excel.formulaWithoutResult') };
      if (typeof r === 'object' && !(r instanceof Date)) return { text: '', problem: t('excel.formulaError', { value: r.error }) };
      return r instanceof Date ? { text: dateText(r) } : { text: String(r).trim() };
    }
    if ('hyperlink' in v) return { text: String(v.text ?? '').trim() };
  }
  return { text: '', problem: t('excel.cellUnreadable') };
}
