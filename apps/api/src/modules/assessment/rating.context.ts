import type { z } from 'zod';
import type { RatingUnitContextSchema } from '@jx/contract';
import { Prisma } from '@jx/db';
import type { Db } from '../../lib/db.ts';
import { tallyRows } from '../execution/state/tally-rows.ts';

type UnitContext = z.infer<typeof RatingUnitContextSchema>;
const EMPTY: UnitContext = { targets: 0, redWarnings: 0, yellowWarnings: 0, latestReportAt: null };

/**
 * What a rater has at hand about the units it rates, for the year: the number of published targets, how many of them
 * warn red or yellow today, and when the unit last reported progress. Counts only (no target of another unit is
 * shown), in a fixed number of queries whatever the number of units.
 */
export async function unitContexts(db: Db, yearId: string, unitIds: string[], now: Date): Promise<Map<string, UnitContext>> {
  const out = new Map<string, UnitContext>(unitIds.map((id) => [id, { ...EMPTY }]));
  if (!unitIds.length) return out;
  const [levels, reports] = await Promise.all([
    tallyRows(db, 'unscoped', { yearId, unitId: unitIds }, now, ['unitId']),
    db.$queryRaw<{ unitId: string; latest: Date }[]>`
      SELECT t."unitId", max(r."submittedAt") AS latest
      FROM "ProgressReport" r JOIN "Target" t ON t.id = r."targetId"
      WHERE t."yearId" = ${yearId}::uuid AND t."unitId" IN (${Prisma.join(unitIds.map((id) => Prisma.sql`${id}::uuid`))})
      GROUP BY t."unitId"`,
  ]);
  for (const g of levels) {
    const c = out.get(g.unitId!);
    if (!c || g.level === 'NONE') continue;
    c.targets += g.targets;
    if (g.level === 'RED') c.redWarnings += g.targets;
    if (g.level === 'YELLOW') c.yellowWarnings += g.targets;
  }
  for (const r of reports) {
    const c = out.get(r.unitId);
    if (c) c.latestReportAt = r.latest.toISOString();
  }
  return out;
}
