import type { AppDeps } from '../../app-deps.ts';
import { monthsBegunIn } from './monthly-steps-sql.ts';

/**
 * `monthsBegun` for the analysis routes, whose cache keys need it on every request: the year's number is kept in
 * memory until a base-data write is heard, so a kept answer is served without a round trip to the database.
 */
export async function keptMonthsBegun(deps: AppDeps, yearId: string, now: Date): Promise<number> {
  const year = await deps.readCache.remember(`year-number|${yearId}`, ['base'], now, async () => ({
    value: (await deps.db.year.findUnique({ where: { id: yearId }, select: { year: true } }))?.year ?? null,
    until: Number.MAX_SAFE_INTEGER,
  }));
  return monthsBegunIn(year, now);
}
