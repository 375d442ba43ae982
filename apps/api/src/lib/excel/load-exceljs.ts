import type ExcelJS from 'exceljs';

let loaded: Promise<typeof ExcelJS> | undefined;

/**
 * ExcelJS, loaded on the first import or export rather than when the server starts: most workers never write a
 * spreadsheet, and the library holds about 20 MB once loaded (decision 0025).
 */
export function loadExcelJs(): Promise<typeof ExcelJS> {
  return (loaded ??= import('exceljs').then((m) => m.default));
}
