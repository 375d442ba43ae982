import type { BASE_DATA_MESSAGES } from '@jx/contract';

/** Base data and administration: accounts, units, persons, years, categories, announcements, settings, notifications. */
export const baseData: Record<keyof typeof BASE_DATA_MESSAGES, string> = {
  // Accounts
  'accounts.portfolioUnitNotFound': 'A portfolio unit does not exist',
  'accounts.cannotRemoveOwnAdminRole': 'You cannot remove your own system administrator role',
  'accounts.alreadyDisabled': 'The account is already disabled',
  'accounts.alreadyActive': 'The account is already active',
  'accounts.cannotDisableSelf': 'You cannot disable your own account',
  'accounts.totpNotBound': 'This account has no one-time codes set up',

  // Units
  'units.parentNotFound': 'The parent unit does not exist',
  'units.parentInactive': 'The parent unit is deactivated',
  'units.parentCycle': 'A unit cannot be moved under itself or one of its sub-units',
  'units.alreadyActive': 'The unit is already active',
  'units.alreadyInactive': 'The unit is already deactivated',
  'units.hasActiveChildren': 'Deactivate its {count} sub-units first',

  // Persons
  'persons.unitInactive': '{unit} is deactivated',
  'persons.departed': '{name} has departed',
  'persons.dateBeforeAssignmentStart': 'The date cannot be earlier than the start of the current post, {startDate}',
  'persons.transferSameUnit': 'The new unit is the same as the current unit',
  'persons.importNoRows': 'The file has nobody to import',
  'persons.importCellRequired': 'Fill in the {personColumn}',
  'persons.importUnitAmbiguous': '{count} units are called “{unit}”; enter the unit code instead',
  'persons.importUnitUnknown': 'No unit is called “{unit}”; pick one from the dropdown list',
  'persons.importStaffNoTaken': 'Staff no. “{staffNo}” is already registered ({name}) and cannot be registered again',
  'persons.importStaffNoRepeated': 'Same staff no. as row {row}',
  'personColumn.staffNo': 'staff no.',
  'personColumn.name': 'name',
  'personColumn.gender': 'gender',
  'personColumn.phone': 'phone',
  'personColumn.unit': 'unit',
  'personColumn.position': 'position',
  'personColumn.startDate': 'start date',
  'personColumn.note': 'note',

  // Years: categories and assessed units
  'categories.hasAssessedUnits': 'The category still has {count} assessed units; remove them first',
  'assessedUnits.someUnitsNotFound': 'Some of the units do not exist',
  'assessedUnits.unitInactive': '{unit} is deactivated and cannot be an assessed unit',

  // Announcements
  'announcements.withdrawnNotEditable': 'A withdrawn announcement cannot be edited',
  'announcements.alreadyPublished': 'The announcement is already published',
  'announcements.onlyPublishedWithdrawable': 'Only a published announcement can be withdrawn',
  'announcements.onlyDraftDeletable': 'Only drafts can be deleted; withdraw a published announcement instead',

  // Settings
  'settings.invalidValue': 'Invalid value',

  // Health
  'health.databaseUnavailable': 'The database is unavailable for the moment',
};
