import { Prisma } from '@jx/db';
import type { Db } from '../../lib/db.ts';
import type { Actor } from '../../lib/context.ts';
import { columnScopeSql } from '../execution/state/state-scope-sql.ts';
import { targetReadWhere } from '../targets/target.policy.ts';

/**
 * The actor's read scope as a condition on a row aliased `alias` that carries a target's unit and type and names the
 * target in `idColumn`: the column scope where it can be said on units and types, otherwise (a 责任人) the few targets
 * the target policy lets them read.
 */
export async function readableScopeSql(db: Db, actor: Actor, alias: string, idColumn = 'targetId'): Promise<Prisma.Sql> {
  const scope = columnScopeSql(actor, alias);
  if (scope) return scope;
  const ids = (await db.target.findMany({ where: targetReadWhere(actor), select: { id: true } })).map((t) => t.id);
  return Prisma.sql`${Prisma.raw(`${alias}."${idColumn}"`)} = ANY(${ids}::uuid[])`;
}
