import { ROLES, type Role } from './roles.ts';

/** Everyone who works with business or base data: all roles but the security auditor (三权分立). */
export const BUSINESS_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'AUDITOR');
export const ADMIN: readonly Role[] = ['SYS_ADMIN'];
export const AUDITOR: readonly Role[] = ['AUDITOR'];
/** Who prepares the yearly framework: categories, 考核对象, the indicator tree and the target types' reporting rhythm. */
export const FRAMEWORK_EDITORS: readonly Role[] = ['SYS_ADMIN', 'PERF_OFFICE'];
/** Who may read the people register (each within its scope). */
export const PERSON_READERS: readonly Role[] = ['SYS_ADMIN', 'PERF_OFFICE', 'LEADER_MAIN', 'LEADER_DEPUTY', 'FUNC_DEPT', 'UNIT_ADMIN'];

// 年度目标 (routes/targets.ts). Scope inside each route: docs/decisions/0007-targets.md.
/** Read targets: each within its scope (unit roles: own unit; deputy: portfolio; FUNC_DEPT: the types it owns). */
export const TARGET_READERS: readonly Role[] = ['LEADER_MAIN', 'LEADER_DEPUTY', 'FUNC_DEPT', 'PERF_OFFICE', 'UNIT_ADMIN', 'UNIT_STAFF'];
/** Create, edit, submit and start a revision: a unit for itself (申报), a department for its types, the office for all. */
export const TARGET_DRAFTERS: readonly Role[] = ['FUNC_DEPT', 'PERF_OFFICE', 'UNIT_ADMIN'];
/** Approve and return: a department for its types, the office for all. */
export const TARGET_REVIEWERS: readonly Role[] = ['FUNC_DEPT', 'PERF_OFFICE'];
/** Publish (发布): the performance office only. */
export const TARGET_PUBLISHERS: readonly Role[] = ['PERF_OFFICE'];
/** Assign one template to many units (下达): departments (own types) and the office. */
export const TARGET_ASSIGNERS: readonly Role[] = ['FUNC_DEPT', 'PERF_OFFICE'];
/** Set special tasks (专项工作) and decompose them to units: the main leader and the office. */
export const SPECIAL_TASK_CREATORS: readonly Role[] = ['LEADER_MAIN', 'PERF_OFFICE'];

