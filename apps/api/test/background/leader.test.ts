import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BACKGROUND_JOBS, type BackgroundContext, type BackgroundJob } from '../../src/background/jobs.ts';
import { BACKGROUND_LOCK_KEY, createLeaderLock } from '../../src/background/leader-lock.ts';
import { createBackgroundRunner, type BackgroundRunner } from '../../src/background/runner.ts';
import { MINUTE } from '../../src/lib/clock.ts';
import { createTestApp } from '../helpers/app.ts';

/**
 * Background work across instances: every instance (here: runners on one database, as two API processes would have)
 * ticks, and only the one holding the PostgreSQL advisory lock runs the jobs; when it stops or its connection is
 * lost, another one takes over at its next tick.
 */
describe('background jobs on two instances of one database', async () => {
  const t = await createTestApp();
  const dir = await mkdtemp(join(tmpdir(), 'jx-background-'));
  const context: BackgroundContext = { db: t.db, clock: t.clock, settings: t.app.deps.settings, auditAnchorFile: join(dir, 'anchors.jsonl') };
  const runs: string[] = [];
  const runners: BackgroundRunner[] = [];
  /** An instance whose jobs record who ran them. */
  const instance = (name: string, jobs: readonly BackgroundJob[]) => {
    const runner = createBackgroundRunner({
      lock: createLeaderLock(t.url),
      jobs: jobs.map((j) => ({ ...j, run: (c: BackgroundContext) => (runs.push(`${name}:${j.name}`), j.run(c)) })),
      context,
      onError: (e) => {
        throw e;
      },
    });
    runners.push(runner);
    return runner;
  };
  const sweep: BackgroundJob = { name: 'sweep', everyMs: 10 * MINUTE, run: async () => undefined };
  /** An audited change, so the audit chain's head moves. */
  const admin = t.as('admin');
  let unitNo = 0;
  const audited = async () => {
    const code = `BG-${unitNo++}`;
    expect((await admin({ method: 'POST', url: '/api/units', payload: { code, name: `后台任务 ${code}`, kind: 'DIRECT_UNIT' } })).statusCode).toBe(201);
  };
  afterAll(async () => {
    await Promise.all(runners.map((r) => r.stop()));
    await rm(dir, { recursive: true, force: true });
  });

  it('runs a due job once whichever instances tick, and again only when it is due again', async () => {
    runs.length = 0;
    const a = instance('a', [sweep]);
    const b = instance('b', [sweep]);
    expect(await a.tick()).toEqual(['sweep']);
    expect(await b.tick()).toEqual([]);
    expect([a.leading, b.leading]).toEqual([true, false]);
    await Promise.all([a.tick(), b.tick()]);
    expect(runs, 'not due yet').toEqual(['a:sweep']);
    t.clock.advance(10 * MINUTE);
    await Promise.all([b.tick(), a.tick()]);
    expect(runs).toEqual(['a:sweep', 'a:sweep']);

    // The leader stops: the other instance leads from its next tick and runs the job at once.
    await a.stop();
    expect(await b.tick()).toEqual(['sweep']);
    expect(b.leading).toBe(true);
    expect(runs).toEqual(['a:sweep', 'a:sweep', 'b:sweep']);
    await b.stop();
  });

  it('lets another instance lead when the leader loses its database session', async () => {
    runs.length = 0;
    const a = instance('a', [sweep]);
    const b = instance('b', [sweep]);
    await a.tick();
    await b.tick();
    // As after a network failure or a restarted PostgreSQL: the session holding the lock ends.
    const [cls, obj] = BACKGROUND_LOCK_KEY;
    const ended = await t.db.$queryRaw<{ ended: boolean }[]>`
      SELECT pg_terminate_backend(pid, 5000) AS ended FROM pg_locks
      WHERE locktype = 'advisory' AND classid = ${cls}::int::oid AND objid = ${obj}::int::oid AND granted`;
    expect(ended).toEqual([{ ended: true }]);
    expect(await a.tick(), 'a finds its lock gone and runs nothing').toEqual([]);
    expect(a.leading).toBe(false);
    expect(await b.tick()).toEqual(['sweep']);
    expect(runs).toEqual(['a:sweep', 'b:sweep']);
    expect(await a.tick(), 'and does not take the lead back').toEqual([]);
    await Promise.all([a.stop(), b.stop()]);
  });

  it('runs the real jobs once per tick across instances, and the leader anchors the audit chain once more as it stops', async () => {
    runs.length = 0;
    await audited();
    const names = BACKGROUND_JOBS.map((j) => j.name);
    const a = instance('a', BACKGROUND_JOBS);
    const b = instance('b', BACKGROUND_JOBS);
    await Promise.all([a.tick(), b.tick()]);
    const leader = a.leading ? 'a' : 'b';
    expect(runs.sort()).toEqual(names.map((n) => `${leader}:${n}`).sort());
    const anchors = async () => (await readFile(context.auditAnchorFile!, 'utf8')).trim().split('\n');
    expect(await anchors()).toHaveLength(1);

    runs.length = 0;
    const follower = leader === 'a' ? b : a;
    await follower.stop();
    expect(runs, 'a follower runs nothing as it stops').toEqual([]);
    // The head moves; the stopping leader writes it.
    await audited();
    await (leader === 'a' ? a : b).stop();
    expect(runs).toEqual([`${leader}:audit-anchor`]);
    expect(await anchors()).toHaveLength(2);
  });
});
