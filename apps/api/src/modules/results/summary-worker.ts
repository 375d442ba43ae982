import type { Db } from '../../lib/db.ts';
import type { Clock } from '../../lib/clock.ts';
import { workSummaryRun } from './work-run.ts';

/** The API process's worker for 批量自动汇总 runs (decision 0019, "Summary runs are jobs"). */
export interface SummaryRuns {
  /** Start working queued runs now (after a run was queued and committed). */
  kick(): void;
  /** Resolves when no run is queued or being worked by this process. */
  drain(): Promise<void>;
  stop(): void;
}

const POLL_MS = 2_000;
/** How often (real time) the process working a run renews its heartbeat. */
const HEARTBEAT_MS = 10_000;
/** A RUNNING run whose heartbeat is older than this (by the app's clock) was left by a stopped process. */
export const STALE_RUN_MS = 60_000;

/**
 * Claims the oldest queued run, or a RUNNING one whose process stopped (stale heartbeat; it starts over). `SKIP
 * LOCKED` keeps two API processes off the same row, and a live run's heartbeat keeps every other process off it.
 */
async function claimNext(db: Db, now: Date): Promise<string | null> {
  const staleBefore = new Date(now.getTime() - STALE_RUN_MS);
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "SummaryRun" SET status = 'RUNNING', "startedAt" = ${now}, "heartbeatAt" = ${now}, done = 0
    WHERE id = (
      SELECT id FROM "SummaryRun"
      WHERE status = 'QUEUED' OR (status = 'RUNNING' AND coalesce("heartbeatAt", "startedAt", "createdAt") < ${staleBefore})
      ORDER BY "createdAt", id FOR UPDATE SKIP LOCKED LIMIT 1)
    RETURNING id`;
  return rows[0]?.id ?? null;
}

/** Works one claimed run, renewing its heartbeat meanwhile. */
async function workWithHeartbeat(db: Db, clock: Clock, id: string, onError: (e: unknown) => void): Promise<void> {
  const beat = setInterval(
    () => void db.summaryRun.updateMany({ where: { id, status: 'RUNNING' }, data: { heartbeatAt: clock.now() } }).catch(onError),
    HEARTBEAT_MS,
  );
  try {
    await workSummaryRun(db, clock, id);
  } finally {
    clearInterval(beat);
  }
}

export function createSummaryWorker(db: Db, clock: Clock, onError: (e: unknown) => void): SummaryRuns {
  let busy: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  const loop = async () => {
    for (;;) {
      if (stopped) return;
      const id = await claimNext(db, clock.now());
      if (!id) return;
      await workWithHeartbeat(db, clock, id, onError);
    }
  };
  const kick = () => {
    if (stopped) return;
    if (busy) {
      again = true;
      return;
    }
    busy = loop()
      .catch(onError)
      .finally(() => {
        busy = null;
        if (again) {
          again = false;
          kick();
        }
      });
  };
  const timer = setInterval(kick, POLL_MS);
  timer.unref();
  kick();

  return {
    kick,
    async drain() {
      kick();
      while (busy) await busy;
    },
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}
