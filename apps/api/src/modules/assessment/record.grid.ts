import { Prisma } from '@jx/db';
import type { listScoringRows, ScoringRow } from '@jx/contract';
import type { z } from 'zod';
import type { Db } from '../../lib/db.ts';
import type { Actor } from '../../lib/context.ts';
import { hasRole } from '../../lib/context.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { assessorPairs } from './assessors.ts';
import { recordInclude, toRecordDto } from './record.mapper.ts';

type GridQuery = z.output<NonNullable<typeof listScoringRows.query>>;

/** What a grid query narrows to; `assessor` null means every assessing department. */
interface GridFilter {
  assessor: string | null;
  targetTypeId?: string;
  unitId?: string;
  status?: GridQuery['status'];
  targetIds?: readonly string[];
}

/**
 * A department's 评分表 for one period: every (target, assessing department) pair of the period's processes — the
 * department's own for FUNC_DEPT, any (or the chosen one) for the office — with the record if there is one. Filtered,
 * ordered and paged by PostgreSQL; only the page's targets and records are loaded.
 */
export async function scoringGrid(db: Db, actor: Actor, q: GridQuery): Promise<{ items: ScoringRow[]; total: number }> {
  const period = await db.assessmentPeriod.findUnique({ where: { id: q.periodId }, select: { yearId: true } });
  if (!period) throw new NotFoundError('assessmentPeriod');
  const assessor = hasRole(actor, 'PERF_OFFICE') ? (q.assessorUnitId ?? null) : actor.unitId;
  return gridPage(db, period.yearId, q.periodId, { assessor, targetTypeId: q.targetTypeId, unitId: q.unitId, status: q.status }, q.pageSize, q.page);
}

/** The grid rows of these targets in a period, for every department that assesses them (an import checks a file against them). */
export async function gridRowsOfTargets(db: Db, period: { id: string; yearId: string }, targetIds: readonly string[]): Promise<ScoringRow[]> {
  if (!targetIds.length) return [];
  return (await gridPage(db, period.yearId, period.id, { assessor: null, targetIds }, targetIds.length * 20, 1)).items;
}

async function gridPage(
  db: Db,
  yearId: string,
  periodId: string,
  f: GridFilter,
  pageSize: number,
  page: number,
): Promise<{ items: ScoringRow[]; total: number }> {
  const cond = (on: boolean, sql: Prisma.Sql) => (on ? sql : Prisma.empty);
  const status =
    f.status === 'NONE'
      ? Prisma.sql`AND r.id IS NULL`
      : f.status === 'TODO'
        ? Prisma.sql`AND (r.id IS NULL OR r.status NOT IN ('SUBMITTED', 'ARCHIVED'))`
        : f.status
          ? Prisma.sql`AND r.status = ${f.status}::"AssessmentRecordStatus"`
          : Prisma.empty;
  const rows = await db.$queryRaw<
    { targetId: string; assessorUnitId: string; processId: string; processStatus: ScoringRow['processStatus']; recordId: string | null; total: bigint }[]
  >`
    WITH a AS (${assessorPairs(yearId)})
    SELECT a."targetId", a."unitId" AS "assessorUnitId", p.id AS "processId", p.status::text AS "processStatus", r.id AS "recordId", count(*) OVER () AS total
    FROM a
    JOIN "AssessmentProcess" p ON p."periodId" = ${periodId}::uuid AND p."targetTypeId" = a."targetTypeId"
    JOIN "AssessmentPeriod" pe ON pe.id = p."periodId"
    JOIN "Target" tg ON tg.id = a."targetId"
    JOIN "Unit" u ON u.id = tg."unitId"
    LEFT JOIN "AssessmentRecord" r ON r."periodId" = p."periodId" AND r."targetId" = a."targetId" AND r."assessorUnitId" = a."unitId"
    WHERE (pe."specialTaskId" IS NULL OR a."specialTaskId" = pe."specialTaskId")
      ${cond(f.assessor !== null, Prisma.sql`AND a."unitId" = ${f.assessor}::uuid`)}
      ${cond(!!f.targetTypeId, Prisma.sql`AND a."targetTypeId" = ${f.targetTypeId ?? null}::uuid`)}
      ${cond(!!f.unitId, Prisma.sql`AND tg."unitId" = ${f.unitId ?? null}::uuid`)}
      ${cond(!!f.targetIds, Prisma.sql`AND a."targetId" = ANY(${[...(f.targetIds ?? [])]}::uuid[])`)}
      ${status}
    ORDER BY u."sortOrder", u.name, tg.title, tg.id, a."unitId"
    LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
  const total = Number(rows[0]?.total ?? 0);
  if (!rows.length) return { items: [], total };
  const [targets, records] = await Promise.all([
    db.target.findMany({
      where: { id: { in: rows.map((r) => r.targetId) } },
      select: {
        id: true,
        title: true,
        unitId: true,
        maxScore: true,
        targetTypeId: true,
        unit: { select: { name: true } },
        targetType: { select: { name: true } },
      },
    }),
    db.assessmentRecord.findMany({ where: { id: { in: rows.flatMap((r) => (r.recordId ? [r.recordId] : [])) } }, include: recordInclude }),
  ]);
  const targetById = new Map(targets.map((x) => [x.id, x]));
  const recordById = new Map(records.map((x) => [x.id, x]));
  return {
    total,
    items: rows.map((r) => {
      const tg = targetById.get(r.targetId)!;
      const record = r.recordId ? recordById.get(r.recordId) : undefined;
      return {
        targetId: tg.id,
        targetTitle: tg.title,
        unitId: tg.unitId,
        unitName: tg.unit.name,
        targetTypeId: tg.targetTypeId,
        targetTypeName: tg.targetType.name,
        maxScore: tg.maxScore.toFixed(2),
        assessorUnitId: r.assessorUnitId,
        processId: r.processId,
        processStatus: r.processStatus,
        record: record ? toRecordDto(record) : null,
      };
    }),
  };
}
