import type { FRAMEWORK_MESSAGES } from '@jx/contract';

/** The indicator framework: target types, indicators, weights, copying a framework. */
export const framework: Record<keyof typeof FRAMEWORK_MESSAGES, string> = {
  'framework.copyIntoSameYear': 'A year’s framework cannot be copied into the same year',
  'framework.sourceYearNotFound': 'The source year does not exist',
  'framework.copyTargetNotEmpty':
    '{year} already has {categories} assessment categories and {indicators} indicators. A framework can only be copied into an empty year; to start over, delete them first',
  'framework.sourceYearEmpty': '{year} has no assessment categories or indicators: there is no framework to copy',
  'framework.yearClosed': '{year} is closed: its target framework can no longer be changed',
  'framework.targetTypeOnlyOnLevel1': 'Only a first-level indicator can be linked to a target type',
  'framework.indicatorHasChildren': 'Indicator “{name}” still has {count} sub-indicators; delete them first',
  'framework.indicatorHasTargets': 'This indicator has {count} targets and cannot be deleted',
  'framework.parentNotInYear': 'The parent indicator does not exist or belongs to another year',
  'framework.notASibling': 'This indicator is not one of this set of sibling indicators',
  'framework.siblingsMissing': 'Adjust the whole set: {count} sibling indicators are missing ({names})',
  'framework.targetTypeCodeTaken': 'Type code “{code}” is already used by target type “{name}”',
  'framework.targetTypeNameTaken': 'A target type named “{name}” already exists',
  'framework.targetTypeOwnerNotDivision': 'The owning department must be a division of the department; {unitName} is not',
  'framework.targetTypeOwnerInactive': '{unitName} is deactivated and cannot own a target type',
  'framework.targetTypeSpecialFixed': 'The special-task type is used by the system: its code cannot change and it cannot be deactivated or deleted',
  'framework.targetTypeInUse':
    'Target type “{name}” is in use ({categories} categories, {indicators} indicators, {targets} targets, {periods} assessment periods, {accounts} portfolio accounts) and cannot be deleted; deactivate it instead',
  'framework.rhythmOfficeOnly': 'The reporting rhythm is part of the yearly framework and is set by the performance office',
  'framework.proposalNotOwnType': 'You can only propose changes to indicators of the target types your department owns',
  'framework.proposalTypeRequired': 'A new first-level indicator needs one of your department’s target types',
  'framework.proposalNotPending': 'This proposal is already {status} and cannot be handled again',
  'framework.proposalIndicatorGone': 'The indicator this proposal changes no longer exists; the proposal no longer applies, please reject it',
  'framework.proposalIndicatorChanged':
    'Indicator “{name}” has been changed since the proposal was made; it no longer applies — reject it so the department can propose again',
  'framework.proposalParentGone': 'The parent indicator of this proposal no longer exists; the proposal no longer applies, please reject it',
};
