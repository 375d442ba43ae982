import { Prisma } from '@jx/db';
import type { z } from 'zod';
import type { DepartmentQueueSchema } from '@jx/contract';
import type { Db } from '../../lib/db.ts';
import { refreshStaleStates } from '../execution/state/refresh-states.ts';
import type { ProcessTally } from '../assessment/assessors.ts';

/**
 * A 职能管理部门's queue: late reports on the target types it owns (across units, summed from the maintained tallies
 * of the year's states, a few rows per unit and type), and the 评分表 rows it assesses in
 * open processes that have no submitted record yet.
 */
export async function departmentQueue(
  db: Db,
  unitId: string,
  yearId: string | undefined,
  now: Date,
  openTallies: readonly ProcessTally[],
): Promise<z.infer<typeof DepartmentQueueSchema>> {
  await refreshStaleStates(db, now);
  const [late] = await db.$queryRaw<{ late: number }[]>`
    SELECT coalesce(sum(s."lateReportCount"), 0)::int AS late
    FROM "TargetStateTally" s
    WHERE s."targetTypeId" IN (SELECT "id" FROM "TargetType" WHERE "ownerUnitId" = ${unitId}::uuid)
      ${yearId ? Prisma.sql`AND s."yearId" = ${yearId}::uuid` : Prisma.empty}`;
  const recordsToScore = openTallies.filter((t) => t.assessorUnitId === unitId).reduce((n, t) => n + t.expected - t.submitted, 0);
  return { lateReports: late?.late ?? 0, recordsToScore };
}
