import type { Tx } from '../../lib/db.ts';

/**
 * Queues a summary run of a period for some categories inside the caller's transaction (an accepted appeal re-runs its
 * category). A run of the same period still QUEUED takes the categories in instead of a second row. The caller kicks the
 * worker after commit (`deps.summaryRuns.kick()`).
 */
export async function enqueueSummaryRun(_tx: Tx, _q: { periodId: string; categoryIds: string[]; requestedById: string }): Promise<{ id: string; runNo: number }> {
  throw new Error('enqueueSummaryRun: not implemented');
}
