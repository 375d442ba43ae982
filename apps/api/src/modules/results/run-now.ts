import type { Db } from '../../lib/db.ts';
import type { Clock } from '../../lib/clock.ts';
import { requestSummaryRun } from './enqueue.ts';
import { workSummaryRun } from './work-run.ts';

/** Queues and works one run in the caller's process (the demo seed and the benchmark); returns the finished run. */
export async function runSummaryNow(db: Db, clock: Clock, q: { periodId: string; categoryIds: string[]; requestedById: string }) {
  const run = await db.$transaction((tx) => requestSummaryRun(tx, q));
  await db.summaryRun.update({ where: { id: run.id }, data: { status: 'RUNNING', startedAt: clock.now() } });
  await workSummaryRun(db, clock, run.id);
  return db.summaryRun.findUniqueOrThrow({ where: { id: run.id } });
}
