import type { ReadColumn } from '../../../lib/excel/read-sheet.ts';

/** The columns of the 新进人员 import (and of its template), in template order: the fields of persons.onboard. */
export const PERSON_IMPORT_COLUMNS = [
  { key: 'staffNo', header: '工号', required: true },
  { key: 'name', header: '姓名', required: true },
  { key: 'gender', header: '性别' },
  { key: 'phone', header: '电话', aliases: ['联系电话', '手机'] },
  { key: 'unit', header: '单位', aliases: ['所在单位', '任职单位'], required: true },
  { key: 'position', header: '职务' },
  { key: 'startDate', header: '到岗日期', aliases: ['入职日期'], required: true },
  { key: 'note', header: '备注' },
] as const satisfies readonly ReadColumn[];

export type PersonImportKey = (typeof PERSON_IMPORT_COLUMNS)[number]['key'];
export const personHeaderOf = (key: PersonImportKey) => PERSON_IMPORT_COLUMNS.find((c) => c.key === key)!.header;
export const personColumnIndex = (key: PersonImportKey) => PERSON_IMPORT_COLUMNS.findIndex((c) => c.key === key);

/** What each column takes (header notes of the template, and the 说明 sheet). */
export const PERSON_COLUMN_HELP: Record<PersonImportKey, string> = {
  staffNo: '必填，2–20 位字母、数字或连字符，登记后不能修改；不能与已登记人员（含已离职）或文件中其他行重复。',
  name: '必填，最多 30 字。',
  gender: '选填，从下拉列表选择 男 或 女。',
  phone: '选填，5–20 位数字，可含 + - ( ) 和空格，如 028-86012345。',
  unit: '必填，从下拉列表选择在用单位；也可填写单位编码或简称。',
  position: '选填，最多 40 字，如 科员。',
  startDate: '必填，到岗（入职）日期，如 2026-03-01（可用 Excel 日期格式）。',
  note: '选填，最多 200 字，记入任职记录。',
};
