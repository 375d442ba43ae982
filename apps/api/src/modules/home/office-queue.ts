import { Prisma } from '@jx/db';
import type { z } from 'zod';
import { IDLE_DEPARTMENT_DAYS, type OfficeQueueSchema } from '@jx/contract';
import type { Db } from '../../lib/db.ts';
import type { ProcessTally } from '../assessment/assessors.ts';
import type { OpenProcess } from './open-process-tallies.ts';

const DAY = 24 * 60 * 60 * 1000;

/**
 * 目标绩效办's pipeline: the open processes with records submitted of expected per assessing department, the missing
 * inputs its result sets still wait for, and the departments whose accounts have not signed in for a while; with the
 * instant at which the calendar alone changes it (a department's last sign-in becomes the idle days old).
 */
export async function officeQueue(
  db: Db,
  yearId: string | undefined,
  now: Date,
  open: { processes: readonly OpenProcess[]; tallies: readonly ProcessTally[] },
): Promise<{ value: z.infer<typeof OfficeQueueSchema>; until: number }> {
  const since = new Date(now.getTime() - IDLE_DEPARTMENT_DAYS * DAY);
  const assessorIds = [...new Set(open.tallies.map((t) => t.assessorUnitId))];
  const [units, [missing], departments] = await Promise.all([
    db.unit.findMany({ where: { id: { in: assessorIds } }, select: { id: true, name: true, sortOrder: true, code: true } }),
    db.$queryRaw<{ open: number }[]>`
      SELECT count(*)::int AS open
      FROM "ResultSet" rs JOIN "ResultUnit" ru ON ru."resultSetId" = rs."id", jsonb_array_elements(ru."missing") m
      WHERE ${yearId ? Prisma.sql`rs."yearId" = ${yearId}::uuid` : Prisma.sql`TRUE`}
        AND NOT EXISTS (SELECT 1 FROM "ResultWaiver" w WHERE w."resultSetId" = ru."resultSetId" AND w."unitId" = ru."unitId" AND w.key = m->>'key')`,
    // Every department (a few dozen rows): those not idle yet say when the first of them will be.
    db.$queryRaw<{ unitId: string; unitName: string; lastLoginAt: Date | null }[]>`
      SELECT u."id"::text AS "unitId", u."name" AS "unitName", max(a."lastLoginAt") AS "lastLoginAt"
      FROM "Account" a JOIN "Unit" u ON u."id" = a."unitId"
      WHERE a."status" = 'ACTIVE' AND 'FUNC_DEPT' = ANY(a."roles") AND u."active"
      GROUP BY u."id", u."name", u."sortOrder", u."code"
      ORDER BY max(a."lastLoginAt") ASC NULLS FIRST, u."sortOrder", u."code"`,
  ]);
  const isIdle = (r: { lastLoginAt: Date | null }) => r.lastLoginAt === null || r.lastLoginAt < since;
  const idle = departments.filter(isIdle);
  const until = Math.min(Number.MAX_SAFE_INTEGER, ...departments.filter((r) => !isIdle(r)).map((r) => r.lastLoginAt!.getTime() + IDLE_DEPARTMENT_DAYS * DAY));
  const order = new Map(units.sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code)).map((u, i) => [u.id, { name: u.name, i }]));
  const value = {
    processes: open.processes.map((p) => ({
      processId: p.id,
      periodId: p.periodId,
      periodName: p.periodName,
      targetTypeName: p.targetTypeName,
      openedAt: p.openedAt?.toISOString() ?? null,
      departments: open.tallies
        .filter((t) => t.processId === p.id)
        .sort((a, b) => (order.get(a.assessorUnitId)?.i ?? 0) - (order.get(b.assessorUnitId)?.i ?? 0))
        .map((t) => ({ unitId: t.assessorUnitId, unitName: order.get(t.assessorUnitId)?.name ?? '', submitted: t.submitted, expected: t.expected })),
    })),
    missingInputs: missing?.open ?? 0,
    idleDays: IDLE_DEPARTMENT_DAYS,
    idleDepartments: idle.map((r) => ({ unitId: r.unitId, unitName: r.unitName, lastLoginAt: r.lastLoginAt?.toISOString() ?? null })),
  };
  return { value, until };
}
