import { MAX_EXPORT_ROWS, TARGET_ORIGIN_LABELS, TARGET_STATUS_LABELS, WARNING_LEVEL_LABELS, type TargetListItem } from '@jx/contract';
import { ValidationError } from '../../../lib/errors.ts';
import { addTableSheet, newWorkbook, workbookBytes, type SheetColumn } from '../../../lib/excel/write-sheet.ts';

/** The columns of the target list page, and the warning level. */
export const TARGET_EXPORT_COLUMNS: readonly SheetColumn<TargetListItem>[] = [
  { header: '目标名称', width: 36, value: (r) => r.title },
  { header: '责任单位', width: 24, value: (r) => r.unitName },
  { header: '目标类型', width: 14, value: (r) => r.targetTypeName },
  { header: '指标', width: 24, value: (r) => r.indicatorName },
  { header: '分值', width: 8, value: (r) => Number(r.maxScore) },
  { header: '计量单位', width: 10, value: (r) => r.metricUnit },
  { header: '目标值', width: 10, value: (r) => (r.metricTarget === null ? null : Number(r.metricTarget)) },
  { header: '工作时限', width: 12, value: (r) => r.deadline },
  { header: '状态', width: 10, value: (r) => TARGET_STATUS_LABELS[r.status] },
  { header: '预警', width: 10, value: (r) => (r.warningLevel ? WARNING_LEVEL_LABELS[r.warningLevel] : '—') },
  { header: '来源', width: 10, value: (r) => TARGET_ORIGIN_LABELS[r.origin] },
  { header: '更新时间', width: 20, value: (r) => beijingTime(r.updatedAt) },
];

/** `2026-03-02 10:30` in Beijing time, as the pages show times. */
export function beijingTime(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** Beijing date of `now` for file names: 20260302. */
export const fileDate = (now: Date) => beijingTime(now.toISOString()).slice(0, 10).replaceAll('-', '');

/** An export is capped: a larger result asks for narrower filters instead of a truncated file that looks complete. */
export function assertExportable(total: number) {
  if (total > MAX_EXPORT_ROWS) throw ValidationError.field('', `符合条件的记录有 ${total} 条，超过单次导出上限 ${MAX_EXPORT_ROWS} 条，请缩小筛选范围后再导出`);
}

export function targetWorkbook(rows: readonly TargetListItem[]): Promise<Buffer> {
  const wb = newWorkbook();
  addTableSheet(wb, '年度目标', TARGET_EXPORT_COLUMNS, rows);
  return workbookBytes(wb);
}
