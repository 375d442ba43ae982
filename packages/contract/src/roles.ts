import { z } from 'zod';
import { errorText, type LocalizedText } from './messages/index.ts';

export const ROLES = ['LEADER_MAIN', 'LEADER_DEPUTY', 'FUNC_DEPT', 'PERF_OFFICE', 'SYS_ADMIN', 'AUDITOR', 'UNIT_ADMIN', 'UNIT_STAFF'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const ROLE_LABELS: Record<Role, string> = {
  LEADER_MAIN: '厅主要领导',
  LEADER_DEPUTY: '厅分管领导',
  FUNC_DEPT: '职能管理部门',
  PERF_OFFICE: '目标绩效办',
  SYS_ADMIN: '系统管理员',
  AUDITOR: '安全审计员',
  UNIT_ADMIN: '责任单位管理员',
  UNIT_STAFF: '责任人',
};

/** Roles that act for one executing unit and see only that unit's data. */
export const UNIT_ROLES: readonly Role[] = ['UNIT_ADMIN', 'UNIT_STAFF'];

/**
 * Separation of duties (三权分立): an account holds at most one of these groups.
 * SYS_ADMIN keeps base data, AUDITOR reads the logs, the business roles run the assessment.
 */
export function separationOfDutiesViolation(roles: readonly Role[]): LocalizedText | null {
  const admin = roles.includes('SYS_ADMIN');
  const auditor = roles.includes('AUDITOR');
  const business = roles.some((r) => r !== 'SYS_ADMIN' && r !== 'AUDITOR');
  if ([admin, auditor, business].filter(Boolean).length > 1) {
    return errorText('roles.separationOfDuties');
  }
  return null;
}
