import { Prisma } from '@jx/db';
import type { SupervisionOrder, SupervisionStatus } from '@jx/contract';
import type { Db } from '../../../lib/db.ts';
import type { Actor } from '../../../lib/context.ts';
import { columnScopeSql } from '../state/state-scope-sql.ts';

export interface OrderPageQuery {
  yearId?: string;
  unitId?: string;
  targetId?: string;
  /** Only the orders the actor issued. */
  mine?: 'true' | 'false';
  status?: SupervisionStatus;
  overdue?: 'true' | 'false';
  page: number;
  pageSize: number;
}

export interface OrderPage {
  items: SupervisionOrder[];
  total: number;
  counts: { OPEN: number; RESPONDED: number; CLOSED: number; overdue: number };
}

const utcIso = (column: string) => Prisma.raw(`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

/**
 * One page of 督办 and its counts in one statement. The orders carry their target's year, unit and type (copied and
 * kept by triggers), so the scope is a condition on the order's own columns; the counts per status and overdue are
 * taken over the scope and the year / unit / target filters, the total over the status and overdue filters too; only
 * the page's rows are joined to their target's title, unit name and issuer's name. `today` is Beijing's date
 * (`YYYY-MM-DD`): an order not yet closed and due before it is overdue. Null when the actor's scope cannot be said on
 * those columns (a 责任人); the caller then reads through the target policy.
 */
export async function orderPageSql(db: Db, actor: Actor, q: OrderPageQuery, today: string): Promise<OrderPage | null> {
  const scope = columnScopeSql(actor, 'o');
  if (!scope) return null;
  const scoped = [
    scope,
    ...(q.yearId ? [Prisma.sql`o."yearId" = ${q.yearId}::uuid`] : []),
    ...(q.unitId ? [Prisma.sql`o."unitId" = ${q.unitId}::uuid`] : []),
    ...(q.targetId ? [Prisma.sql`o."targetId" = ${q.targetId}::uuid`] : []),
    ...(q.mine === 'true' ? [Prisma.sql`o."issuedById" = ${actor.accountId}::uuid`] : []),
  ];
  const overdue = Prisma.sql`(o."status" <> 'CLOSED' AND o."dueDate" < ${today}::date)`;
  const filtered = [
    ...(q.status ? [Prisma.sql`o."status" = ${q.status}::"SupervisionStatus"`] : []),
    ...(q.overdue === 'true' ? [overdue] : q.overdue === 'false' ? [Prisma.sql`NOT ${overdue}`] : []),
  ];
  const shown = filtered.length ? Prisma.join(filtered, ' AND ') : Prisma.sql`TRUE`;
  const [row] = await db.$queryRaw<[OrderPage['counts'] & { total: number; items: Omit<SupervisionOrder, 'overdue'>[] }]>`
    WITH c AS (
      SELECT count(*) FILTER (WHERE o."status" = 'OPEN')::int AS "OPEN",
             count(*) FILTER (WHERE o."status" = 'RESPONDED')::int AS "RESPONDED",
             count(*) FILTER (WHERE o."status" = 'CLOSED')::int AS "CLOSED",
             count(*) FILTER (WHERE ${overdue})::int AS "overdue",
             count(*) FILTER (WHERE ${shown})::int AS "total"
      FROM "SupervisionOrder" o WHERE ${Prisma.join(scoped, ' AND ')}
    ), p AS (
      SELECT o.* FROM "SupervisionOrder" o WHERE ${Prisma.join([...scoped, shown], ' AND ')}
      ORDER BY o."dueDate" ASC, o."id" ASC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}
    )
    SELECT c.*, coalesce((
      SELECT json_agg(json_build_object(
               'id', p."id", 'targetId', p."targetId", 'targetTitle', t."title", 'unitId', t."unitId", 'unitName', u."name",
               'reportId', p."reportId", 'issuedById', p."issuedById", 'issuedByName', coalesce(a."displayName", ''),
               'instruction', p."instruction", 'dueDate', to_char(p."dueDate", 'YYYY-MM-DD'), 'status', p."status",
               'response', p."response", 'respondedAt', ${utcIso('p."respondedAt"')}, 'note', p."closeNote",
               'closedAt', ${utcIso('p."closedAt"')}, 'urgeCount', p."urgeCount", 'lastUrgedAt', ${utcIso('p."lastUrgedAt"')},
               'version', p."version", 'createdAt', ${utcIso('p."createdAt"')})
             ORDER BY p."dueDate" ASC, p."id" ASC)
      FROM p JOIN "Target" t ON t."id" = p."targetId" JOIN "Unit" u ON u."id" = t."unitId"
      LEFT JOIN "Account" a ON a."id" = p."issuedById"), '[]'::json) AS "items"
    FROM c`;
  const { items, total, ...counts } = row;
  return { items: items.map((o) => ({ ...o, overdue: o.status !== 'CLOSED' && o.dueDate < today })), total, counts };
}
