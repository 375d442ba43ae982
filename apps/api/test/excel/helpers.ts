import ExcelJS from 'exceljs';
import { multipartBody } from '../documents-api/helpers.ts';

export const HEADERS = [
  '责任单位',
  '目标类型',
  '指标',
  '目标名称',
  '工作内容',
  '工作措施',
  '预期效果',
  '工作时限',
  '分值',
  '计量单位',
  '目标值',
  '责任人',
  '里程碑计划',
] as const;
export type Header = (typeof HEADERS)[number];
export type Row = Partial<Record<Header, string | number | Date>>;

/** A good row: 成都 安全生产 on leaf 2.3.1, monthly plan left to the importer. */
export const goodRow = (title: string, extra: Row = {}): Row => ({
  责任单位: '成都市交通运输局',
  目标类型: '安全生产',
  指标: '2.3.1 安全生产责任落实',
  目标名称: title,
  工作内容: '开展重点路段隐患排查',
  工作措施: '成立专班，挂牌督办',
  预期效果: '隐患整改率 100%',
  工作时限: '2026-12-31',
  分值: 3,
  ...extra,
});

/** An .xlsx with sheet 目标 (or `sheet`), the given header row and rows, as the browser would upload it. */
export async function xlsx(rows: Row[], opts: { headers?: readonly string[]; sheet?: string } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(opts.sheet ?? '目标');
  const headers = opts.headers ?? HEADERS;
  ws.addRow([...headers]);
  for (const r of rows) ws.addRow(headers.map((h) => r[h as Header] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function importUpload(content: Buffer, yearId: string, filename = '年度目标.xlsx') {
  return multipartBody([
    { name: 'yearId', value: yearId },
    { name: 'file', filename, content, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  ]);
}

export async function readXlsx(body: Buffer | string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((typeof body === 'string' ? Buffer.from(body, 'binary') : body) as unknown as ExcelJS.Buffer);
  return wb;
}

/** The values of a sheet's rows (row 1 = header) as text. */
export function sheetValues(ws: ExcelJS.Worksheet): string[][] {
  const out: string[][] = [];
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return out;
}
