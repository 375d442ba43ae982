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

/** Claims the oldest queued run; `SKIP LOCKED` keeps two API processes off the same run. */
async function claimNext(db: Db, now: Date): Promise<string | null> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "SummaryRun" SET status = 'RUNNING', "startedAt" = ${now}
    WHERE id = (SELECT id FROM "SummaryRun" WHERE status = 'QUEUED' ORDER BY "createdAt", id FOR UPDATE SKIP LOCKED LIMIT 1)
    RETURNING id`;
  return rows[0]?.id ?? null;
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
      await workSummaryRun(db, clock, id);
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
  // Runs a stopped process left RUNNING go back to the queue.
  void db.summaryRun
    .updateMany({ where: { status: 'RUNNING' }, data: { status: 'QUEUED', startedAt: null } })
    .then(kick)
    .catch(onError);

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
