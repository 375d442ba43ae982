import { Prisma } from '@jx/db';
import type { ProgressReport as ProgressReportDto } from '@jx/contract';
import type { Db } from '../../../lib/db.ts';
import type { Actor } from '../../../lib/context.ts';
import { columnScopeSql } from '../state/state-scope-sql.ts';

export interface ReportPageQuery {
  yearId?: string;
  unitId?: string;
  targetId?: string;
  periodKey?: string;
  late?: 'true' | 'false';
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

const utcIso = (column: string) => Prisma.raw(`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

/**
 * One page of 进展报告 in one statement: the page is taken from the reports first, scoped on the unit and type they carry
 * (copied from their target by triggers, as `columnScope` says them), in submission order — the first rows of an index
 * scan — and only its rows are joined to their target's title, unit name and reporter's name. Null when the actor's
 * scope cannot be said on those columns (a 责任人); the caller then reads through the target policy.
 */
export async function reportPageSql(db: Db, actor: Actor, q: ReportPageQuery): Promise<ProgressReportDto[] | null> {
  const scope = columnScopeSql(actor, 'r');
  if (!scope) return null;
  const conditions = [
    scope,
    ...(q.yearId ? [Prisma.sql`r."yearId" = ${q.yearId}::uuid`] : []),
    ...(q.unitId ? [Prisma.sql`r."unitId" = ${q.unitId}::uuid`] : []),
    ...(q.targetId ? [Prisma.sql`r."targetId" = ${q.targetId}::uuid`] : []),
    ...(q.periodKey ? [Prisma.sql`r."periodKey" = ${q.periodKey}`] : []),
    ...(q.late ? [Prisma.sql`r."late" = ${q.late === 'true'}`] : []),
  ];
  const order = (alias: string) => Prisma.raw(`${alias}."submittedAt" ${q.order === 'asc' ? 'ASC' : 'DESC'}, ${alias}."id" ASC`);
  return db.$queryRaw<ProgressReportDto[]>`
    SELECT p."id"::text, p."targetId"::text, t."title" AS "targetTitle", t."unitId"::text, u."name" AS "unitName",
           p."periodKey", p."actualPercent", trim_scale(p."actualValue")::text AS "actualValue", p."narrative", p."problems",
           p."nextSteps", p."reportedById"::text, coalesce(a."displayName", '') AS "reportedByName",
           ${utcIso('p."submittedAt"')} AS "submittedAt", p."late", p."version", ${utcIso('p."updatedAt"')} AS "updatedAt"
    FROM (SELECT * FROM "ProgressReport" r WHERE ${Prisma.join(conditions, ' AND ')}
          ORDER BY ${order('r')} LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}) p
    JOIN "Target" t ON t."id" = p."targetId"
    JOIN "Unit" u ON u."id" = t."unitId"
    LEFT JOIN "Account" a ON a."id" = p."reportedById"
    ORDER BY ${order('p')}`;
}
