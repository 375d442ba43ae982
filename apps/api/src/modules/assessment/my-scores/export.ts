import type { MyScore, MyScorePeriod } from '@jx/contract';
import { newWorkbook, workbookBytes } from '../../../lib/excel/write-sheet.ts';

const COLUMNS: { header: string; width: number; value: (r: MyScore) => string | number | null }[] = [
  { header: '考核时机', width: 14, value: (r) => r.periodName },
  { header: '目标类型', width: 14, value: (r) => r.targetTypeName },
  { header: '目标名称', width: 40, value: (r) => r.targetTitle },
  { header: '考核部门', width: 16, value: (r) => r.assessorUnitName },
  { header: '分值', width: 8, value: (r) => Number(r.maxScore) },
  { header: '得分', width: 8, value: (r) => Number(r.score) },
  { header: '扣分项', width: 36, value: (r) => r.deductions.map((d) => `${d.reason}：扣 ${Number(d.points)} 分`).join('；') || null },
  { header: '考核意见', width: 40, value: (r) => r.opinion },
];

/** 本单位考核结果 as a sheet: the records of each period, then a bold 合计 row of the period. */
export async function myScoresWorkbook(unitLabel: string, periods: readonly MyScorePeriod[], items: readonly MyScore[]): Promise<Buffer> {
  const wb = await newWorkbook();
  const ws = wb.addWorksheet('考核结果', { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.columns = COLUMNS.map((c) => ({ width: c.width }));
  ws.addRow([`${unitLabel} 考核结果`]).font = { bold: true, size: 13 };
  const header = ws.addRow(COLUMNS.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((cell) => void (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0FE' } }));
  for (const p of periods) {
    const rows = items.filter((r) => r.periodId === p.id);
    if (!rows.length) continue;
    for (const r of rows) ws.addRow(COLUMNS.map((c) => c.value(r))).alignment = { wrapText: true, vertical: 'top' };
    const total = ws.addRow([p.name, '合计', `${p.count} 项`, null, Number(p.maxScore), Number(p.score), null, null]);
    total.font = { bold: true };
  }
  return workbookBytes(wb);
}
