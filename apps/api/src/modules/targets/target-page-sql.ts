import type { z } from 'zod';
import { Prisma } from '@jx/db';
import type { listTargets, TargetListItem } from '@jx/contract';
import type { Db } from '../../lib/db.ts';
import type { Actor } from '../../lib/context.ts';
import { columnScopeSql } from '../execution/state/state-scope-sql.ts';

type ListQuery = z.output<NonNullable<typeof listTargets.query>>;

const utcIso = (column: string) => Prisma.raw(`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

/** The sort key of each sortable column, named `k` in the page so the rows can be put back in order. */
const SORT_KEYS: Record<ListQuery['sort'], Prisma.Sql> = {
  title: Prisma.sql`t."title"`,
  deadline: Prisma.sql`t."deadline"`,
  maxScore: Prisma.sql`t."maxScore"`,
  status: Prisma.sql`t."status"`,
  updatedAt: Prisma.sql`t."updatedAt"`,
  unitName: Prisma.sql`(SELECT u."name" FROM "Unit" u WHERE u."id" = t."unitId")`,
};

/**
 * A page of the target list, its total and what each row shows beside its own columns (names, the warning level of
 * the maintained state), in one statement: the same rows, order and figures as the list read through the target policy
 * (a test holds the two equal for every account, filter, order and page). The total is the sum of the maintained
 * tallies when only year, unit and type filter the list (decision 0022), else a count of the matching targets. Null
 * when the actor's scope cannot be said on the target's unit and type columns (a 责任人).
 */
export async function targetPageSql(db: Db, actor: Actor, q: ListQuery): Promise<{ items: TargetListItem[]; total: number } | null> {
  const scope = columnScopeSql(actor, 't');
  const tallyScope = columnScopeSql(actor, 's');
  if (!scope || !tallyScope) return null;
  const onColumns = (alias: string) => [
    ...(q.yearId ? [Prisma.sql`${Prisma.raw(alias)}."yearId" = ${q.yearId}::uuid`] : []),
    ...(q.unitId ? [Prisma.sql`${Prisma.raw(alias)}."unitId" = ${q.unitId}::uuid`] : []),
    ...(q.targetTypeId ? [Prisma.sql`${Prisma.raw(alias)}."targetTypeId" = ${q.targetTypeId}::uuid`] : []),
  ];
  const narrowing = [
    ...(q.indicatorId ? [Prisma.sql`t."indicatorId" = ${q.indicatorId}::uuid`] : []),
    ...(q.specialTaskId ? [Prisma.sql`t."specialTaskId" = ${q.specialTaskId}::uuid`] : []),
    ...(q.status ? [Prisma.sql`t."status" = ${q.status}::"TargetStatus"`] : []),
    ...(q.origin ? [Prisma.sql`t."origin" = ${q.origin}::"TargetOrigin"`] : []),
    ...(q.q ? [Prisma.sql`(strpos(t."title", ${q.q}) > 0 OR strpos(t."content", ${q.q}) > 0)`] : []),
  ];
  const where = Prisma.join([scope, ...onColumns('t'), ...narrowing], ' AND ');
  const total = narrowing.length
    ? Prisma.sql`(SELECT count(*)::int FROM "Target" t WHERE ${where})`
    : Prisma.sql`(SELECT coalesce(sum(s."targets"), 0)::int FROM "TargetStateTally" s WHERE ${Prisma.join([tallyScope, ...onColumns('s')], ' AND ')})`;
  const dir = Prisma.raw(q.order === 'desc' ? 'DESC' : 'ASC');
  const [row] = await db.$queryRaw<[{ total: number; items: TargetListItem[] }]>`
    WITH p AS (
      SELECT t."id", ${SORT_KEYS[q.sort]} AS k FROM "Target" t WHERE ${where}
      ORDER BY k ${dir}, t."id" ASC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}
    )
    SELECT ${total} AS "total", coalesce((
      SELECT json_agg(json_build_object(
               'id', t."id", 'yearId', t."yearId", 'unitId', t."unitId", 'unitName', u."name",
               'targetTypeId', t."targetTypeId", 'targetTypeName', tt."name", 'indicatorId', t."indicatorId", 'indicatorName', i."name",
               'title', t."title", 'deadline', to_char(t."deadline", 'YYYY-MM-DD'), 'maxScore', t."maxScore"::text,
               'metricUnit', t."metricUnit", 'metricTarget', trim_scale(t."metricTarget")::text, 'origin', t."origin",
               'specialTaskId', t."specialTaskId", 'status', t."status", 'returnReason', t."returnReason",
               'publishedRevisionNo', t."publishedRevisionNo", 'version', t."version", 'updatedAt', ${utcIso('t."updatedAt"')},
               'warningLevel', CASE WHEN s."inForce" THEN s."level"::text END)
             ORDER BY p.k ${dir}, p."id" ASC)
      FROM p
      JOIN "Target" t ON t."id" = p."id"
      JOIN "Unit" u ON u."id" = t."unitId"
      JOIN "TargetType" tt ON tt."id" = t."targetTypeId"
      JOIN "Indicator" i ON i."id" = t."indicatorId"
      LEFT JOIN "TargetState" s ON s."targetId" = t."id"), '[]'::json) AS "items"`;
  return row;
}
