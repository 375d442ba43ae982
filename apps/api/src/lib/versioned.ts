import type { EntityName } from '@jx/contract';
import { VersionConflictError } from './errors.ts';

/**
 * Optimistic concurrency: an `updateMany` filtered by the version the caller saw changes nothing
 * when someone else got there first, and that becomes a 409.
 */
export function assertUpdated({ count }: { count: number }, entity: EntityName) {
  if (count === 0) throw new VersionConflictError(entity);
}
