import { TARGET_ORIGIN_LABELS, TARGET_STATUS_LABELS, WARNING_LEVEL_LABELS, type TargetListItem } from '@jx/contract';
import { beijingTime } from '../../../lib/excel/export-rules.ts';
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

export async function targetWorkbook(rows: readonly TargetListItem[]): Promise<Buffer> {
  const wb = await newWorkbook();
  addTableSheet(wb, '年度目标', TARGET_EXPORT_COLUMNS, rows);
  return workbookBytes(wb);
}
