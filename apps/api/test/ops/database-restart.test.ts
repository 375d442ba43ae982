import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations, createPrismaClient, databaseUrl, ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from '@jx/db';
import { buildApp } from '../../src/app.ts';
import { FakeClock } from '../../src/lib/clock.ts';
import { hashPassword } from '../../src/auth/passwords.ts';
import { TEST_START } from '../helpers/constants.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The database goes away under load — PostgreSQL's immediate shutdown, as in a crash (SIGQUIT: no checkpoint, WAL
 * recovery at the next start) — and comes back on the same port: meanwhile the API answers 503 (never a 500, never a
 * crash), afterwards it serves again on its own, and every write it acknowledged is still there.
 */
describe('surviving a database restart', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'jx-restart-'));
  let pg: EmbeddedDatabase = await startEmbeddedPostgres({ dataDir: dir });
  const port = pg.port;
  await ensureDatabase(pg.serverUrl, 'mubiao');
  const url = databaseUrl(pg.serverUrl, 'mubiao');
  await applyMigrations(url);
  const db = createPrismaClient(url);
  await db.account.create({
    data: {
      username: 'admin',
      displayName: '管理员',
      roles: ['SYS_ADMIN'],
      passwordHash: await hashPassword('Kq7#vLm2!xRtPz'),
      mustChangePassword: false,
      passwordChangedAt: TEST_START,
    },
  });
  const app = await buildApp({
    db,
    clock: new FakeClock(TEST_START),
    logger: false,
    config: {
      jwtSecret: randomBytes(32).toString('hex'),
      cookieSecure: false,
      trustProxyHops: 0,
      loginRateLimitPerMinute: 10_000,
      logLevel: 'silent',
      requireMfaForPrivileged: false,
    },
  });
  await app.ready();
  afterAll(async () => {
    await app.close();
    await db.$disconnect();
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  });
  const token = (await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'Kq7#vLm2!xRtPz' } })).json()
    .accessToken as string;
  const write = (i: number) =>
    app.inject({ method: 'POST', url: '/api/announcements', headers: { authorization: `Bearer ${token}` }, payload: { title: `写入 ${i}`, body: '正文' } });
  const health = () => app.inject({ method: 'GET', url: '/api/health' });

  it('503 while it is down, serving again by itself, no acknowledged write lost', async () => {
    const acknowledged: string[] = [];
    const statuses = new Set<number>();
    let i = 0;
    let writing = true;
    // Four writers keep going through the whole outage.
    const writers = Array.from({ length: 4 }, async () => {
      while (writing) {
        const res = await write(i++);
        statuses.add(res.statusCode);
        if (res.statusCode === 201) acknowledged.push(res.json().id);
        else expect([503]).toContain(res.statusCode);
        await sleep(20);
      }
    });
    await sleep(500);
    expect(acknowledged.length).toBeGreaterThan(0);

    // Immediate shutdown of the postmaster, as a crash would leave it.
    const pid = Number((await readFile(join(dir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0]);
    process.kill(pid, 'SIGQUIT');
    await pg.stop();
    await sleep(300);
    const down = await health();
    expect(down.statusCode).toBe(503);
    expect(down.json().error.code).toBe('SERVICE_UNAVAILABLE');
    await sleep(700);

    pg = await startEmbeddedPostgres({ dataDir: dir, port });
    // Back by itself: no restart of the app, no reconnect call.
    let up = false;
    for (let k = 0; k < 50 && !up; k++) {
      up = (await health()).statusCode === 200;
      if (!up) await sleep(200);
    }
    expect(up).toBe(true);
    await sleep(500);
    writing = false;
    await Promise.all(writers);

    expect(statuses).toContain(503);
    expect([...statuses].every((s) => s === 201 || s === 503)).toBe(true);
    const stored = await db.announcement.findMany({ where: { id: { in: acknowledged } }, select: { id: true } });
    expect(stored.length).toBe(acknowledged.length);
    expect((await write(999_999)).statusCode).toBe(201);
  });
});
