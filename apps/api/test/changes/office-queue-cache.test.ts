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
