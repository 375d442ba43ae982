import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { DEMO_PASSWORD } from '../helpers/constants.ts';
import { MINUTE, adminAccount, beijingMinute, errorCode, errorMessage, loginRaw, withToken } from '../helpers/security.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { pruneLoginThrottle } from '../../src/modules/auth/count-failure.ts';

describe('login lockout (per account, whatever the IP)', async () => {
  const t = await createTestApp();
  const loginEvents = (username: string) => t.db.loginEvent.findMany({ where: { username }, orderBy: { at: 'asc' } });

  it('locks after 5 wrong passwords from 5 different X-Forwarded-For addresses, refuses even the right password for 30 minutes', async () => {
    // One second between attempts, so the LoginEvents have a definite order.
    for (let i = 1; i <= 4; i++) {
      t.clock.advance(1000);
      const res = await loginRaw(t, 'unit.chengdu', `Wrong#pass${i}`, { 'x-forwarded-for': `203.0.113.${i}` });
      expect(res.statusCode, `attempt ${i}`).toBe(401);
      expect(errorCode(res)).toBe('INVALID_CREDENTIALS');
    }
    t.clock.advance(1000);
    const lockedAt = t.clock.now();
    const fifth = await loginRaw(t, 'unit.chengdu', 'Wrong#pass5', { 'x-forwarded-for': '203.0.113.5' });
    expect(fifth.statusCode).toBe(423);
    expect(errorCode(fifth)).toBe('ACCOUNT_LOCKED');

    const unlockAt = new Date(lockedAt.getTime() + 30 * MINUTE);
    // The correct password from yet another address is refused, and the message says until when.
    t.clock.advance(1000);
    const right = await loginRaw(t, 'unit.chengdu', DEMO_PASSWORD, { 'x-forwarded-for': '198.51.100.7' });
    expect(right.statusCode).toBe(423);
    expect(errorCode(right)).toBe('ACCOUNT_LOCKED');
    expect(errorMessage(right)).toContain(beijingMinute(unlockAt));
    expect(right.json().error.details).toMatchObject({ lockedUntil: unlockAt.toISOString() });
    expect(right.json()).not.toHaveProperty('accessToken');

    t.clock.advance(29 * MINUTE);
    expect((await loginRaw(t, 'unit.chengdu')).statusCode, 'still locked after 29 minutes').toBe(423);

    t.clock.advance(1 * MINUTE); // 30 minutes (and a second) after the lock
    const after = await loginRaw(t, 'unit.chengdu');
    expect(after.statusCode).toBe(200);
    expect(after.json().user.username).toBe('unit.chengdu');
  });

  it('records every attempt as a LoginEvent with outcome, reason and the real client address (X-Forwarded-For is not trusted)', async () => {
    const events = await loginEvents('unit.chengdu');
    expect(events.map((e) => [e.outcome, e.reason])).toEqual([
      ['FAILURE', 'BAD_PASSWORD'],
      ['FAILURE', 'BAD_PASSWORD'],
      ['FAILURE', 'BAD_PASSWORD'],
      ['FAILURE', 'BAD_PASSWORD'],
      ['FAILURE', 'BAD_PASSWORD_LOCKED'],
      ['FAILURE', 'LOCKED'],
      ['FAILURE', 'LOCKED'],
      ['SUCCESS', 'OK'],
    ]);
    for (const e of events) {
      expect(e.ip).toBe('127.0.0.1');
      expect(e.accountId).not.toBeNull();
    }
  });

  it('resets the failure counter after a successful login', async () => {
    for (let i = 0; i < 4; i++) expect((await loginRaw(t, 'unit.mianyang', 'Wrong#pass1')).statusCode).toBe(401);
    expect((await loginRaw(t, 'unit.mianyang')).statusCode).toBe(200);
    // Four more failures: without the reset this would be the 8th in a row and the account would be locked.
    for (let i = 0; i < 4; i++) {
      const res = await loginRaw(t, 'unit.mianyang', 'Wrong#pass2');
      expect(res.statusCode, `failure ${i + 1} after the success`).toBe(401);
    }
    expect((await loginRaw(t, 'unit.mianyang')).statusCode).toBe(200);
  });

  it('an unknown username gets exactly the answers a real one gets — the same count of attempts left, the same lock — and is logged', async () => {
    const real = await createFixtures(t.db, await loadSeeded(t.db)).account({ roles: ['UNIT_ADMIN'] });
    const answers = async (username: string) => {
      const out: unknown[] = [];
      for (let i = 1; i <= 6; i++) {
        const res = await loginRaw(t, username, `Wrong#pass${i}`);
        out.push([res.statusCode, { ...res.json().error, requestId: undefined }]);
      }
      return out;
    };
    const realAnswers = await answers(real.username);
    const unknownAnswers = await answers('nobody.here');
    expect(unknownAnswers).toEqual(realAnswers);
    // 4 × "再错 n 次", then locked until the same minute.
    expect(realAnswers.map((a) => (a as [number])[0])).toEqual([401, 401, 401, 401, 423, 423]);
    expect((realAnswers[0] as [number, { message: string; details: unknown }])[1]).toMatchObject({
      code: 'INVALID_CREDENTIALS',
      message: '用户名或密码错误，再错 4 次账户将被锁定',
      details: { attemptsLeft: 4 },
    });

    const events = await loginEvents('nobody.here');
    expect(events[0]).toMatchObject({ outcome: 'FAILURE', reason: 'UNKNOWN_USER', accountId: null, ip: '127.0.0.1' });
    expect(events.at(-1)).toMatchObject({ outcome: 'FAILURE', reason: 'LOCKED' });
    // The sweep forgets a name nobody has tried for a day, once its lock has run out.
    t.clock.advance(25 * 60 * MINUTE);
    expect(await pruneLoginThrottle(t.db, t.clock.now())).toBeGreaterThanOrEqual(1);
    expect(await t.db.loginThrottle.findUnique({ where: { username: 'nobody.here' } })).toBeNull();
  });

  it('a burst of parallel guesses gets no more than 5 tries: exactly 4 "wrong password" answers, then locked', async () => {
    const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => loginRaw(t, 'perf', `Wrong#burst${i}`)));
    const statuses = burst.map((r) => r.statusCode).sort();
    expect(
      statuses.filter((s) => s === 401),
      'guesses answered as merely wrong',
    ).toHaveLength(4);
    expect(statuses.filter((s) => s === 423)).toHaveLength(16);
    const right = await loginRaw(t, 'perf');
    expect(right.statusCode).toBe(423);
    const account = await t.db.account.findUniqueOrThrow({ where: { username: 'perf' } });
    expect(account.lockedUntil?.getTime()).toBe(t.clock.now().getTime() + 30 * MINUTE);
  });

  it('the right password racing the locking 5th guess either wins before the lock or is refused by it, never both', async () => {
    for (let i = 0; i < 4; i++) await loginRaw(t, 'integrity', 'Wrong#pass1');
    const [wrong, right] = await Promise.all([loginRaw(t, 'integrity', 'Wrong#pass2'), loginRaw(t, 'integrity')]);
    // Either the success came first (counter reset, the wrong guess is the 1st of a new series),
    // or the lock came first and the right password is refused. A lock that a success then erases is wrong.
    expect([
      [401, 200],
      [423, 423],
    ]).toContainEqual([wrong.statusCode, right.statusCode]);
    const account = await t.db.account.findUniqueOrThrow({ where: { username: 'integrity' } });
    expect(account.lockedUntil !== null && account.lockedUntil > t.clock.now()).toBe(right.statusCode === 423);
  });

  it("lets the administrator's unlock clear a lock at once", async () => {
    for (let i = 0; i < 5; i++) await loginRaw(t, 'staff.chengdu', 'Wrong#pass1');
    expect((await loginRaw(t, 'staff.chengdu')).statusCode).toBe(423);

    const admin = (await t.login('admin')).token;
    const before = await adminAccount(t, admin, 'staff.chengdu');
    expect(before.locked).toBe(true);
    const res = await withToken(t, admin)({ method: 'POST', url: `/api/accounts/${before.id}/unlock`, payload: { version: before.version } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ locked: false, lockedUntil: null });

    // No time has passed: the lock is gone because of the unlock.
    const login = await loginRaw(t, 'staff.chengdu');
    expect(login.statusCode).toBe(200);
    // …and the counter too: one more failure does not re-lock.
    expect((await loginRaw(t, 'staff.chengdu', 'Wrong#pass1')).statusCode).toBe(401);
  });
});
