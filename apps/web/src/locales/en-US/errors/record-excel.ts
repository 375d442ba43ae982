import type { RECORD_EXCEL_MESSAGES } from '@jx/contract';

/** The Excel template and import of the scoring grid. */
export const recordExcel: Record<keyof typeof RECORD_EXCEL_MESSAGES, string> = {
  'recordExcel.keyRequired': 'The “编号” (key) cell is empty: fill in the downloaded template without deleting, changing or adding rows',
  'recordExcel.keyUnknown': 'The “编号” (key) cannot be read; use a template downloaded from the scoring grid',
  'recordExcel.otherPeriod': 'This row belongs to another assessment period; download the template of “{periodName}” and fill that in',
  'recordExcel.otherPeriodFile':
    'This is the scoring grid of “{filePeriodName}” but “{periodName}” is chosen: switch the period in the scoring grid, then import',
  'recordExcel.notInGrid': 'This target is not in the scoring grid of this period (it may have changed); download the template again',
  'recordExcel.otherDepartment': 'This target is assessed by {unitName}; your department cannot score it',
  'recordExcel.duplicateRow': 'The same assessment record as row {row}',
  'recordExcel.scoreRequired': 'Enter the score',
  'recordExcel.scoreNotNumber': 'The score must be a number such as 8 or 8.5 (it is “{text}”)',
  'recordExcel.scoreNegative': 'The score must not be negative',
  'recordExcel.scoreDecimals': 'The score takes at most two decimals',
  'recordExcel.stale': 'This record has changed since the template was downloaded; download the template again',
  'recordExcel.deductionUnreadable':
    'The deduction “{text}” cannot be read; write “reason:points”, several separated by semicolons, e.g. 台账不全:0.5;进度滞后:1',
  'recordExcel.deductionPoints': 'The points of the deduction “{text}” must be a number above 0 with at most two decimals',
  'recordExcel.nothingToSave': 'Nothing to save in the file: no score is filled in, or every row equals the record already saved',
  'recordExcel.tooManyRows':
    'This scoring grid has {total} rows, more than one template’s limit of {max}; choose a department or a target type before downloading',
};
