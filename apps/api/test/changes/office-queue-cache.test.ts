import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { bj } from '../helpers/dates.ts';
import { deafFeed } from '../helpers/deaf-feed.ts';

// The office's 首页待办队列 is kept in memory (decision 0026) until a write is heard or a department's last sign-in
// becomes the idle days old.
describe('the office’s home queue kept in memory', async () => {
  const t = await createTestApp({ changes: deafFeed(), now: bj('2026-07-20T10:00:00') });
  const seeded = await loadSeeded(t.db);
  const fx = createFixtures(t.db, seeded);
  await t.db.account.updateMany({ data: { passwordChangedAt: bj('2026-07-01T09:00:00') } });
  const dozing = await fx.unit();
  const account = await fx.account({ roles: ['FUNC_DEPT'], unitId: dozing.id });
  // Signed in 7 days less 5 minutes ago: idle in 5 minutes.
  await t.db.account.update({ where: { id: account.id }, data: { lastLoginAt: bj('2026-07-13T10:05:00') } });
  const silent = await fx.unit();
  await fx.account({ roles: ['FUNC_DEPT'], unitId: silent.id });
  let token = '';
  const signIn = async () => void (token = (await t.login('perf')).token);
  const idle = async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/home/queue', headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode, res.body).toBe(200);
    const ids = (res.json().office.idleDepartments as { unitId: string }[]).map((d) => d.unitId);
    return { dozing: ids.includes(dozing.id), silent: ids.includes(silent.id) };
  };

  it('serves the same queue until a write is heard, and moves a department to idle when its last sign-in grows 7 days old', async () => {
    await signIn();
    expect(await idle()).toEqual({ dozing: false, silent: true });
    // The silent department signs in through a process whose notification never arrived: still listed…
    await t.db.account.updateMany({ where: { unitId: silent.id }, data: { lastLoginAt: bj('2026-07-20T10:01:00') } });
    expect(await idle()).toEqual({ dozing: false, silent: true });
    // …until the other department's sign-in becomes 7 days old: then the queue is read again.
    t.clock.set(bj('2026-07-20T10:06:00'));
    expect(await idle()).toEqual({ dozing: true, silent: false });
  });
});

// A department's late reports are fixed when a report is written: its part of the queue is kept until a write is heard.
describe('a department’s home queue kept in memory', async () => {
  const t = await createTestApp({ changes: deafFeed() });
  const seeded = await loadSeeded(t.db);
  const fx = createFixtures(t.db, seeded);
  const { yearId, leafId } = await fx.frameworkYear();
  const target = await fx.target({ status: 'PUBLISHED', yearId, indicatorId: leafId });
  await fx.report(target.id, { periodKey: 'M01', actualPercent: 8, late: true });
  let token = '';
  const signIn = async () => void (token = (await t.login('safety')).token);
  const late = async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/home/queue?yearId=${yearId}`, headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().department.lateReports as number;
  };

  it('serves the same count until a write is heard, then the late report written meanwhile', async () => {
    await signIn();
    expect(await late()).toBe(1);
    // A late report written by a process whose notification never arrived: not counted…
    await fx.report(target.id, { periodKey: 'M02', actualPercent: 16, late: true });
    expect(await late()).toBe(1);
    // …until this process answers a write (a sign-in).
    await signIn();
    expect(await late()).toBe(2);
  });
});
