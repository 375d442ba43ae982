import { MINUTE } from '../lib/clock.ts';
import type { BackgroundContext, BackgroundJob } from './jobs.ts';
import type { LeaderLock } from './leader-lock.ts';

/** How often (real time) an instance checks its leadership and which jobs are due. */
const TICK_MS = 15_000;
/** A failed job is tried again after this long at most. */
export const RETRY_MS = MINUTE;

export interface BackgroundRunner {
  /** Ticks now and then every TICK_MS. */
  start(): void;
  /**
   * One round: take the lead if free (or notice it was lost), then, when leading, run the jobs that are due by the
   * app's clock. Returns the names of the jobs it ran. Tests call it directly.
   */
  tick(): Promise<string[]>;
  /** Stops ticking; when leading, runs the `runOnStop` jobs, then gives up the lead. */
  stop(): Promise<void>;
  readonly leading: boolean;
}

export function createBackgroundRunner(opts: {
  lock: LeaderLock;
  jobs: readonly BackgroundJob[];
  context: BackgroundContext;
  onError(error: unknown, job: string): void;
  /** Told when this instance takes or loses the lead. */
  onLeadership?(leading: boolean): void;
}): BackgroundRunner {
  const { lock, jobs, context } = opts;
  const nextDueAt = new Map<string, number>();
  let leading = false;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<string[]> | null = null;

  const setLeading = (value: boolean) => {
    if (value === leading) return;
    leading = value;
    // A new leader runs every job at once: it cannot know when the previous one last ran them.
    nextDueAt.clear();
    opts.onLeadership?.(value);
  };

  const runJob = async (job: BackgroundJob, now: number) => {
    try {
      await job.run(context);
      nextDueAt.set(job.name, now + job.everyMs);
    } catch (e) {
      nextDueAt.set(job.name, now + Math.min(job.everyMs, RETRY_MS));
      opts.onError(e, job.name);
    }
  };

  const round = async (): Promise<string[]> => {
    setLeading(leading ? await lock.isHeld() : await lock.tryAcquire());
    if (!leading || stopped) return [];
    const now = context.clock.now().getTime();
    const due = jobs.filter((j) => (nextDueAt.get(j.name) ?? -Infinity) <= now);
    await Promise.all(due.map((j) => runJob(j, now)));
    return due.map((j) => j.name);
  };

  const tick = (): Promise<string[]> => {
    if (stopped) return Promise.resolve([]);
    // Rounds never overlap: a tick during a slow round waits for it and runs nothing itself.
    if (current) return current.then(() => []);
    current = round().finally(() => (current = null));
    return current;
  };

  return {
    start() {
      if (timer || stopped) return;
      const onTick = () => void tick().catch((e: unknown) => opts.onError(e, 'leadership'));
      onTick();
      timer = setInterval(onTick, TICK_MS);
      timer.unref();
    },
    tick,
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await current?.catch(() => undefined);
      if (leading && (await lock.isHeld())) {
        const now = context.clock.now().getTime();
        await Promise.all(jobs.filter((j) => j.runOnStop).map((j) => runJob(j, now)));
      }
      await lock.release();
      setLeading(false);
    },
    get leading() {
      return leading;
    },
  };
}
