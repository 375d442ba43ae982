import { MAX_IMPORT_ISSUES, type ImportIssue } from '@jx/contract';
import { AppError } from '../errors.ts';

/** 400 VALIDATION_FAILED with `details: {issues, total, truncated}`: the first MAX_IMPORT_ISSUES problems and their count. */
export class ImportRejectedError extends AppError {
  constructor(issues: ImportIssue[]) {
    const message = issues.length === 1 ? issues[0]!.message : `导入文件有 ${issues.length} 处问题，未导入任何数据`;
    super('VALIDATION_FAILED', message, { issues: issues.slice(0, MAX_IMPORT_ISSUES), total: issues.length, truncated: issues.length > MAX_IMPORT_ISSUES });
  }
}

export const importRejected = (issues: ImportIssue[]) => new ImportRejectedError(issues);

/** Rows the caller may not write at all (another unit, a type it does not own): a 403 with the same row details. */
export const importDenied = (issues: ImportIssue[]) =>
  new AppError('FORBIDDEN', `文件中有 ${issues.length} 行超出您的权限，未导入任何数据`, { issues: issues.slice(0, MAX_IMPORT_ISSUES), total: issues.length, truncated: issues.length > MAX_IMPORT_ISSUES });
/** A problem of one cell (`rows.<n>.<列>`), or of the whole row when the column is not known. */
export const cellIssue = (row: number, column: string | null, message: string): ImportIssue => ({
  path: column === null ? `rows.${row}` : `rows.${row}.${column}`,
  row,
  column,
  message,
});
/** A problem of the file as a whole (type, size, sheet), not of one cell. */
export const fileIssue = (message: string): ImportIssue => ({ path: 'file', row: null, column: null, message });
