/** Query-key factories, one per area. Invalidate an area with its `all` key. */
export const unitKeys = {
  all: ['units'] as const,
  tree: (includeInactive: boolean) => ['units', 'tree', { includeInactive }] as const,
  targetTypes: () => ['units', 'target-types'] as const,
};

export const yearKeys = {
  all: ['years'] as const,
  list: () => ['years', 'list'] as const,
};

export const categoryKeys = {
  all: ['categories'] as const,
  list: (yearId: string) => ['categories', 'list', yearId] as const,
  assessed: (yearId: string, categoryId?: string) => ['categories', 'assessed', yearId, categoryId ?? null] as const,
};

/** The indicator tree of a year (年度目标框架). Target types live under `unitKeys.targetTypes()`. */
export const indicatorKeys = {
  all: ['indicators'] as const,
  tree: (yearId: string) => ['indicators', 'tree', yearId] as const,
};

export const personKeys = {
  all: ['persons'] as const,
  list: (query: object) => ['persons', 'list', query] as const,
  detail: (id: string) => ['persons', 'detail', id] as const,
};

export const accountKeys = {
  all: ['accounts'] as const,
  list: (query: object) => ['accounts', 'list', query] as const,
  detail: (id: string) => ['accounts', 'detail', id] as const,
};

export const announcementKeys = {
  all: ['announcements'] as const,
  list: (query: object) => ['announcements', 'list', query] as const,
};

export const settingKeys = {
  all: ['settings'] as const,
  list: () => ['settings', 'list'] as const,
  /** Public system info (the configured system name): under `settings`, so saving a setting refreshes it. */
  systemInfo: () => ['settings', 'system-info'] as const,
  /** The settings every signed-in user reads (report due day, warning thresholds). */
  public: () => ['settings', 'public'] as const,
};

export const auditKeys = {
  all: ['audit'] as const,
  events: (query: object) => ['audit', 'events', query] as const,
  logins: (query: object) => ['audit', 'logins', query] as const,
  auditorAccounts: ['audit', 'auditorAccounts'] as const,
};

/** 年度目标: lists, details, revision diffs; special tasks under their own key. */
export const targetKeys = {
  all: ['targets'] as const,
  list: (query: object) => ['targets', 'list', query] as const,
  detail: (id: string) => ['targets', 'detail', id] as const,
  diff: (id: string, from: number, to: number) => ['targets', 'diff', id, from, to] as const,
};

export const specialTaskKeys = {
  all: ['special-tasks'] as const,
  list: (yearId: string) => ['special-tasks', 'list', yearId] as const,
};

/** 站内消息: the current account's messages and its unread count. */
export const notificationKeys = {
  all: ['notifications'] as const,
  list: (query: object) => ['notifications', 'list', query] as const,
  unreadCount: () => ['notifications', 'unread-count'] as const,
};

/** 预警中心: target warnings of a year with the per-level counts. */
export const warningKeys = {
  all: ['warnings'] as const,
  list: (query: object) => ['warnings', 'list', query] as const,
  target: (id: string) => ['warnings', 'target', id] as const,
};

/** 统计分析: a year's execution statistics per grouping. */
export const statisticsKeys = {
  all: ['statistics'] as const,
  overview: (yearId: string, groupBy: string, filter: object = {}) => ['statistics', 'overview', yearId, groupBy, filter] as const,
  trend: (query: object) => ['statistics', 'trend', query] as const,
  completion: (query: object) => ['statistics', 'completion', query] as const,
  activity: (yearId: string) => ['statistics', 'activity', yearId] as const,
  heatmap: (yearId: string, targetTypeId: string, categoryId = '') => ['statistics', 'heatmap', yearId, targetTypeId, categoryId] as const,
  specialTasks: (yearId: string) => ['statistics', 'special-tasks', yearId] as const,
};

/** 点评 / 督办: a target's comments, supervision-order lists, the report periods a comment or order may name. */
export const supervisionKeys = {
  all: ['supervision'] as const,
  comments: (targetId: string) => ['supervision', 'comments', targetId] as const,
  orders: (query: object) => ['supervision', 'orders', query] as const,
  urges: (orderId: string) => ['supervision', 'urges', orderId] as const,
  /** Under `reports`, so whatever refreshes the progress reports refreshes these too. */
  targetReports: (targetId: string) => ['reports', 'for-target', targetId] as const,
};

/** 进展报告: a target's reports (the same key as `supervisionKeys.targetReports`), the paged list, one report. */
export const reportKeys = {
  all: ['reports'] as const,
  forTarget: (targetId: string) => ['reports', 'for-target', targetId] as const,
  list: (query: object) => ['reports', 'list', query] as const,
  detail: (id: string) => ['reports', 'detail', id] as const,
  pending: (yearId: string) => ['reports', 'pending', yearId] as const,
};

/** 工作文档: the documents of a target or a report, one document (a version of it). */
export const documentKeys = {
  all: ['documents'] as const,
  forTarget: (targetId: string) => ['documents', 'target', targetId] as const,
  forReport: (reportId: string) => ['documents', 'report', reportId] as const,
  detail: (id: string, version: number | undefined) => ['documents', 'detail', id, version ?? null] as const,
};
