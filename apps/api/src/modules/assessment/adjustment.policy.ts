import { hasAnyRole, readsAllAdjustments } from '@jx/contract';
import type { Prisma } from '@jx/db';
import type { Db, Tx } from '../../lib/db.ts';
import type { Actor } from '../../lib/context.ts';
import { findReadable } from '../../lib/policy/find-readable.ts';

/**
 * The 加减分 policy as a query: the office and the leaders read every line, a department (FUNC_DEPT) the lines its
 * unit filed, anyone else none. Its yes/no twin `canReadAdjustment` is in the contract (the web and the evidence rules).
 */
export function adjustmentReadWhere(actor: Actor): Prisma.AdjustmentWhereInput {
  if (readsAllAdjustments(actor)) return {};
  if (hasAnyRole(actor, 'FUNC_DEPT') && actor.unitId) return { filedByUnitId: actor.unitId };
  return { id: { in: [] } };
}

/** The line as read within the actor's scope: 404 when it does not exist, 403 (audited) when it is out of scope. */
export function findReadableAdjustment<A extends Omit<Prisma.AdjustmentFindFirstArgs, 'where'>>(db: Db | Tx, actor: Actor, id: string, args: A) {
  return findReadable(
    'adjustment',
    db.adjustment.findFirst({ ...args, where: { AND: [{ id }, adjustmentReadWhere(actor)] } }) as Promise<Prisma.AdjustmentGetPayload<A> | null>,
    () => db.adjustment.count({ where: { id } }),
  );
}
