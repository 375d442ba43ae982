import { MAX_IMPORT_ISSUES, type ErrorMessageKey, type ImportIssue, type MessageParams } from '@jx/contract';
import { AppError, issue, t, type ErrorText } from '../errors.ts';

/** The error's own text when the file has one problem: that problem's, in its own Chinese words. */
const soleText = (i: ImportIssue): ErrorText => ({
  key: (i.key ?? 'validation.invalid') as ErrorMessageKey,
  params: i.params as MessageParams | undefined,
  chinese: i.message,
});

const details = (issues: ImportIssue[]) => ({ issues: issues.slice(0, MAX_IMPORT_ISSUES), total: issues.length, truncated: issues.length > MAX_IMPORT_ISSUES });

/** 400 VALIDATION_FAILED with `details: {issues, total, truncated}`: the first MAX_IMPORT_ISSUES problems and their count. */
export class ImportRejectedError extends AppError {
  constructor(issues: ImportIssue[]) {
    super('VALIDATION_FAILED', issues.length === 1 ? soleText(issues[0]!) : t('excel.rejected', { count: issues.length }), details(issues));
  }
}

export const importRejected = (issues: ImportIssue[]) => new ImportRejectedError(issues);

/** Rows the caller may not write at all (another unit, a type it does not own): a 403 with the same row details. */
export const importDenied = (issues: ImportIssue[]) => new AppError('FORBIDDEN', t('excel.denied', { count: issues.length }), details(issues));
/** A problem of one cell (`rows.<n>.<列>`), or of the whole row when the column is not known. */
export const cellIssue = (row: number, column: string | null, text: ErrorText): ImportIssue => {
  const { message, key, params } = issue('', text);
  return { path: column === null ? `rows.${row}` : `rows.${row}.${column}`, row, column, message, key, ...(params ? { params } : {}) };
};
/** A problem of the file as a whole (type, size, sheet), not of one cell. */
export const fileIssue = (text: ErrorText): ImportIssue => {
  const { message, key, params } = issue('', text);
  return { path: 'file', row: null, column: null, message, key, ...(params ? { params } : {}) };
};
