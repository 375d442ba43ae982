import { describe, expect, it, vi } from 'vitest';
import pg from 'pg';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { bj } from '../helpers/dates.ts';
import { errorCode, probeUnits } from '../helpers/security.ts';
import { MINUTE } from '../../src/lib/clock.ts';
import type { ChangeTopic } from '../../src/lib/changes/change-feed.ts';
import { deafFeed } from '../helpers/deaf-feed.ts';

// An app listening to the change feed as the server does (decision 0026): it keeps sessions and the states' freshness
// in memory, and still refuses, recomputes and shows what another process wrote once PostgreSQL has told it.
describe('change feed: what a process keeps in memory follows the database', async () => {
  const t = await createTestApp({ listen: true, now: bj('2026-04-10T10:00:00') });
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const changes = t.app.deps.changes;

  /** Runs a write as another process would (its own connection), and waits until this app has heard of it. */
  async function elsewhere(topic: ChangeTopic, sql: string, params: unknown[] = []) {
    const before = changes.stamp(topic);
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    try {
      await client.query(sql, params);
    } finally {
      await client.end();
    }
    await vi.waitFor(() => expect(changes.stamp(topic)).not.toBe(before), { timeout: 5000, interval: 10 });
  }

  it('a session revoked or an account disabled by another process is refused once heard of', async () => {
    const { token } = await t.login('unit.chengdu');
    expect((await probeUnits(t, token)).statusCode).toBe(200);
    const sid = (await db.session.findFirstOrThrow({ where: { account: { username: 'unit.chengdu' }, revokedAt: null }, orderBy: { createdAt: 'desc' } })).id;
    await elsewhere('auth', `UPDATE "Session" SET "revokedAt" = now(), "revokeReason" = 'ADMIN' WHERE "id" = $1`, [sid]);
    const res = await probeUnits(t, token);
    expect(res.statusCode).toBe(401);
    expect(errorCode(res)).toBe('SESSION_EXPIRED');

    const other = await t.login('staff.chengdu');
    expect((await probeUnits(t, other.token)).statusCode).toBe(200);
    await elsewhere('auth', `UPDATE "Account" SET "status" = 'DISABLED' WHERE "username" = 'staff.chengdu'`);
    expect((await probeUnits(t, other.token)).statusCode).toBe(401);
    await db.account.update({ where: { username: 'staff.chengdu' }, data: { status: 'ACTIVE' } });
  });

  it('a session this process last saw long ago but another process saw lately is not ended as idle', async () => {
    const { token } = await t.login('unit.mianyang');
    expect((await probeUnits(t, token)).statusCode).toBe(200);
    const sid = (await db.session.findFirstOrThrow({ where: { account: { username: 'unit.mianyang' }, revokedAt: null }, orderBy: { createdAt: 'desc' } })).id;
    // Another worker served the session 25 minutes later (a last-seen write notifies no one), then 10 quiet minutes.
    await db.session.update({ where: { id: sid }, data: { lastSeenAt: new Date(t.clock.now().getTime() + 25 * MINUTE) } });
    t.clock.advance(35 * MINUTE);
    const sub = seeded.accountId('unit.mianyang');
    // A fresh access token, as the browser would have by refreshing (access tokens live shorter than the idle limit).
    expect((await probeUnits(t, t.sign({ sid, sub }))).statusCode).toBe(200);
    expect((await db.session.findUniqueOrThrow({ where: { id: sid } })).revokedAt).toBeNull();
    // Idle in the database too: ended.
    t.clock.advance(31 * MINUTE);
    expect((await probeUnits(t, t.sign({ sid, sub }))).statusCode).toBe(401);
    expect((await db.session.findUniqueOrThrow({ where: { id: sid } })).revokeReason).toBe('IDLE');
  });

  it('warnings follow a report written by another process, the client’s own report at once, and the calendar', async () => {
    t.clock.set(bj('2026-04-10T12:00:00'));
    const tg = await fx.target({ status: 'PUBLISHED', unitCode: 'CITY-CD' });
    const state = async () => {
      const res = await t.app.inject({
        headers: { authorization: `Bearer ${(await t.login('leader')).token}` },
        method: 'GET',
        url: `/api/warnings?yearId=${seeded.yearId}&unitId=${seeded.unitId('CITY-CD')}&pageSize=100`,
      });
      expect(res.statusCode, res.body).toBe(200);
      return (res.json().items as { targetId: string; actualPercent: number; overdueDays: number }[]).find((w) => w.targetId === tg.id);
    };
    expect(await state()).toMatchObject({ actualPercent: 0 });
    // A report from another process: the state is marked stale by its trigger, the feed tells this app, the next read recomputes.
    await elsewhere(
      'state',
      `INSERT INTO "ProgressReport" ("id", "targetId", "periodKey", "actualPercent", "narrative", "reportedById", "submittedAt", "updatedAt")
       VALUES (gen_random_uuid(), $1, 'M01', 20, '进展', $2, now(), now())`,
      [tg.id, seeded.accountId('unit.chengdu')],
    );
    expect(await state()).toMatchObject({ actualPercent: 20 });

    // The client's own report through this app: seen by its next request without waiting for the feed.
    const unit = (await t.login('unit.chengdu')).token;
    const posted = await t.app.inject({
      headers: { authorization: `Bearer ${unit}` },
      method: 'POST',
      url: `/api/targets/${tg.id}/reports`,
      payload: { periodKey: 'M02', actualPercent: 35, narrative: '进展' },
    });
    expect(posted.statusCode, posted.body).toBe(201);
    expect(await state()).toMatchObject({ actualPercent: 35 });

    // The calendar alone: the March report falls due at the end of 5 April... already past; the April one on 5 May.
    const before = (await state())!.overdueDays;
    t.clock.set(bj('2026-05-08T10:00:00'));
    expect((await state())!.overdueDays).toBeGreaterThan(before);
  });

  it('while the feed is down nothing is kept: every request reads the database, and the feed comes back', async () => {
    const { token } = await t.login('unit.chengdu');
    expect((await probeUnits(t, token)).statusCode).toBe(200);
    const sid = (await db.session.findFirstOrThrow({ where: { account: { username: 'unit.chengdu' }, revokedAt: null }, orderBy: { createdAt: 'desc' } })).id;
    await db.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'jx-change-feed' AND datname = current_database()`;
    await vi.waitFor(() => expect(changes.stamp('auth')).toBeNull(), { timeout: 5000, interval: 10 });
    // Revoked with no notification heard: refused at once all the same.
    await db.session.update({ where: { id: sid }, data: { revokedAt: t.clock.now(), revokeReason: 'ADMIN' } });
    expect((await probeUnits(t, token)).statusCode).toBe(401);
    await vi.waitFor(() => expect(changes.stamp('auth')).not.toBeNull(), { timeout: 10_000, interval: 50 });
  });
});

describe('change feed: a client reads its own writes before any notification arrives', async () => {
  const t = await createTestApp({ changes: deafFeed(), now: bj('2026-04-10T12:00:00') });
  const seeded = await loadSeeded(t.db);
  const fx = createFixtures(t.db, seeded);

  it('its report shows in the warnings at once; a write no one heard of does not, until this process writes', async () => {
    const tg = await fx.target({ status: 'PUBLISHED', unitCode: 'CITY-CD' });
    const leader = t.as('leader');
    const actual = async () => {
      const res = await leader({ method: 'GET', url: `/api/warnings?yearId=${seeded.yearId}&unitId=${seeded.unitId('CITY-CD')}&pageSize=100` });
      expect(res.statusCode, res.body).toBe(200);
      return (res.json().items as { targetId: string; actualPercent: number }[]).find((w) => w.targetId === tg.id)?.actualPercent;
    };
    expect(await actual()).toBe(0);
    expect(await actual()).toBe(0); // a clean probe, remembered
    const posted = await t.as('unit.chengdu')({
      method: 'POST',
      url: `/api/targets/${tg.id}/reports`,
      payload: { periodKey: 'M01', actualPercent: 20, narrative: '进展' },
    });
    expect(posted.statusCode, posted.body).toBe(201);
    expect(await actual()).toBe(20);
    expect(await actual()).toBe(20); // remembered again

    // Another process's report whose notification never came: this process still trusts its last probe…
    await t.db
      .$executeRaw`INSERT INTO "ProgressReport" ("id", "targetId", "periodKey", "actualPercent", "narrative", "reportedById", "submittedAt", "updatedAt")
      VALUES (gen_random_uuid(), ${tg.id}::uuid, 'M02', 35, '进展', ${seeded.accountId('unit.chengdu')}::uuid, now(), now())`;
    expect(await actual()).toBe(20);
    // …until anything is written through it (here: a login).
    await t.login('perf');
    expect(await actual()).toBe(35);
  });
});
