import { MAX_IMPORT_ROWS, formatPeriodKey, periodKeys } from '@jx/contract';
import { addChoiceSheet, addListValidation, addTableSheet, newWorkbook, workbookBytes } from '../../../lib/excel/write-sheet.ts';
import { COLUMN_HELP, IMPORT_COLUMNS, type ImportKey } from './columns.ts';
import { indicatorLabel, type Declarable } from './declarable.ts';

const WIDTHS: Partial<Record<ImportKey, number>> = {
  unit: 22,
  type: 14,
  indicator: 28,
  title: 28,
  content: 36,
  measures: 36,
  expectedResult: 28,
  responsibles: 22,
  milestones: 30,
};
const colLetter = (i: number) => String.fromCharCode(65 + i);

/**
 * The import template of one year for one caller: sheet 目标 (header with notes, dropdowns for unit, type and
 * indicator fed from hidden sheets holding only what the caller may declare for), and sheet 说明 (every column, an
 * example row, the rules the import applies).
 */
export async function buildTemplate(yearName: string, d: Declarable): Promise<Buffer> {
  const wb = await newWorkbook();
  const ws = addTableSheet(
    wb,
    '目标',
    IMPORT_COLUMNS.map((c) => ({ header: c.header, width: WIDTHS[c.key] ?? 14, note: COLUMN_HELP[c.key], value: () => null })),
    [],
  );
  const last = MAX_IMPORT_ROWS + 1;
  const lists: [ImportKey, string, string, string[]][] = [
    ['unit', '单位列表', '责任单位', d.units.map((u) => u.name)],
    ['type', '目标类型列表', '目标类型', d.types.map((t) => t.name)],
    ['indicator', '指标列表', '指标', d.indicators.map(indicatorLabel)],
  ];
  for (const [key, sheet, title, values] of lists) {
    const col = colLetter(IMPORT_COLUMNS.findIndex((c) => c.key === key));
    if (values.length) addListValidation(ws, `${col}2:${col}${last}`, addChoiceSheet(wb, sheet, title, values), title);
  }
  ws.getColumn(IMPORT_COLUMNS.findIndex((c) => c.key === 'deadline') + 1).numFmt = 'yyyy-mm-dd';
  for (const key of ['maxScore', 'metricTarget'] as const) ws.getColumn(IMPORT_COLUMNS.findIndex((c) => c.key === key) + 1).numFmt = '@';
  addHelpSheet(wb, yearName, d);
  return workbookBytes(wb);
}

function addHelpSheet(wb: Awaited<ReturnType<typeof newWorkbook>>, yearName: string, d: Declarable) {
  const ws = wb.addWorksheet('说明');
  ws.columns = [{ width: 16 }, { width: 100 }];
  const title = ws.addRow([`${yearName}年度目标导入说明`]);
  title.font = { bold: true, size: 14 };
  ws.addRow([]);
  for (const line of [
    '1. 在“目标”工作表从第 2 行起每行填写一个目标，不要删除、改名或合并表头；整行留空的行会被忽略。',
    `2. 一次最多导入 ${MAX_IMPORT_ROWS} 行。导入时先校验整个文件：任何一行有问题，会列出全部问题（行号、列、原因），一条也不导入；全部通过才一次写入。`,
    '3. 导入的目标均为“草稿”，请在目标列表中核对后再逐条或批量提交审核。',
    '4. 只接受 .xlsx 文件（不接受 .xls 和含宏的 .xlsm）；公式单元格按其计算结果读取，请确认已计算。',
    `5. 报送周期：${d.types.map((t) => `${t.name}${t.reportingRhythm === 'MONTHLY' ? '按月' : '按季'}`).join('，') || '—'}。里程碑时段写法：${formatPeriodKey('M03')}、${formatPeriodKey('Q1')}（也可写 M03、Q1）。`,
  ]) {
    ws.addRow(['', line]).alignment = { wrapText: true };
  }
  ws.addRow([]);
  ws.addRow(['列', '填写要求']).font = { bold: true };
  for (const c of IMPORT_COLUMNS) ws.addRow([c.header, COLUMN_HELP[c.key]]).alignment = { wrapText: true, vertical: 'top' };
  ws.addRow([]);
  ws.addRow(['示例（请在“目标”工作表填写，不要在此处填写）']).font = { bold: true };
  const type = d.types[0];
  const rhythmExample = type && periodKeys(type.reportingRhythm).length === 4 ? '第二季度:50;第四季度:100' : '6月:50;12月:100';
  const example: Record<ImportKey, string> = {
    unit: d.units[0]?.name ?? '成都市交通运输局',
    type: type?.name ?? '安全生产',
    indicator: d.indicators[0] ? indicatorLabel(d.indicators[0]) : '2.3.1 安全生产责任落实',
    title: '完成重点路段隐患排查整治',
    content: '对辖区内重点路段开展隐患排查，建立台账并逐项整改',
    measures: '成立专班，挂牌督办，每月通报进度',
    expectedResult: '隐患整改率达到 100%',
    deadline: '2026-12-31',
    maxScore: '5',
    metricUnit: '处',
    metricTarget: '120',
    responsibles: '张三:60;李四:40',
    milestones: rhythmExample,
  };
  for (const c of IMPORT_COLUMNS) ws.addRow([c.header, example[c.key]]);
}
