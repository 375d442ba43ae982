import { Prisma } from '@jx/db';
import type { TargetWarning, WarningLevel, WarningReason } from '@jx/contract';
import type { Db } from '../../../lib/db.ts';
import type { Actor } from '../../../lib/context.ts';
import { columnScopeSql } from './state-scope-sql.ts';

interface Row {
  targetId: string;
  title: string;
  yearId: string;
  unitId: string;
  unitName: string;
  targetTypeId: string;
  targetTypeName: string;
  deadline: string | null;
  level: WarningLevel | null;
  plannedPercent: number;
  actualPercent: number;
  lagPoints: number;
  overdueDays: number;
  reasons: WarningReason[];
}

/**
 * One page of the warning centre in one statement: the page is taken from the state rows first (the first rows of the
 * urgency index) and only its rows are joined to their unit and type names. Null when the actor's scope cannot be said
 * on the state's columns (a 责任人); the caller then reads through the targets.
 */
export async function warningPageSql(
  db: Db,
  actor: Actor,
  q: { yearId?: string; unitId?: string; targetTypeId?: string; level?: WarningLevel; page: number; pageSize: number },
): Promise<TargetWarning[] | null> {
  const scope = columnScopeSql(actor, 's');
  if (!scope) return null;
  const conditions = [
    Prisma.sql`s."inForce"`,
    scope,
    ...(q.yearId ? [Prisma.sql`s."yearId" = ${q.yearId}::uuid`] : []),
    ...(q.unitId ? [Prisma.sql`s."unitId" = ${q.unitId}::uuid`] : []),
    ...(q.targetTypeId ? [Prisma.sql`s."targetTypeId" = ${q.targetTypeId}::uuid`] : []),
    ...(q.level ? [Prisma.sql`s."level" = ${q.level}::"WarningLevel"`] : []),
  ];
  const rows = await db.$queryRaw<Row[]>`
    SELECT p."targetId"::text, p."title", p."yearId"::text, p."unitId"::text, u."name" AS "unitName", p."targetTypeId"::text,
           tt."name" AS "targetTypeName", to_char(p."deadline", 'YYYY-MM-DD') AS "deadline", p."level"::text AS "level",
           p."plannedPercent", p."actualPercent", p."lagPoints", p."overdueDays", p."reasons"
    FROM (SELECT * FROM "TargetState" s
          WHERE ${Prisma.join(conditions, ' AND ')}
          ORDER BY s."level" ASC, s."lagPoints" DESC, s."overdueDays" DESC, s."title" ASC, s."targetId" ASC
          LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}) p
    JOIN "Unit" u ON u."id" = p."unitId"
    JOIN "TargetType" tt ON tt."id" = p."targetTypeId"
    ORDER BY p."level" ASC, p."lagPoints" DESC, p."overdueDays" DESC, p."title" ASC, p."targetId" ASC`;
  return rows.map((r) => ({ ...r, deadline: r.deadline ?? '', level: r.level ?? 'GREEN' }));
}
