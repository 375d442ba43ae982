import ExcelJS from 'exceljs';
import { multipartBody } from '../documents-api/helpers.ts';

export const PERSON_HEADERS = ['工号', '姓名', '性别', '电话', '单位', '职务', '到岗日期', '备注'] as const;
export type PersonHeader = (typeof PERSON_HEADERS)[number];
export type PersonRow = Partial<Record<PersonHeader, string | number | Date>>;

/** A good row: a new 科员 of 成都 from 2026-03-01. */
export const newPersonRow = (staffNo: string, name: string, extra: PersonRow = {}): PersonRow => ({
  工号: staffNo,
  姓名: name,
  性别: '女',
  电话: '028-86012345',
  单位: '成都市交通运输局',
  职务: '科员',
  到岗日期: '2026-03-01',
  ...extra,
});

/** An .xlsx with sheet 人员, the given header row and rows, as the browser would upload it. */
export async function personXlsx(rows: PersonRow[], headers: readonly string[] = PERSON_HEADERS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('人员');
  ws.addRow([...headers]);
  for (const r of rows) ws.addRow(headers.map((h) => r[h as PersonHeader] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function personImportUpload(content: Buffer, filename = '新进人员.xlsx') {
  return multipartBody([{ name: 'file', filename, content, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }]);
}
