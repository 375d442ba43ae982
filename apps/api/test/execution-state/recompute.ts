import { expect } from 'vitest';
import type { Db } from '../../src/lib/db.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { loadStateInputs } from '../../src/modules/execution/state/state-inputs.ts';
import { stateValues } from '../../src/modules/execution/state/state-values.ts';
import { refreshStaleStates } from '../../src/modules/execution/state/refresh-states.ts';
import { warningThresholds } from '../../src/modules/execution/warnings/warning.service.ts';
import { readSettings } from '../../src/modules/settings/settings.store.ts';

/**
 * Refreshes the maintained states as a read would, then recomputes the given targets (all when omitted) from scratch and
 * expects the rows to equal the recomputation, column by column.
 */
export async function expectStatesMatchRecomputation(db: Db, now: Date, targetIds?: readonly string[]) {
  await refreshStaleStates(db, now);
  const ids = targetIds ?? (await db.target.findMany({ select: { id: true } })).map((x) => x.id);
  const t = await warningThresholds({ all: () => readSettings(db) });
  const expected = (await loadStateInputs(db, ids)).map((x) => stateValues(x, now, t));
  const rows = await db.targetState.findMany({ where: { targetId: { in: [...ids] } } });
  const actual = rows.map((r) => ({
    targetId: r.targetId,
    validUntil: r.validUntil?.toISOString() ?? null,
    inForce: r.inForce,
    title: r.title,
    deadline: r.deadline ? formatDate(r.deadline) : null,
    level: r.level,
    plannedPercent: r.plannedPercent,
    actualPercent: r.actualPercent,
    lagPoints: r.lagPoints,
    overdueDays: r.overdueDays,
    reasons: r.reasons,
    reportsDue: r.reportsDue,
    reportsSubmitted: r.reportsSubmitted,
    reportsLate: r.reportsLate,
    ordersOpen: r.ordersOpen,
    ordersOverdue: r.ordersOverdue,
    reportCount: r.reportCount,
    lateReportCount: r.lateReportCount,
  }));
  const byId = (a: { targetId: string }, b: { targetId: string }) => a.targetId.localeCompare(b.targetId);
  expect(actual.sort(byId)).toEqual(JSON.parse(JSON.stringify(expected)).sort(byId));
  await expectTalliesMatchStates(db);
}

/** The maintained tallies equal the state rows summed from scratch (rows that sum to nothing aside). */
export async function expectTalliesMatchStates(db: Db) {
  const key = (r: { yearId: string; unitId: string; targetTypeId: string; level: string }) => `${r.yearId}/${r.unitId}/${r.targetTypeId}/${r.level}`;
  const summed = await db.$queryRaw<Record<string, string | number>[]>`
    SELECT "yearId"::text, "unitId"::text, "targetTypeId"::text, COALESCE("level"::text, 'NONE') AS level, count(*)::int AS targets,
           sum("plannedPercent")::int AS "plannedSum", sum("actualPercent")::int AS "actualSum", sum("reportsDue")::int AS "reportsDue",
           sum("reportsSubmitted")::int AS "reportsSubmitted", sum("reportsLate")::int AS "reportsLate", sum("ordersOpen")::int AS "ordersOpen",
           sum("ordersOverdue")::int AS "ordersOverdue", sum("reportCount")::int AS "reportCount",
           sum("lateReportCount")::int AS "lateReportCount"
    FROM "TargetState" GROUP BY 1, 2, 3, 4`;
  const kept = await db.targetStateTally.findMany({ where: { targets: { not: 0 } } });
  const sort = <T extends { yearId: string; unitId: string; targetTypeId: string; level: string }>(rows: T[]) =>
    rows.sort((a, b) => key(a).localeCompare(key(b)));
  expect(sort(kept.map((r) => ({ ...r })))).toEqual(sort(summed as never));
}
