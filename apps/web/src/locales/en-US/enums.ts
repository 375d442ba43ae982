import type { enums as zh } from '../zh-CN/enums';

export const enums: typeof zh = {
  roles: {
    LEADER_MAIN: 'Department head',
    LEADER_DEPUTY: 'Deputy head',
    FUNC_DEPT: 'Functional department',
    PERF_OFFICE: 'Performance office',
    SYS_ADMIN: 'System administrator',
    AUDITOR: 'Security auditor',
    UNIT_ADMIN: 'Unit administrator',
    UNIT_STAFF: 'Responsible person',
  },
  unitKinds: {
    HQ_DIVISION: 'HQ division',
    DIRECT_UNIT: 'Directly affiliated unit',
    CITY_BUREAU: 'City/prefecture bureau',
    ENTERPRISE: 'State enterprise',
  },
  yearStatuses: { PLANNING: 'Planning', ACTIVE: 'In progress', CLOSED: 'Closed' },
  personStatuses: { ACTIVE: 'In post', DEPARTED: 'Departed' },
  accountStatuses: { ACTIVE: 'Active', DISABLED: 'Disabled' },
  announcementStatuses: { DRAFT: 'Draft', PUBLISHED: 'Published', WITHDRAWN: 'Withdrawn' },
  auditOutcomes: { SUCCESS: 'Success', DENIED: 'Denied' },
  loginOutcomes: { SUCCESS: 'Success', FAILURE: 'Failure' },
  genders: { 男: 'Male', 女: 'Female' },
};
