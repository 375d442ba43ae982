import { Prisma } from '@jx/db';
import type { Actor } from '../../../lib/context.ts';

/**
 * `columnScope` as SQL on a TargetState (or tally) row aliased `alias`, for the hot reads written in SQL: the same
 * union of the same role conditions (a test holds the two to the same rows for every account). Null where
 * `columnScope` is null (a 责任人).
 */
export function columnScopeSql(actor: Actor, alias: string): Prisma.Sql | null {
  const col = (name: string) => Prisma.raw(`${alias}."${name}"`);
  if (actor.roles.some((r) => r === 'LEADER_MAIN' || r === 'PERF_OFFICE')) return Prisma.sql`TRUE`;
  const or: Prisma.Sql[] = [];
  if (actor.roles.includes('FUNC_DEPT') && actor.unitId)
    or.push(Prisma.sql`${col('targetTypeId')} IN (SELECT "id" FROM "TargetType" WHERE "ownerUnitId" = ${actor.unitId}::uuid)`);
  if (actor.roles.includes('LEADER_DEPUTY')) {
    if (actor.portfolioUnitIds.length) or.push(Prisma.sql`${col('unitId')} = ANY(${actor.portfolioUnitIds}::uuid[])`);
    if (actor.portfolioTargetTypeIds.length) or.push(Prisma.sql`${col('targetTypeId')} = ANY(${actor.portfolioTargetTypeIds}::uuid[])`);
  }
  if (actor.roles.includes('UNIT_ADMIN') && actor.unitId) or.push(Prisma.sql`${col('unitId')} = ${actor.unitId}::uuid`);
  else if (actor.roles.includes('UNIT_STAFF') && actor.unitId && actor.personId) return null;
  return or.length ? Prisma.sql`(${Prisma.join(or, ' OR ')})` : Prisma.sql`FALSE`;
}
