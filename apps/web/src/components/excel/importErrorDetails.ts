import { ApiError, ImportErrorDetailsSchema, type ImportErrorDetails } from '@jx/contract';

/** The per-row problems of a rejected import (bad rows: 400; rows beyond the caller's scope: 403), when the error is one. */
export function importErrorDetails(error: unknown): ImportErrorDetails | null {
  if (!(error instanceof ApiError) || (error.code !== 'VALIDATION_FAILED' && error.code !== 'FORBIDDEN')) return null;
  const parsed = ImportErrorDetailsSchema.safeParse(error.details);
  return parsed.success ? parsed.data : null;
}
