import type { RESULTS_MESSAGES } from '@jx/contract';

/** English texts of the results, bulletin and appeal messages (packages/contract/src/messages/results.ts). */
export const results: Record<keyof typeof RESULTS_MESSAGES, string> = {
  'results.categoryOfOtherYear': 'The category does not belong to the period’s year',
  'results.categoryWithoutModel': '“{categoryName}” has no scoring model yet',
  'results.processesNotClosed': 'These assessment processes are still open; close them before summarising: {processNames}',
  'results.runInProgress': 'A summary of this period is already queued or running; wait for it to finish',
  'results.neverComputed': 'This period has not been summarised yet',
  'results.missingInputs': '{count} missing inputs are neither supplied nor waived; cannot publish',
  'results.notMissing': 'This is not a current missing input of “{unitName}”',
  'results.alreadyWaived': 'This missing input is already waived',
  'results.notWaived': 'This missing input has no waiver',
  'results.nothingNew': 'The results have not changed since the last publication',
  'bulletins.pdfUnavailable': 'The PDF cannot be produced right now: {detail}',
  'appeals.windowClosed': 'The appeal window closed at {deadline}',
  'appeals.superseded': 'This bulletin was replaced by version {versionNo}; appeal against the latest version',
  'appeals.lineUnknown': 'The receipt has no such line',
  'appeals.openOnLine': 'This line already has an open appeal',
  'appeals.notOpen': 'The appeal has been decided already',
  'appeals.correctionNotTarget': 'Only a target’s score line can be corrected directly',
  'appeals.correctionAboveMax': 'The corrected score cannot exceed the maximum of {maxScore}',
  'appeals.recordMissing': 'This line has no assessment record to correct',
  'holidays.dateOutsideYear': 'The date is not in {year}',
  'holidays.duplicateDate': 'Duplicate date',
};
