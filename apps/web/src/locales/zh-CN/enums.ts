import { ACCOUNT_STATUS_LABELS, ANNOUNCEMENT_STATUS_LABELS, PERSON_STATUS_LABELS, ROLE_LABELS, UNIT_KIND_LABELS, YEAR_STATUS_LABELS } from '@jx/contract';

/** The zh-CN labels of the contract's enums come from the contract itself (one source of truth). */
export const enums = {
  roles: { ...ROLE_LABELS } as Record<keyof typeof ROLE_LABELS, string>,
  unitKinds: { ...UNIT_KIND_LABELS } as Record<keyof typeof UNIT_KIND_LABELS, string>,
  yearStatuses: { ...YEAR_STATUS_LABELS } as Record<keyof typeof YEAR_STATUS_LABELS, string>,
  personStatuses: { ...PERSON_STATUS_LABELS } as Record<keyof typeof PERSON_STATUS_LABELS, string>,
  accountStatuses: { ...ACCOUNT_STATUS_LABELS } as Record<keyof typeof ACCOUNT_STATUS_LABELS, string>,
  announcementStatuses: { ...ANNOUNCEMENT_STATUS_LABELS } as Record<keyof typeof ANNOUNCEMENT_STATUS_LABELS, string>,
  auditOutcomes: { SUCCESS: '成功', DENIED: '拒绝' },
  loginOutcomes: { SUCCESS: '成功', FAILURE: '失败' },
  genders: { 男: '男', 女: '女' },
};
