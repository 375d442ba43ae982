import type { z } from 'zod';
import type { listTargets } from '@jx/contract';
import type { Prisma } from '@jx/db';
import type { Db } from '../../lib/db.ts';
import type { Actor } from '../../lib/context.ts';
import { columnScope } from '../execution/state/state-scope.ts';
import { tallyFilterWhere } from '../execution/state/tally-rows.ts';

type ListQuery = z.output<NonNullable<typeof listTargets.query>>;

/**
 * How many targets the list matches. Filtered by year, unit and type only, and with a scope of units and types (not a
 * 责任人's), it is the sum of the maintained tallies (decision 0022: a row per year, unit, type and level, kept in the
 * same transaction as the targets), a few hundred rows whatever the province's size; any other filter counts the
 * matching targets themselves.
 */
export async function targetTotal(db: Db, actor: Actor, q: ListQuery, where: Prisma.TargetWhereInput): Promise<number> {
  const scope = columnScope(actor);
  const onTallyColumns = !q.indicatorId && !q.specialTaskId && !q.status && !q.origin && !q.q;
  if (!scope || !onTallyColumns) return db.target.count({ where });
  const sum = await db.targetStateTally.aggregate({ where: { AND: [tallyFilterWhere(q), scope] }, _sum: { targets: true } });
  return sum._sum.targets ?? 0;
}
