import type ExcelJS from 'exceljs';
import { canStartFrom, ERROR_MESSAGES, RECORD_TRANSITIONS, type ScoringRow } from '@jx/contract';
import { addTableSheet, newWorkbook, workbookBytes, type SheetColumn } from '../../../lib/excel/write-sheet.ts';
import { formatDeductions, formatRowKey, RECORD_COLUMN_HELP, RECORD_COLUMNS, RECORD_SHEET, type RecordColumnKey } from './columns.ts';

export interface TemplateInput {
  period: { id: string; name: string };
  /** 考核部门 of the file's title: the department, or 全部考核部门 for the office. */
  scopeName: string;
  rows: readonly ScoringRow[];
  assessorName: (unitId: string) => string;
}

const WIDTHS: Partial<Record<RecordColumnKey, number>> = { unit: 22, title: 36, assessor: 14, maxScore: 8, status: 10, score: 10, deductions: 32, opinion: 36 };
const EDITABLE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF7D6' } };
const READ_ONLY_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF8C8C8C' } };

/** Whether the import may write the row (the same rule as the grid's inputs). */
const writable = (r: ScoringRow) => r.processStatus === 'OPEN' && (!r.record || canStartFrom(RECORD_TRANSITIONS, 'save', r.record.status));
const statusLabel = (r: ScoringRow) => (r.record ? ERROR_MESSAGES[`recordStatus.${r.record.status}`] : '未录入');

/**
 * The 评分表 of one period as a workbook: one row per (target, department) with what is saved now, the cells to fill
 * shaded, rows that cannot be written greyed; and a 说明 sheet with the rules of the import.
 */
export async function buildRecordTemplate(input: TemplateInput): Promise<Buffer> {
  const value: Record<RecordColumnKey, (r: ScoringRow) => string | number | null> = {
    key: (r) => formatRowKey({ periodId: input.period.id, targetId: r.targetId, assessorUnitId: r.assessorUnitId, version: r.record?.version ?? 0 }),
    unit: (r) => r.unitName,
    type: (r) => r.targetTypeName,
    title: (r) => r.targetTitle,
    assessor: (r) => input.assessorName(r.assessorUnitId),
    maxScore: (r) => Number(r.maxScore),
    status: statusLabel,
    score: (r) => (r.record?.score == null ? null : Number(r.record.score)),
    deductions: (r) => (r.record ? formatDeductions(r.record.deductions) || null : null),
    opinion: (r) => r.record?.opinion ?? null,
  };
  const columns: SheetColumn<ScoringRow>[] = RECORD_COLUMNS.map((c) => ({
    header: c.header,
    width: WIDTHS[c.key] ?? 14,
    note: RECORD_COLUMN_HELP[c.key],
    value: value[c.key],
  }));
  const wb = await newWorkbook();
  const ws = addTableSheet(wb, RECORD_SHEET, columns, input.rows);
  ws.getColumn(1).hidden = true;
  const col = (key: RecordColumnKey) => RECORD_COLUMNS.findIndex((c) => c.key === key) + 1;
  ws.getColumn(col('score')).numFmt = '0.00';
  input.rows.forEach((r, i) => {
    const row = ws.getRow(i + 2);
    if (writable(r)) for (const key of ['score', 'deductions', 'opinion'] as const) row.getCell(col(key)).fill = EDITABLE_FILL;
    else row.font = READ_ONLY_FONT;
  });
  addHelpSheet(wb, input);
  return workbookBytes(wb);
}

function addHelpSheet(wb: ExcelJS.Workbook, input: TemplateInput) {
  const ws = wb.addWorksheet('说明');
  ws.columns = [{ width: 14 }, { width: 100 }];
  ws.addRow([`${input.period.name} 评分表（${input.scopeName}）导入说明`]).font = { bold: true, size: 14 };
  ws.addRow([]);
  for (const line of [
    '1. 在“评分表”工作表中填写黄色底纹的“得分”“扣分项”“考核意见”；不要删除、改名表头，不要新增行，隐藏的“编号”列不要修改。',
    '2. 灰色字的行（考核流程未开启或已关闭，或记录已提交、已归档、已作废）只读：保持原样即可，改动会被拒绝。',
    '3. 导入时先校验整个文件：任何一行有问题，会列出全部问题（行号、列、原因），一行也不保存；全部通过才一次保存。',
    '4. 与系统中一致的行和“得分”留空的行不会保存；其余的行保存为草稿，请回到评分表核对后提交。',
    '5. 下载模板后如有人在系统中修改了某条记录，该行会被拒绝，请重新下载模板。只接受 .xlsx 文件。',
  ]) {
    ws.addRow(['', line]).alignment = { wrapText: true };
  }
  ws.addRow([]);
  ws.addRow(['列', '填写要求']).font = { bold: true };
  for (const c of RECORD_COLUMNS) {
    const help = RECORD_COLUMN_HELP[c.key];
    if (help) ws.addRow([c.header, help]).alignment = { wrapText: true, vertical: 'top' };
  }
}
