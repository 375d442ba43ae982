import { ROLES, type Role } from './roles.ts';

/** Everyone who works with business or base data: all roles but the security auditor (三权分立). */
export const BUSINESS_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'AUDITOR');
export const ADMIN: readonly Role[] = ['SYS_ADMIN'];
export const AUDITOR: readonly Role[] = ['AUDITOR'];
/**
 * Who prepares the yearly framework (目标绩效办 "制定各类目标框架"): categories, 考核对象, the indicator tree and its weights,
 * copying a year, each target type's reporting rhythm. Decision 0029.
 */
export const FRAMEWORK_EDITORS: readonly Role[] = ['PERF_OFFICE'];
/**
 * The catalogue of target types (考核类型维护: code, name, owning department, active) is base data the administrator keeps
 * with the office; only the office sets a type's reporting rhythm (checked in the service). Decision 0029.
 */
export const TARGET_TYPE_KEEPERS: readonly Role[] = ['SYS_ADMIN', 'PERF_OFFICE'];
/** Draft changes to the indicator subtree of the types a department owns (按权限制定目标体系), for the office to accept. */
export const FRAMEWORK_PROPOSERS: readonly Role[] = ['FUNC_DEPT'];
/** Read framework proposals: the department its own types', the office all. */
export const FRAMEWORK_PROPOSAL_READERS: readonly Role[] = ['FUNC_DEPT', 'PERF_OFFICE'];
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

// 目标执行 (routes/execution.ts). Scope inside each route: docs/decisions/0009-execution.md.
/** Read progress reports and warnings: the target readers, each within its target scope. */
export const EXECUTION_READERS: readonly Role[] = TARGET_READERS;
/** Report progress (进展报告): the unit admin for its unit's targets, a responsible person (UNIT_STAFF) for the targets decomposed to them. */
export const PROGRESS_REPORTERS: readonly Role[] = ['UNIT_ADMIN', 'UNIT_STAFF'];
/** Comment (点评) and issue supervision orders (督办): leaders (the deputy its portfolio), departments (own types), the office. */
export const SUPERVISORS: readonly Role[] = ['LEADER_MAIN', 'LEADER_DEPUTY', 'FUNC_DEPT', 'PERF_OFFICE'];
/** Respond to a supervision order: the unit admin of the target's unit. */
export const ORDER_RESPONDERS: readonly Role[] = ['UNIT_ADMIN'];

// 工作文档 (routes/documents.ts). Scope inside each route: docs/decisions/0008-document-uploads.md.
/** Upload a Word document or a new version: the unit admin of the target's unit, its responsible people, the office. */
export const DOCUMENT_UPLOADERS: readonly Role[] = ['PERF_OFFICE', 'UNIT_ADMIN', 'UNIT_STAFF'];
/** List, read and download documents: whoever may read the target they belong to. */
export const DOCUMENT_READERS: readonly Role[] = TARGET_READERS;

// 绩效管理 (routes/assessment-*.ts).
/** Read the assessment periods and processes: the leaders, the departments that assess, the office. */
export const ASSESSMENT_READERS: readonly Role[] = ['LEADER_MAIN', 'LEADER_DEPUTY', 'FUNC_DEPT', 'PERF_OFFICE'];
/** Maintain periods, open, close and reset processes, name the assessing departments: the performance office. */
export const ASSESSMENT_ORGANISERS: readonly Role[] = ['PERF_OFFICE'];
/** The 评分表 and records: the departments that assess (their own), the office (all). */
export const ASSESSMENT_RECORD_READERS: readonly Role[] = ['FUNC_DEPT', 'PERF_OFFICE'];
/** Write, submit, revise and void records: the assessing department, and the office on its behalf. */
export const ASSESSMENT_RECORD_WRITERS: readonly Role[] = ['FUNC_DEPT', 'PERF_OFFICE'];
/** A unit's own published scores (本单位考核结果): its admin (every target of the unit), its staff (those decomposed to them). */
export const ASSESSMENT_SCORE_VIEWERS: readonly Role[] = ['UNIT_ADMIN', 'UNIT_STAFF'];
/** File 加减分 lines (with evidence): the departments and the office; the office approves. */
export const ADJUSTMENT_FILERS: readonly Role[] = ['FUNC_DEPT', 'PERF_OFFICE'];
/** Who may rate (评价): the leaders, the 绩效委 members (leaders, departments, the office) and the units' admins (互评); each only as the roster names them. */
export const RATERS: readonly Role[] = ['LEADER_MAIN', 'LEADER_DEPUTY', 'FUNC_DEPT', 'PERF_OFFICE', 'UNIT_ADMIN'];
/** Read the rater roster and its progress (who has not rated yet, never the levels): the main leader and the office. */
export const RATING_OVERSEERS: readonly Role[] = ['LEADER_MAIN', 'PERF_OFFICE'];

// 汇总结果, 考核通报, 申诉, 考核数据审计 (routes/results.ts, bulletins.ts, appeals.ts, data-audit.ts); decision 0019.
/** Run the batch summary, review draft results and receipts, waive missing inputs, publish: the performance office. */
export const RESULT_OFFICERS: readonly Role[] = ['PERF_OFFICE'];
/**
 * Read published bulletins, each within its scope: leaders all (the deputy its portfolio), departments the ranking and
 * the scores of their target types' categories, units the ranking of their own category and their own receipt.
 */
export const BULLETIN_READERS: readonly Role[] = ['LEADER_MAIN', 'LEADER_DEPUTY', 'FUNC_DEPT', 'PERF_OFFICE', 'UNIT_ADMIN'];
/** A unit's 考核成绩 page and its appeals: the unit's admin. */
export const UNIT_RESULT_VIEWERS: readonly Role[] = ['UNIT_ADMIN'];
/** File an appeal (申诉) and upload its evidence: the unit's admin, within the window. */
export const APPELLANTS: readonly Role[] = ['UNIT_ADMIN'];
/** Read appeals: the office (all), a unit's admin (its own). */
export const APPEAL_READERS: readonly Role[] = ['PERF_OFFICE', 'UNIT_ADMIN'];
/** Read the 法定节假日 list the appeal window counts around: whoever sees appeals. */
export const HOLIDAY_READERS: readonly Role[] = ['PERF_OFFICE', 'UNIT_ADMIN'];
