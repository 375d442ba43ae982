import { MAX_IMPORT_ROWS } from '@jx/contract';
import { addChoiceSheet, addListValidation, addTableSheet, newWorkbook, workbookBytes } from '../../../lib/excel/write-sheet.ts';
import { PERSON_COLUMN_HELP, PERSON_IMPORT_COLUMNS, personColumnIndex, type PersonImportKey } from './columns.ts';

export const PERSON_TEMPLATE_SHEET = '人员';
const WIDTHS: Partial<Record<PersonImportKey, number>> = { staffNo: 12, name: 12, gender: 8, phone: 16, unit: 28, position: 16, startDate: 14, note: 30 };
const colLetter = (key: PersonImportKey) => String.fromCharCode(65 + personColumnIndex(key));

/**
 * The 新进人员 template: sheet 人员 (header with notes; dropdowns for 单位, fed from a hidden sheet of the active
 * units, and 性别), sheet 说明 (the rules, every column, an example row).
 */
export async function buildPersonTemplate(unitNames: readonly string[]): Promise<Buffer> {
  const wb = await newWorkbook();
  const ws = addTableSheet(
    wb,
    PERSON_TEMPLATE_SHEET,
    PERSON_IMPORT_COLUMNS.map((c) => ({ header: c.header, width: WIDTHS[c.key] ?? 14, note: PERSON_COLUMN_HELP[c.key], value: () => null })),
    [],
  );
  const rows = (key: PersonImportKey) => `${colLetter(key)}2:${colLetter(key)}${MAX_IMPORT_ROWS + 1}`;
  if (unitNames.length) addListValidation(ws, rows('unit'), addChoiceSheet(wb, '单位列表', '单位', unitNames), '单位');
  addListValidation(ws, rows('gender'), '"男,女"', '性别');
  ws.getColumn(personColumnIndex('startDate') + 1).numFmt = 'yyyy-mm-dd';
  // Typed as text, so Excel keeps a staff number's or a phone number's leading zeros.
  for (const key of ['staffNo', 'phone'] as const) ws.getColumn(personColumnIndex(key) + 1).numFmt = '@';
  addHelpSheet(wb, unitNames[0]);
  return workbookBytes(wb);
}

function addHelpSheet(wb: Awaited<ReturnType<typeof newWorkbook>>, someUnit: string | undefined) {
  const ws = wb.addWorksheet('说明');
  ws.columns = [{ width: 16 }, { width: 100 }];
  ws.addRow(['新进人员导入说明']).font = { bold: true, size: 14 };
  ws.addRow([]);
  for (const line of [
    `1. 在“${PERSON_TEMPLATE_SHEET}”工作表从第 2 行起每行填写一名新进人员，不要删除、改名或合并表头；整行留空的行会被忽略。`,
    `2. 一次最多导入 ${MAX_IMPORT_ROWS} 行。导入时先校验整个文件：任何一行有问题，会列出全部问题（行号、列、原因），一人也不登记；全部通过才一次登记。`,
    '3. 每人登记后建立首个任职记录（单位、职务、到岗日期、备注），与“新进人员”逐个登记的效果相同，并记入审计日志。',
    '4. 只接受 .xlsx 文件（不接受 .xls 和含宏的 .xlsm）；公式单元格按其计算结果读取，请确认已计算。',
  ]) {
    ws.addRow(['', line]).alignment = { wrapText: true };
  }
  ws.addRow([]);
  ws.addRow(['列', '填写要求']).font = { bold: true };
  for (const c of PERSON_IMPORT_COLUMNS) ws.addRow([c.header, PERSON_COLUMN_HELP[c.key]]).alignment = { wrapText: true, vertical: 'top' };
  ws.addRow([]);
  ws.addRow([`示例（请在“${PERSON_TEMPLATE_SHEET}”工作表填写，不要在此处填写）`]).font = { bold: true };
  const example: Record<PersonImportKey, string> = {
    staffNo: 'P20001',
    name: '张三',
    gender: '男',
    phone: '028-86012345',
    unit: someUnit ?? '成都市交通运输局',
    position: '科员',
    startDate: '2026-03-01',
    note: '公开招录',
  };
  for (const c of PERSON_IMPORT_COLUMNS) ws.addRow([c.header, example[c.key]]);
}
