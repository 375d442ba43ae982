import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { formatNumber, formatPercent } from '../../charts/format';
import { saveBlob } from '../../utils/saveBlob';

/** One column of a chart's table (and of its Excel export). */
export interface DataColumn<R> {
  key: string;
  title: string;
  /** The cell's value; numbers stay numbers in Excel. */
  value: (row: R) => string | number | null;
  /** 'percent': the number is already a percent (shown "42.5%", exported as 42.5 under "title（%）"); 'number': grouped digits. */
  format?: 'percent' | 'number';
  /** How the on-screen table shows the cell when not as its formatted value (e.g. a link to drill down). */
  render?: (row: R) => ReactNode;
}

export function formatCell<R>(column: DataColumn<R>, row: R): string {
  const v = column.value(row);
  if (v === null) return '—';
  if (typeof v === 'number') return column.format === 'percent' ? formatPercent(v) : formatNumber(v);
  return v;
}

/** "<name>-20261205.<ext>", without characters file systems refuse. */
export function exportFileName(name: string, ext: 'png' | 'xlsx'): string {
  return `${name.replace(/[\\/:*?"<>|\s]+/g, '_')}-${dayjs().format('YYYYMMDD')}.${ext}`;
}

/** Saves the rows as a one-sheet workbook named after `name` (the writer is fetched on first use). */
export async function downloadExcel<R>(name: string, columns: readonly DataColumn<R>[], rows: readonly R[]): Promise<void> {
  const { writeXlsx, XLSX_TYPE } = await import('../excel/writeXlsx');
  const header = columns.map((c) => (c.format === 'percent' ? `${c.title}（%）` : c.title));
  const body = rows.map((r) => columns.map((c) => c.value(r)));
  saveBlob(new Blob([writeXlsx(name, header, body)], { type: XLSX_TYPE }), exportFileName(name, 'xlsx'));
}
