import ExcelJS from 'exceljs';
import { multipartBody } from '../documents-api/helpers.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A 评分表 file as a user would upload it: sheet 评分表 with 编号 and 得分 (and whatever else the rows name). */
export async function recordXlsx(rows: Record<string, string | number | null>[]): Promise<Buffer> {
  const headers = [...new Set(['编号', '得分', ...rows.flatMap((r) => Object.keys(r))])];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('评分表');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(headers.map((h) => r[h] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The 编号 of a row: the record of (period, target, department) at a version (0: not written yet). */
export const recordKey = (periodId: string, targetId: string, assessorUnitId: string, version = 0) => `${periodId}/${targetId}/${assessorUnitId}/${version}`;

/** records.import's multipart body: the period and the file. */
export function recordImportUpload(content: Buffer, periodId: string, filename = '评分表.xlsx') {
  return multipartBody([
    { name: 'periodId', value: periodId },
    { name: 'file', filename, content, contentType: XLSX },
  ]);
}
