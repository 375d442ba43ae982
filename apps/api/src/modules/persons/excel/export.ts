import { PERSON_STATUS_LABELS, type Person } from '@jx/contract';
import { addTableSheet, newWorkbook, workbookBytes, type SheetColumn } from '../../../lib/excel/write-sheet.ts';
import { beijingTime } from '../../../lib/excel/export-rules.ts';

/** The columns of the person list page. */
export const PERSON_EXPORT_COLUMNS: readonly SheetColumn<Person>[] = [
  { header: '工号', width: 12, value: (p) => p.staffNo },
  { header: '姓名', width: 12, value: (p) => p.name },
  { header: '性别', width: 8, value: (p) => p.gender },
  { header: '单位', width: 28, value: (p) => p.unitName },
  { header: '职务', width: 16, value: (p) => p.position },
  { header: '状态', width: 10, value: (p) => PERSON_STATUS_LABELS[p.status] },
  { header: '电话', width: 16, value: (p) => p.phone },
  { header: '更新时间', width: 20, value: (p) => beijingTime(p.updatedAt) },
];

export async function personWorkbook(rows: readonly Person[]): Promise<Buffer> {
  const wb = await newWorkbook();
  addTableSheet(wb, '人员', PERSON_EXPORT_COLUMNS, rows);
  return workbookBytes(wb);
}
