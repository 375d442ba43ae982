import type { HeatUnit } from '@jx/contract';
import type { Db } from '../../lib/db.ts';
import type { Actor } from '../../lib/context.ts';
import { refreshStaleStates } from '../execution/state/refresh-states.ts';
import { accumulate, monthlySteps, monthsBegun, monthsByGroup } from './monthly-steps-sql.ts';

export interface HeatThresholds {
  yellowLagPoints: number;
  redLagPoints: number;
}

/** A month's average lag against the warning thresholds: the rule `computeWarning` applies to one target's lag. */
export function lagLevel(lag: number, t: HeatThresholds): 'RED' | 'YELLOW' | 'GREEN' {
  return lag >= t.redLagPoints ? 'RED' : lag >= t.yellowLagPoints ? 'YELLOW' : 'GREEN';
}

/**
 * 决策分析's heat map: per unit in the actor's scope, per month, the average points its targets in force were behind
 * plan at the month's end, coloured by the warning thresholds; units in their usual order.
 */
export async function heatmapSql(db: Db, actor: Actor, q: { yearId: string; targetTypeId?: string; categoryId?: string }, now: Date, t: HeatThresholds) {
  const [begun] = await Promise.all([monthsBegun(db, q.yearId, now), refreshStaleStates(db, now)]);
  const rows = await monthlySteps(db, actor, q, 'unit');
  const byUnit = monthsByGroup(rows);
  const units = await db.unit.findMany({
    where: { id: { in: [...byUnit.keys()].filter((id): id is string => id !== null) } },
    select: { id: true, name: true },
    orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
  });
  const heat: HeatUnit[] = units.map((u) => {
    const monthRows = byUnit.get(u.id)!;
    return {
      unitId: u.id,
      unitName: u.name,
      targets: monthRows[0]!.targets,
      cells: accumulate(monthRows, begun).map((m) => {
        const lag = m.actualPercent === null ? null : Math.round((m.plannedPercent - m.actualPercent) * 10) / 10;
        return { ...m, lagPoints: lag, level: lag === null ? null : lagLevel(lag, t) };
      }),
    };
  });
  return { monthsBegun: begun, thresholds: t, units: heat };
}
