import { Prisma } from '@jx/db';
import type { Actor } from '../../../lib/context.ts';
import { hasRole } from '../../../lib/context.ts';

/**
 * Which published results (BulletinUnit rows aliased `alias`) a caller reads in 决策分析: leaders and the office all,
 * a deputy the units of its portfolio (so its counts leave out the others), a department the categories its target
 * types apply to, a unit's admin its own unit. One condition of each query.
 */
export function rankingScopeSql(actor: Actor, alias: string): Prisma.Sql {
  const col = (name: string) => Prisma.raw(`${alias}."${name}"`);
  if (hasRole(actor, 'LEADER_MAIN', 'PERF_OFFICE')) return Prisma.sql`TRUE`;
  const or: Prisma.Sql[] = [];
  if (hasRole(actor, 'FUNC_DEPT') && actor.unitId)
    or.push(Prisma.sql`${col('categoryId')} IN (
      SELECT ctt."categoryId" FROM "CategoryTargetType" ctt JOIN "TargetType" tt ON tt."id" = ctt."targetTypeId"
      WHERE tt."ownerUnitId" = ${actor.unitId}::uuid)`);
  if (hasRole(actor, 'LEADER_DEPUTY') && actor.portfolioUnitIds.length) or.push(Prisma.sql`${col('unitId')} = ANY(${actor.portfolioUnitIds}::uuid[])`);
  if (hasRole(actor, 'UNIT_ADMIN') && actor.unitId) or.push(Prisma.sql`${col('unitId')} = ${actor.unitId}::uuid`);
  return or.length ? Prisma.sql`(${Prisma.join(or, ' OR ')})` : Prisma.sql`FALSE`;
}

/** Whether the caller reads other units' scores as such (a unit reads its category's mean only when the bulletin shows units each other's scores). */
export const readsOthersScores = (actor: Actor) => hasRole(actor, 'LEADER_MAIN', 'LEADER_DEPUTY', 'FUNC_DEPT', 'PERF_OFFICE');
