import { ROLES, type Role } from './roles.ts';

/** Everyone who works with business or base data: all roles but the security auditor (三权分立). */
export const BUSINESS_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'AUDITOR');
export const ADMIN: readonly Role[] = ['SYS_ADMIN'];
export const AUDITOR: readonly Role[] = ['AUDITOR'];
/** Who prepares the yearly framework: categories, 考核对象, the indicator tree and the target types' reporting rhythm. */
export const FRAMEWORK_EDITORS: readonly Role[] = ['SYS_ADMIN', 'PERF_OFFICE'];
/** Who may read the people register (each within its scope). */
export const PERSON_READERS: readonly Role[] = ['SYS_ADMIN', 'PERF_OFFICE', 'LEADER_MAIN', 'LEADER_DEPUTY', 'FUNC_DEPT', 'UNIT_ADMIN'];
