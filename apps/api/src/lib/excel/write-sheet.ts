import type ExcelJS from 'exceljs';
import { loadExcelJs } from './load-exceljs.ts';
import type { FastifyReply } from 'fastify';
import { XLSX_CONTENT_TYPE } from '@jx/contract';
import { contentDisposition } from '../../http/content-disposition.ts';

/** One column of a written sheet: its header, width (characters) and how a row fills it. */
export interface SheetColumn<T> {
  header: string;
  width?: number;
  value: (row: T) => string | number | null | undefined;
  /** A note shown on the header cell (what to write, the accepted forms). */
  note?: string;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0FE' } };

export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { Workbook } = await loadExcelJs();
  const wb = new Workbook();
  wb.creator = '目标绩效管理平台';
  wb.created = new Date();
  return wb;
}

/** A sheet with a bold, frozen, filterable header row and one row per item. */
export function addTableSheet<T>(wb: ExcelJS.Workbook, name: string, columns: readonly SheetColumn<T>[], rows: readonly T[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 16 }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = HEADER_FILL;
    if (c.note) cell.note = c.note;
  });
  for (const row of rows) ws.addRow(columns.map((c) => c.value(row) ?? null));
  if (columns.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return ws;
}

/** A hidden one-column sheet of choices; returns the absolute range a list validation refers to. */
export function addChoiceSheet(wb: ExcelJS.Workbook, name: string, header: string, values: readonly string[]): string {
  const ws = wb.addWorksheet(name, { state: 'hidden' });
  ws.addRow([header]);
  for (const v of values) ws.addRow([v]);
  return `'${name}'!$A$2:$A$${Math.max(values.length + 1, 2)}`;
}

type WithValidations = { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } };

/** A dropdown on a column range (e.g. `A2:A1001`) fed from a range (addChoiceSheet); other values are refused by Excel. */
export function addListValidation(ws: ExcelJS.Worksheet, range: string, source: string, title: string) {
  (ws as unknown as WithValidations).dataValidations.add(range, {
    type: 'list',
    allowBlank: true,
    formulae: [source],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: title,
    error: `请从下拉列表中选择${title}`,
  });
}

export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Sends a workbook as a download (the handler returns the Buffer; Fastify skips the JSON serializer for it). */
export function sendXlsx(reply: FastifyReply, bytes: Buffer, fileName: string): Buffer {
  reply
    .header('content-type', XLSX_CONTENT_TYPE)
    .header('content-disposition', contentDisposition(fileName, 'export.xlsx'))
    .header('content-length', String(bytes.length))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store');
  return bytes;
}
