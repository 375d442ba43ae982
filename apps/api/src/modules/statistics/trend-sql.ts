import type { TrendMonth } from '@jx/contract';
import type { Db } from '../../lib/db.ts';
import type { Actor } from '../../lib/context.ts';
import { refreshStaleStates } from '../execution/state/refresh-states.ts';
import { accumulate, monthlySteps, monthsBegun, type MonthlyQuery } from './monthly-steps-sql.ts';

/**
 * The year's monthly trend of planned against actual cumulative completion over the targets in force in the actor's
 * scope (`monthlySteps` all together). The months begun by `now` (Beijing) end the actual line.
 */
export async function trendSql(db: Db, actor: Actor, q: MonthlyQuery, now: Date): Promise<{ targets: number; months: TrendMonth[] }> {
  const [begun] = await Promise.all([monthsBegun(db, q.yearId, now), refreshStaleStates(db, now)]);
  const rows = await monthlySteps(db, actor, q, 'all');
  const targets = rows[0]?.targets ?? 0;
  const months = targets ? accumulate(rows, begun) : Array.from({ length: 12 }, (_, i) => ({ month: i + 1, plannedPercent: null, actualPercent: null }));
  return { targets, months };
}
