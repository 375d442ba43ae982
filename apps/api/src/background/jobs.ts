import type { Db } from '../lib/db.ts';
import { MINUTE, type Clock } from '../lib/clock.ts';
import type { SettingsStore } from '../modules/settings/settings.store.ts';
import { sweepReportReminders } from '../modules/notifications/reminders.ts';
import { pruneLoginThrottle } from '../modules/auth/count-failure.ts';
import { anchorCurrentHead } from '../audit/anchor-chain.ts';
import { refreshStaleStates } from '../modules/execution/state/refresh-states.ts';

/** What a periodic job may use. */
export interface BackgroundContext {
  db: Db;
  clock: Clock;
  settings: SettingsStore;
  /** The audit anchor file (decision 0003); absent: no anchoring. */
  auditAnchorFile?: string;
}

/**
 * A periodic job, run by whichever instance leads the background work (runner.ts), so once across all workers and
 * instances. A job must be idempotent: when leadership moves, the new leader runs every job at once.
 */
export interface BackgroundJob {
  name: string;
  /** By the app's clock (tests move a FakeClock); a failed run is tried again after at most RETRY_MS. */
  everyMs: number;
  /** Also run when the leading instance stops. */
  runOnStop?: boolean;
  run(ctx: BackgroundContext): Promise<unknown>;
}

export const BACKGROUND_JOBS: readonly BackgroundJob[] = [
  // 站内消息 report reminders; dedupe keys keep one notice per account and period.
  { name: 'report-reminders', everyMs: 10 * MINUTE, run: (c) => sweepReportReminders(c.db, c.clock.now(), c.settings) },
  // The failed-login counts of names nobody has tried for a day.
  { name: 'login-throttle-prune', everyMs: 10 * MINUTE, run: (c) => pruneLoginThrottle(c.db, c.clock.now()) },
  // 审计链锚点: the chain head to a file outside the database when it moved, and once more on stop.
  {
    name: 'audit-anchor',
    everyMs: 10 * MINUTE,
    runOnStop: true,
    run: async (c) => (c.auditAnchorFile ? anchorCurrentHead(c.db, c.auditAnchorFile, c.clock.now()) : null),
  },
  // 目标执行状态 (decision 0022): the states the calendar moved on (a period ended, a report fell due, a midnight passed)
  // and any still stale after a write, recomputed before a reader has to.
  { name: 'refresh-target-execution-states', everyMs: MINUTE, run: (c) => refreshStaleStates(c.db, c.clock.now()) },
];
