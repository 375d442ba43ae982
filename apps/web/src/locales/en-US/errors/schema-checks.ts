import type { SCHEMA_CHECK_MESSAGES } from '@jx/contract';

/** The contract's own checks: weights and shares, scores, decomposition, account roles. */
export const schemaChecks: Record<keyof typeof SCHEMA_CHECK_MESSAGES, string> = {
  'weights.required': 'Please enter the {quantity}',
  'weights.notNumber': 'The {quantity} must be a number, e.g. 24.25',
  'weights.tooManyDecimals': 'The {quantity} has at most two decimals',
  'weights.over100': 'The {quantity} must not exceed 100',
  'weights.notPositive': 'The {quantity} must be greater than 0',
  'quantity.weight': 'weight',
  'quantity.share': 'share',
  'weights.tooDeep': 'Indicators have at most {max} levels; a third-level indicator cannot have children',
  'weights.sumNot100': 'Sibling indicator weights must add up to 100%; now they add up to {sum}%',
  'weights.duplicateIndicator': 'The same indicator appears twice',
  'score.format': 'The score must be a number with at most two decimals, e.g. 10 or 2.5',
  'score.notPositive': 'The score must be greater than 0',
  'assignment.duplicateUnit': 'The same unit appears twice',
  'roles.separationOfDuties': 'System administrator, security auditor and business roles must be held by different accounts (separation of duties)',
  'roles.unitRequired': 'Responsible-unit roles and functional departments need a unit',
  'roles.portfolioRequired': 'A deputy leader needs at least one unit or target type in the portfolio',
  'roles.portfolioOnlyDeputy': 'Only a deputy leader has a portfolio',
};
