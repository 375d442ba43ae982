import type { EntityName } from '@jx/contract';
import { ForbiddenError, NotFoundError, t } from '../errors.ts';

/**
 * Load it or say why not: the row as read within the actor's scope; when the scoped read finds nothing, 403 if the row
 * exists outside the scope (the refusal is audited) and 404 if it does not exist at all. Each policy module wraps it
 * for its resource (`findReadableTarget`, `findReadableOrder`, …) with its scope `where`.
 */
export async function findReadable<T>(entity: EntityName, scoped: Promise<T | null>, exists: () => Promise<number>): Promise<T> {
  const row = await scoped;
  if (row) return row;
  if (await exists()) throw new ForbiddenError(t('common.notVisible', { entity }));
  throw new NotFoundError(entity);
}
