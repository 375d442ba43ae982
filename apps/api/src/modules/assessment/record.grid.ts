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

/**
 * A department's 评分表 for one period: every (target, assessing department) pair of the period's processes — the
 * department's own for FUNC_DEPT, any (or the chosen one) for the office — with the record if there is one. Filtered,
 * ordered and paged by PostgreSQL; only the page's targets and records are loaded.
 */
export async function scoringGrid(db: Db, actor: Actor, q: GridQuery): Promise<{ items: ScoringRow[]; total: number }> {
  const period = await db.assessmentPeriod.findUnique({ where: { id: q.periodId }, select: { yearId: true } });
  if (!period) throw new NotFoundError('assessmentPeriod');
  const assessor = hasRole(actor, 'PERF_OFFICE') ? (q.assessorUnitId ?? null) : actor.unitId;
  const cond = (on: boolean, sql: Prisma.Sql) => (on ? sql : Prisma.empty);
  const status =
    q.status === 'NONE' ? Prisma.sql`AND r.id IS NULL` : q.status ? Prisma.sql`AND r.status = ${q.status}::"AssessmentRecordStatus"` : Prisma.empty;
  const rows = await db.$queryRaw<
    { targetId: string; assessorUnitId: string; processId: string; processStatus: ScoringRow['processStatus']; recordId: string | null; total: bigint }[]
  >`
    WITH a AS (${assessorPairs(period.yearId)})
    SELECT a."targetId", a."unitId" AS "assessorUnitId", p.id AS "processId", p.status::text AS "processStatus", r.id AS "recordId", count(*) OVER () AS total
    FROM a
    JOIN "AssessmentProcess" p ON p."periodId" = ${q.periodId}::uuid AND p."targetTypeId" = a."targetTypeId"
    JOIN "AssessmentPeriod" pe ON pe.id = p."periodId"
    JOIN "Target" tg ON tg.id = a."targetId"
    JOIN "Unit" u ON u.id = tg."unitId"
    LEFT JOIN "AssessmentRecord" r ON r."periodId" = p."periodId" AND r."targetId" = a."targetId" AND r."assessorUnitId" = a."unitId"
    WHERE (pe."specialTaskId" IS NULL OR a."specialTaskId" = pe."specialTaskId")
      ${cond(assessor !== null, Prisma.sql`AND a."unitId" = ${assessor}::uuid`)}
      ${cond(!!q.targetTypeId, Prisma.sql`AND a."targetTypeId" = ${q.targetTypeId ?? null}::uuid`)}
      ${cond(!!q.unitId, Prisma.sql`AND tg."unitId" = ${q.unitId ?? null}::uuid`)}
      ${status}
    ORDER BY u."sortOrder", u.name, tg.title, tg.id, a."unitId"
    LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`;
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
