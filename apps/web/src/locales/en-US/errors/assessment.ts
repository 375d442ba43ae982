import type { ASSESSMENT_MESSAGES } from '@jx/contract';

/** Assessment periods and processes. */
export const assessment: Record<keyof typeof ASSESSMENT_MESSAGES, string> = {
  'assessment.periodCodeMismatch': 'Choose an assessment period that matches the kind',
  'assessment.specialHasNoCode': 'A special assessment has no quarter, half-year or year-end code',
  'assessment.specialNeedsScope': 'A special assessment covers exactly one special task or one target type',
  'assessment.scopeOnlyForSpecial': 'Only a special assessment names a special task or a target type',
  'assessment.periodExists': '{yearName} already has “{periodName}”',
  'assessment.yearClosed': '{yearName} has ended; its assessment periods can no longer change',
  'assessment.specialTaskOfOtherYear': 'The special task belongs to another assessment year',
  'assessment.noTargetTypes': 'No target type to assess: choose target types in the assessment categories first',
  'assessment.periodStarted': 'A process of this period has been opened; the period cannot be deleted',
  'assessment.processNotAllowedInStatus': 'The assessment process is {processStatus}; it cannot be {processAction}',
  'assessment.unsubmittedRecords': '{count} assessment records are not submitted yet; confirm to close anyway',
  'assessment.assessorNotDepartment': 'An assessing department must be a division of the department; {unitName} is not',
  'processStatus.NOT_STARTED': 'not started',
  'processStatus.OPEN': 'open',
  'processStatus.CLOSED': 'closed',
  'processAction.open': 'opened',
  'processAction.close': 'closed',
  'processAction.reset': 'reset',
};
