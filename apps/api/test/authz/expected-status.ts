import type { Role } from '@jx/contract';

/**
 * Who may call what, written by hand from the product rules (DESIGN §1 and §5), NOT derived from the
 * contract's `access` lists — so a wrong `access` list makes authz.test.ts fail.
 *
 * - SYS_ADMIN keeps base data (units, people, accounts, years, announcements, settings); never the audit logs.
 * - AUDITOR reads the login and change logs and verifies the chain; nothing else, not even units or years.
 *   Its own session and profile (me, logout, password, display name, second factor) and the announcements on the home
 *   page every user lands on are not business data, so it keeps those.
 * - PERF_OFFICE prepares the yearly framework (categories, 考核对象, the indicator tree and its weights, copying a
 *   year's framework, each target type's reporting rhythm): 目标绩效办 "制定各类目标框架" (system-planning 1.1.1, decision
 *   0029). SYS_ADMIN keeps the catalogue of target types (考核类型维护, 1.1.2 (1)): code, name, owning department, active,
 *   deleting an unused one — but not the rhythm (403 in the service; framework/target-types.test.ts).
 *   Who assesses a type (assessors.set) is an assessment matter: the office alone.
 * - A department (FUNC_DEPT) drafts changes to the indicator subtree of its own types as proposals (按权限制定目标体系,
 *   1.1.3 (1)) and may withdraw its own; the office reads all proposals and accepts or rejects them; the department reads
 *   its own types'. The recipes propose under 安全生产, which safety owns.
 * - Every business role reads the indicator tree (targets hang on it); AUDITOR does not.
 * - The people register (persons.list/get) is for those who manage or supervise units; a responsible person
 *   (UNIT_STAFF) only reports on their own targets and does not browse the register.
 * - Unit roles and the deputy read within their scope (checked in scope.test.ts); the requests here stay in
 *   scope (a 成都 person, the seed year), so an allowed role gets 200.
 * - Anonymous callers: 401 everywhere but health and login (public). A refresh without the cookie is 401.
 *
 * - Targets (年度目标): units declare their own (UNIT_ADMIN), FUNC_DEPT drafts and reviews the types it owns, PERF_OFFICE
 *   reviews and publishes all; leaders read (the deputy its portfolio), UNIT_STAFF (责任人) only the targets decomposed
 *   to its person, with their reports, documents and orders (the recipes make staff.chengdu one; scope.test.ts checks
 *   the others are out of reach); SYS_ADMIN and AUDITOR have no part in it. Special tasks are set by the main leader or the office (issue 3). The requests use a
 *   成都 安全生产 target, which is in scope for unit.chengdu, safety (owns 安全生产) and the deputy (成都 in portfolio).
 *
 * - Execution (目标执行): progress reports are written by the unit — its UNIT_ADMIN, and a UNIT_STAFF who is a responsible
 *   person of the target (the recipes make staff.chengdu one); leaders, departments and the office read them and the
 *   warning centre within the target scope, and do not write them. SYS_ADMIN and AUDITOR have no part in it.
 *   Comments and supervision orders (点评 / 督办) come from leaders (the deputy its portfolio), departments (own types) and the
 *   office; the unit admin responds to an order; its issuer (or the office) closes it or rejects the response — the
 *   recipes let each caller act on an order it issued itself.
 *
 * - Notifications (站内消息): every signed-in account reads and marks its own, and only its own (another account's row is
 *   404); AUDITOR and SYS_ADMIN are sent none, so they simply see an empty list. The recipes mark a row of the caller's.
 *
 * - Assessment (绩效管理): the office keeps the periods (考核时机) and opens, closes and resets the processes (考核流程);
 *   leaders and the departments read them (a department sees how far its own records are); units do not.
 *
 * Columns: anonymous, then the eight roles.
 */
export const CALLERS = [
  'ANONYMOUS',
  'LEADER_MAIN',
  'LEADER_DEPUTY',
  'FUNC_DEPT',
  'PERF_OFFICE',
  'SYS_ADMIN',
  'AUDITOR',
  'UNIT_ADMIN',
  'UNIT_STAFF',
] as const satisfies readonly (Role | 'ANONYMOUS')[];
export type Caller = (typeof CALLERS)[number];

type Row = readonly [
  anon: number,
  leader: number,
  deputy: number,
  funcDept: number,
  perf: number,
  admin: number,
  auditor: number,
  unitAdmin: number,
  unitStaff: number,
];

// prettier-ignore
const TABLE: Record<string, Row> = {
  //                          anon  LEAD  DEP  FUNC PERF ADMIN AUD  UADM USTF
  'health':                  [200,  200,  200, 200, 200, 200,  200, 200, 200],
  'system.info':             [200,  200,  200, 200, 200, 200,  200, 200, 200],

  'auth.login':              [200,  200,  200, 200, 200, 200,  200, 200, 200],
  'auth.refresh':            [401,  200,  200, 200, 200, 200,  200, 200, 200],
  'auth.logout':             [401,  200,  200, 200, 200, 200,  200, 200, 200],
  'auth.changePassword':     [401,  200,  200, 200, 200, 200,  200, 200, 200],
  'auth.me':                 [401,  200,  200, 200, 200, 200,  200, 200, 200],
  'auth.updateMe':           [401,  200,  200, 200, 200, 200,  200, 200, 200],
  'auth.totpSetup':          [401,  200,  200, 200, 200, 200,  200, 200, 200],
  'auth.totpEnable':         [401,  200,  200, 200, 200, 200,  200, 200, 200],
  'auth.totpDisable':        [401,  200,  200, 200, 200, 200,  200, 200, 200],

  'units.tree':              [401,  200,  200, 200, 200, 200,  403, 200, 200],
  'units.create':            [401,  403,  403, 403, 403, 201,  403, 403, 403],
  'units.update':            [401,  403,  403, 403, 403, 200,  403, 403, 403],
  'units.deactivate':        [401,  403,  403, 403, 403, 200,  403, 403, 403],
  'units.activate':          [401,  403,  403, 403, 403, 200,  403, 403, 403],
  'targetTypes.list':        [401,  200,  200, 200, 200, 200,  403, 200, 200],

  'years.list':              [401,  200,  200, 200, 200, 200,  403, 200, 200],
  'years.create':            [401,  403,  403, 403, 403, 201,  403, 403, 403],
  'years.update':            [401,  403,  403, 403, 403, 200,  403, 403, 403],
  'categories.list':         [401,  200,  200, 200, 200, 200,  403, 200, 200],
  'categories.create':       [401,  403,  403, 403, 201, 403,  403, 403, 403],
  'categories.update':       [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'categories.delete':       [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'assessedUnits.list':      [401,  200,  200, 200, 200, 200,  403, 200, 200],
  'assessedUnits.add':       [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'assessedUnits.remove':    [401,  403,  403, 403, 200, 403,  403, 403, 403],

  'indicators.tree':         [401,  200,  200, 200, 200, 200,  403, 200, 200],
  'indicators.create':       [401,  403,  403, 403, 201, 403,  403, 403, 403],
  'indicators.update':       [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'indicators.delete':       [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'indicators.rebalance':    [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'years.copyFramework':     [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'targetTypes.create':      [401,  403,  403, 403, 201, 201,  403, 403, 403],
  'targetTypes.update':      [401,  403,  403, 403, 200, 200,  403, 403, 403],
  'targetTypes.delete':      [401,  403,  403, 403, 200, 200,  403, 403, 403],
  'frameworkProposals.list':     [401,  403,  403, 200, 200, 403,  403, 403, 403],
  'frameworkProposals.create':   [401,  403,  403, 201, 403, 403,  403, 403, 403],
  'frameworkProposals.accept':   [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'frameworkProposals.reject':   [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'frameworkProposals.withdraw': [401,  403,  403, 200, 403, 403,  403, 403, 403],

  // 绩效管理: leaders and the departments that assess read the periods and processes; the office runs them.
  'assessmentPeriods.list':       [401,  200,  200, 200, 200, 403,  403, 403, 403],
  'assessmentPeriods.create':     [401,  403,  403, 403, 201, 403,  403, 403, 403],
  'assessmentPeriods.update':     [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'assessmentPeriods.delete':     [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'assessmentProcesses.open':     [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'assessmentProcesses.close':    [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'assessmentProcesses.reset':    [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'assessors.list':               [401,  200,  200, 200, 200, 403,  403, 403, 403],
  'assessors.set':                [401,  403,  403, 403, 200, 403,  403, 403, 403],
  // 考核记录: the assessing department (safety, for its 安全生产 targets) and the office; the office alone archives and returns.
  'records.grid':                 [401,  403,  403, 200, 200, 403,  403, 403, 403],
  'records.save':                 [401,  403,  403, 200, 200, 403,  403, 403, 403],
  'records.submit':               [401,  403,  403, 200, 200, 403,  403, 403, 403],
  'records.revise':               [401,  403,  403, 200, 200, 403,  403, 403, 403],
  'records.void':                 [401,  403,  403, 200, 200, 403,  403, 403, 403],
  'records.archive':              [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'records.return':               [401,  403,  403, 403, 200, 403,  403, 403, 403],
  // The 评分表's Excel template and import: whoever may save records (the department its own rows, the office any).
  'records.template':             [401,  403,  403, 200, 200, 403,  403, 403, 403],
  'records.import':               [401,  403,  403, 200, 200, 403,  403, 403, 403],
  // 本单位考核结果: a unit's own published scores — its admin, and a responsible person their own targets'; nobody else.
  'records.mine':                 [401,  403,  403, 403, 403, 403,  403, 200, 200],
  'records.mineExport':           [401,  403,  403, 403, 403, 403,  403, 200, 200],
  'scoringModels.list':           [401,  200,  200, 200, 200, 403,  403, 403, 403],
  'scoringModels.versions':       [401,  200,  200, 200, 200, 403,  403, 403, 403],
  'scoringModels.create':         [401,  403,  403, 403, 201, 403,  403, 403, 403],
  'scoringModels.update':         [401,  403,  403, 403, 200, 403,  403, 403, 403],
  // The what-if preview's inputs name every rater: the office only (part 2 shows raters' identities to it alone).
  'scoringModels.previewInputs':  [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'adjustmentCategories.list':    [401,  200,  200, 200, 200, 403,  403, 403, 403],
  'adjustments.list':             [401,  200,  200, 200, 200, 403,  403, 403, 403],
  'adjustments.file':             [401,  403,  403, 201, 201, 403,  403, 403, 403],
  'adjustments.approve':          [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'adjustments.reject':           [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'adjustmentCategories.create':  [401,  403,  403, 403, 201, 403,  403, 403, 403],
  'adjustmentCategories.update':  [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'adjustments.export':           [401,  200,  200, 200, 200, 403,  403, 403, 403],
  'adjustments.uploadEvidence':   [401,  403,  403, 201, 201, 403,  403, 403, 403],
  // 评价: the office sets the roster (the main leader follows its progress, never the levels); whoever the roster names
  // rates (leaders, 绩效委 members from the departments and the office, units' admins as peers), each only its own
  // slots — the recipes put each caller on a roster; the office alone lists individual ratings, returns one, and
  // imports the public survey; the results of the survey are read like the rest of the assessment.
  'ratingScales.list':            [401,  200,  200, 200, 200, 403,  403, 200, 403],
  'raters.list':                  [401,  200,  403, 403, 200, 403,  403, 403, 403],
  'raters.candidates':            [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'raters.set':                   [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'ratings.mine':                 [401,  200,  200, 200, 200, 403,  403, 200, 403],
  'ratings.save':                 [401,  200,  200, 200, 200, 403,  403, 200, 403],
  'ratings.submit':               [401,  200,  200, 200, 200, 403,  403, 200, 403],
  'ratings.list':                 [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'ratings.return':               [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'publicSurvey.template':        [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'publicSurvey.import':          [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'importedValues.list':          [401,  200,  200, 200, 200, 403,  403, 403, 403],

  'targets.list':            [401,  200,  200, 200, 200, 403,  403, 200, 200],
  'targets.get':             [401,  200,  200, 200, 200, 403,  403, 200, 200],
  'targets.create':          [401,  403,  403, 201, 201, 403,  403, 201, 403],
  'targets.update':          [401,  403,  403, 200, 200, 403,  403, 200, 403],
  'targets.submit':          [401,  403,  403, 200, 200, 403,  403, 200, 403],
  'targets.approve':         [401,  403,  403, 200, 200, 403,  403, 403, 403],
  'targets.return':          [401,  403,  403, 200, 200, 403,  403, 403, 403],
  'targets.publish':         [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'targets.revise':          [401,  403,  403, 200, 200, 403,  403, 200, 403],
  'targets.revisionDiff':    [401,  200,  200, 200, 200, 403,  403, 200, 200],
  'targets.bulkApprove':     [401,  403,  403, 200, 200, 403,  403, 403, 403],
  'targets.bulkReturn':      [401,  403,  403, 200, 200, 403,  403, 403, 403],
  'targets.bulkPublish':     [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'targets.cancelRevision':  [401,  403,  403, 200, 200, 403,  403, 200, 403],
  'targets.delete':          [401,  403,  403, 200, 200, 403,  403, 200, 403],
  'targets.bulkAssign':      [401,  403,  403, 201, 201, 403,  403, 403, 403],
  'specialTasks.list':       [401,  200,  200, 200, 200, 403,  403, 200, 200],
  'specialTasks.create':     [401,  201,  403, 403, 201, 403,  403, 403, 403],
  // Excel: the template and the import are for whoever may create targets (a unit for itself, a department for its
  // types, the office); the recipe's row is a 成都 安全生产 target, which all three may draft. Exports are reads: every
  // target reader, within the same scope as the list it exports.
  'targets.importTemplate':  [401,  403,  403, 200, 200, 403,  403, 200, 403],
  'targets.import':          [401,  403,  403, 201, 201, 403,  403, 201, 403],
  'targets.export':          [401,  200,  200, 200, 200, 403,  403, 200, 200],
  'targets.responsibilityLetter': [401, 200, 200, 200, 200, 403, 403, 200, 200],

  // 工作文档: uploaded by the unit admin, the target's responsible people (the recipe makes staff.chengdu one) and the
  // office; read by whoever reads the target. Leaders and departments read and comment but do not upload evidence.
  'documents.uploadToTarget': [401, 403,  403, 403, 201, 403,  403, 201, 201],
  'documents.uploadToReport': [401, 403,  403, 403, 201, 403,  403, 201, 201],
  'documents.uploadVersion': [401,  403,  403, 403, 201, 403,  403, 201, 201],
  'documents.listForTarget': [401,  200,  200, 200, 200, 403,  403, 200, 200],
  'documents.listForReport': [401,  200,  200, 200, 200, 403,  403, 200, 200],
  'documents.get':           [401,  200,  200, 200, 200, 403,  403, 200, 200],
  'documents.download':      [401,  200,  200, 200, 200, 403,  403, 200, 200],

  'reports.listForTarget':   [401,  200,  200, 200, 200, 403,  403, 200, 200],
  'reports.list':            [401,  200,  200, 200, 200, 403,  403, 200, 200],
  'reports.pending':         [401,  403,  403, 403, 403, 403,  403, 200, 200],
  // 首页工作队列: the department, the office, the administrator and the auditor each count their own share.
  'home.queue':              [401,  403,  403, 200, 200, 200,  200, 403, 403],
  'reports.get':             [401,  200,  200, 200, 200, 403,  403, 200, 200],
  'reports.submit':          [401,  403,  403, 403, 403, 403,  403, 201, 201],
  'reports.update':          [401,  403,  403, 403, 403, 403,  403, 200, 200],
  'warnings.list':           [401,  200,  200, 200, 200, 403,  403, 200, 200],
  'warnings.forTarget':      [401,  200,  200, 200, 200, 403,  403, 200, 200],
  'warnings.export':         [401,  200,  200, 200, 200, 403,  403, 200, 200],
  'reports.export':          [401,  200,  200, 200, 200, 403,  403, 200, 200],
  'comments.list':           [401,  200,  200, 200, 200, 403,  403, 200, 200],
  'comments.create':         [401,  201,  201, 201, 201, 403,  403, 403, 403],
  'orders.list':             [401,  200,  200, 200, 200, 403,  403, 200, 200],
  'orders.export':           [401,  200,  200, 200, 200, 403,  403, 200, 200],
  'orders.create':           [401,  201,  201, 201, 201, 403,  403, 403, 403],
  'orders.respond':          [401,  403,  403, 403, 403, 403,  403, 200, 403],
  'orders.close':            [401,  200,  200, 200, 200, 403,  403, 403, 403],
  'orders.reject':           [401,  200,  200, 200, 200, 403,  403, 403, 403],
  'orders.urge':             [401,  200,  200, 200, 200, 403,  403, 403, 403],
  'orders.urges':            [401,  200,  200, 200, 200, 403,  403, 200, 200],

  // 统计分析: the 决策分析 roles (leaders, departments, the office), each within its target scope; not units, not admin or auditor.
  'statistics.overview':     [401,  200,  200, 200, 200, 403,  403, 403, 403],
  'statistics.export':       [401,  200,  200, 200, 200, 403,  403, 403, 403],
  'statistics.trend':        [401,  200,  200, 200, 200, 403,  403, 200, 200],
  'statistics.completion':   [401,  200,  200, 200, 200, 403,  403, 403, 403],
  'statistics.activity':     [401,  200,  200, 200, 200, 403,  403, 403, 403],
  'statistics.heatmap':      [401,  200,  200, 200, 200, 403,  403, 403, 403],
  'statistics.specialTasks': [401,  200,  200, 200, 200, 403,  403, 403, 403],
  'statistics.rankings':     [401,  200,  200, 200, 200, 403,  403, 403, 403],
  'statistics.latestRankings': [401, 200, 200, 200, 200, 403,  403, 403, 403],
  'statistics.unitResults':  [401,  200,  200, 200, 200, 403,  403, 200, 403],

  // 汇总结果 (decision 0019): the office alone runs the batch summary, reviews draft results and receipts, waives, publishes.
  'results.run':             [401,  403,  403, 403, 201, 403,  403, 403, 403],
  'results.runStatus':       [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'results.get':             [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'results.receipt':         [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'results.waive':           [401,  403,  403, 403, 201, 403,  403, 403, 403],
  'results.unwaive':         [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'results.publish':         [401,  403,  403, 403, 201, 403,  403, 403, 403],
  // 考核通报: leaders, the departments (their types' categories), the office and the units (their own category) read
  // them, each in scope (bulletins.test.ts); the recipe's bulletin holds 成都, in every reader's scope. Not admin, auditor, staff.
  'bulletins.list':          [401,  200,  200, 200, 200, 403,  403, 200, 403],
  'bulletins.get':           [401,  200,  200, 200, 200, 403,  403, 200, 403],
  'bulletins.receipt':       [401,  200,  200, 200, 200, 403,  403, 200, 403],
  'bulletins.print':         [401,  200,  200, 200, 200, 403,  403, 200, 403],
  'bulletins.pdf':           [401,  200,  200, 200, 200, 403,  403, 200, 403],
  'bulletins.export':        [401,  200,  200, 200, 200, 403,  403, 200, 403],
  // A unit's 考核成绩 and its appeals: the unit's admin; the office reads and decides every appeal.
  'results.mine':            [401,  403,  403, 403, 403, 403,  403, 200, 403],
  'appeals.list':            [401,  403,  403, 403, 200, 403,  403, 200, 403],
  'appeals.file':            [401,  403,  403, 403, 403, 403,  403, 201, 403],
  'appeals.evidence':        [401,  403,  403, 403, 403, 403,  403, 201, 403],
  'appeals.accept':          [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'appeals.reject':          [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'holidays.list':           [401,  403,  403, 403, 200, 403,  403, 200, 403],
  'holidays.set':            [401,  403,  403, 403, 200, 403,  403, 403, 403],
  // 考核数据审计: the office alone audits the assessing departments (their logins and record activity); not the
  // departments themselves, not leaders, and not the security auditor (the login log there is the whole log, read-only).
  'dataAudit.departments':   [401,  403,  403, 403, 200, 403,  403, 403, 403],
  'dataAudit.activity':      [401,  403,  403, 403, 200, 403,  403, 403, 403],

  'persons.list':            [401,  200,  200, 200, 200, 200,  403, 200, 403],
  'persons.get':             [401,  200,  200, 200, 200, 200,  403, 200, 403],
  'persons.onboard':         [401,  403,  403, 403, 403, 201,  403, 403, 403],
  'persons.update':          [401,  403,  403, 403, 403, 200,  403, 403, 403],
  'persons.transfer':        [401,  403,  403, 403, 403, 200,  403, 403, 403],
  'persons.depart':          [401,  403,  403, 403, 403, 200,  403, 403, 403],
  // Excel: the template and the bulk 新进 are onboarding (the administrator); the export is a read of the list, in its scope.
  'persons.importTemplate':  [401,  403,  403, 403, 403, 200,  403, 403, 403],
  'persons.import':          [401,  403,  403, 403, 403, 201,  403, 403, 403],
  'persons.export':          [401,  200,  200, 200, 200, 200,  403, 200, 403],

  'accounts.list':           [401,  403,  403, 403, 403, 200,  403, 403, 403],
  'accounts.get':            [401,  403,  403, 403, 403, 200,  403, 403, 403],
  'accounts.create':         [401,  403,  403, 403, 403, 201,  403, 403, 403],
  'accounts.update':         [401,  403,  403, 403, 403, 200,  403, 403, 403],
  'accounts.setAccess':      [401,  403,  403, 403, 403, 200,  403, 403, 403],
  'accounts.disable':        [401,  403,  403, 403, 403, 200,  403, 403, 403],
  'accounts.enable':         [401,  403,  403, 403, 403, 200,  403, 403, 403],
  'accounts.unlock':         [401,  403,  403, 403, 403, 200,  403, 403, 403],
  'accounts.resetPassword':  [401,  403,  403, 403, 403, 200,  403, 403, 403],
  'accounts.resetTotp':      [401,  403,  403, 403, 403, 200,  403, 403, 403],

  'announcements.list':      [401,  200,  200, 200, 200, 200,  200, 200, 200],
  'announcements.create':    [401,  403,  403, 403, 403, 201,  403, 403, 403],
  'announcements.update':    [401,  403,  403, 403, 403, 200,  403, 403, 403],
  'announcements.publish':   [401,  403,  403, 403, 403, 200,  403, 403, 403],
  'announcements.withdraw':  [401,  403,  403, 403, 403, 200,  403, 403, 403],
  'announcements.delete':    [401,  403,  403, 403, 403, 200,  403, 403, 403],

  'notifications.list':      [401,  200,  200, 200, 200, 200,  200, 200, 200],
  'notifications.unreadCount': [401, 200, 200, 200, 200, 200,  200, 200, 200],
  'notifications.read':      [401,  200,  200, 200, 200, 200,  200, 200, 200],
  'notifications.readAll':   [401,  200,  200, 200, 200, 200,  200, 200, 200],

  'settings.list':           [401,  403,  403, 403, 403, 200,  403, 403, 403],
  'settings.update':         [401,  403,  403, 403, 403, 200,  403, 403, 403],
  // The few settings the UI shows every user (report due day, warning thresholds): configuration, not business data.
  'settings.public':         [401,  200,  200, 200, 200, 200,  200, 200, 200],

  'audit.events':            [401,  403,  403, 403, 403, 403,  200, 403, 403],
  'audit.verify':            [401,  403,  403, 403, 403, 403,  200, 403, 403],
  'audit.auditorAccounts':   [401,  403,  403, 403, 403, 403,  200, 403, 403],
  'audit.logins':            [401,  403,  403, 403, 403, 403,  200, 403, 403],
};

/** Expected HTTP status per route id and caller. */
export const EXPECTED_STATUS: Readonly<Record<string, Readonly<Record<Caller, number>>>> = Object.fromEntries(
  Object.entries(TABLE).map(([id, row]) => [id, Object.fromEntries(CALLERS.map((c, i) => [c, row[i]!])) as Record<Caller, number>]),
);
