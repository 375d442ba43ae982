/** Execution: progress reports, supervision orders and comments, work documents and uploads. */
export const EXECUTION_MESSAGES = {
  'documents.versionNotFound': '第 {version} 版不存在',
} as const;
