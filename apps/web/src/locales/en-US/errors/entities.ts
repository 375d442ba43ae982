import type { ENTITY_NAMES } from '@jx/contract';

/** The things a message may speak of, lower case (they stand inside sentences). */
export const entities: Record<keyof typeof ENTITY_NAMES, string> = {
  'entity.record': 'record',
  'entity.account': 'account',
  'entity.unit': 'unit',
  'entity.person': 'person',
  'entity.year': 'assessment year',
  'entity.category': 'assessment category',
  'entity.assessedUnit': 'assessed unit',
  'entity.announcement': 'announcement',
  'entity.setting': 'setting',
  'entity.notification': 'message',
  'entity.indicator': 'indicator',
  'entity.targetType': 'target type',
  'entity.target': 'target',
  'entity.report': 'progress report',
  'entity.document': 'work document',
  'entity.supervisionOrder': 'supervision order',
  'entity.assessmentPeriod': 'assessment period',
  'entity.assessmentProcess': 'assessment process',
  'entity.assessmentRecord': 'assessment record',
  'entity.adjustment': 'bonus or deduction line',
  'entity.adjustmentCategory': 'bonus and deduction category',
  'entity.scoringModel': 'scoring model',
};
