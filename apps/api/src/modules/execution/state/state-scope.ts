import type { Prisma } from '@jx/db';
import type { Actor } from '../../../lib/context.ts';
import { targetReadWhere } from '../../targets/target.policy.ts';

/** The target policy as a condition on state rows: no condition for those who read everything, else through the target. */
export function stateReadWhere(actor: Actor): Prisma.TargetStateWhereInput {
  const where = targetReadWhere(actor);
  return Object.keys(where).length ? { target: where } : {};
}
