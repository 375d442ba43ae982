import type { EXECUTION_MESSAGES } from '@jx/contract';

/** Execution: progress reports, supervision orders and comments, work documents and uploads. */
export const execution: Record<keyof typeof EXECUTION_MESSAGES, string> = {
  'documents.versionNotFound': 'Version {version} not found',
};
