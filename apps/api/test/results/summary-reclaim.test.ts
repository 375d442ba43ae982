import { describe, expect, it } from 'vitest';
import { STALE_RUN_MS } from '../../src/modules/results/summary-worker.ts';
import { createTestApp } from '../helpers/app.ts';

/**
 * Two API instances on one database, each with its summary worker: a run another instance is working (fresh heartbeat)
 * stays with it, even when a worker starts or polls meanwhile; a run whose process stopped (old heartbeat) is
 * worked again by whichever instance polls next.
 */
describe('summary runs left RUNNING', async () => {
  const t = await createTestApp();
  const other = await createTestApp({ database: t.url });
  const period = await t.db.assessmentPeriod.findFirstOrThrow({ orderBy: { sortOrder: 'asc' }, select: { id: true, yearId: true } });
  const set = await t.db.resultSet.create({ data: { periodId: period.id, yearId: period.yearId, runCount: 2 } });
  const requestedById = (await t.db.account.findUniqueOrThrow({ where: { username: 'perf' } })).id;
  const drainBoth = () => Promise.all([t.app.deps.summaryRuns.drain(), other.app.deps.summaryRuns.drain()]);

  it('leaves a run with a live heartbeat to its process, and takes over one whose heartbeat stopped', async () => {
    const now = t.clock.now();
    // No categories: working the run is quick and always succeeds, so its status shows whether anyone claimed it.
    const live = await t.db.summaryRun.create({
      data: { resultSetId: set.id, runNo: 1, categoryIds: [], status: 'RUNNING', startedAt: now, heartbeatAt: new Date(now.getTime() - 5_000), requestedById },
    });
    const abandoned = await t.db.summaryRun.create({
      data: {
        resultSetId: set.id,
        runNo: 2,
        categoryIds: [],
        status: 'RUNNING',
        startedAt: new Date(now.getTime() - 10 * STALE_RUN_MS),
        heartbeatAt: new Date(now.getTime() - STALE_RUN_MS - 1_000),
        done: 3,
        requestedById,
      },
    });
    await drainBoth();
    const status = async (id: string) => t.db.summaryRun.findUniqueOrThrow({ where: { id }, select: { status: true, startedAt: true, done: true } });
    expect(await status(live.id)).toEqual({ status: 'RUNNING', startedAt: now, done: 0 });
    expect(await status(abandoned.id)).toEqual({ status: 'SUCCEEDED', startedAt: now, done: 0 });

    // A new instance starting (its worker polls at once) does not take the live run back to the queue either.
    const third = await createTestApp({ database: t.url });
    await third.app.deps.summaryRuns.drain();
    expect((await status(live.id)).status).toBe('RUNNING');

    // Once its heartbeat is a minute old, its process is taken for stopped.
    t.clock.advance(STALE_RUN_MS);
    await t.app.deps.summaryRuns.drain();
    expect((await status(live.id)).status).toBe('SUCCEEDED');
  });
});
