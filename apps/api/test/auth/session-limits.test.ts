import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { HOUR, MINUTE, errorCode, probeUnits, refresh } from '../helpers/security.ts';

/**
 * Requests as the web app makes them: the access token lives 15 minutes, so on a 401 the app trades the refresh cookie
 * for a new one and tries once more. What is left is whether the session itself is still alive.
 */
function browserSession(t: TestApp, first: { token: string; refreshCookie: string }) {
  let { token, refreshCookie: cookie } = first;
  return {
    get token() {
      return token;
    },
    get cookie() {
      return cookie;
    },
    async request() {
      const res = await probeUnits(t, token);
      if (res.statusCode !== 401) return res;
      const r = await refresh(t, cookie);
      if (r.res.statusCode !== 200) return r.res;
      cookie = r.cookie;
      token = r.res.json().accessToken;
      return probeUnits(t, token);
    },
  };
}

describe('session limits (30 minutes idle, 12 hours absolute) on the fake clock', async () => {
  const t = await createTestApp();

  it('a request after 29 minutes idle works; after 31 more minutes idle it is 401 SESSION_EXPIRED and the refresh cookie is dead too', async () => {
    const session = browserSession(t, await t.login('safety'));
    t.clock.advance(29 * MINUTE);
    expect((await session.request()).statusCode).toBe(200);
    // The request above counted as activity: another 29 minutes is still fine.
    t.clock.advance(29 * MINUTE);
    expect((await session.request()).statusCode).toBe(200);

    t.clock.advance(31 * MINUTE);
    const res = await session.request();
    expect(res.statusCode).toBe(401);
    expect(errorCode(res)).toBe('SESSION_EXPIRED');

    // Coming back does not revive it: the session itself was ended.
    t.clock.advance(1000);
    expect((await probeUnits(t, session.token)).statusCode).toBe(401);
    const r = await refresh(t, session.cookie);
    expect(r.res.statusCode).toBe(401);
    expect(errorCode(r.res)).toBe('SESSION_EXPIRED');
    expect(r.res.json()).not.toHaveProperty('accessToken');
    const row = await t.db.session.findFirstOrThrow({ where: { account: { username: 'safety' } }, orderBy: { createdAt: 'desc' } });
    expect(row.revokedAt).not.toBeNull();
  });

  it('the refresh cookie alone cannot outlive the idle limit either', async () => {
    const { token, refreshCookie } = await t.login('perf');
    t.clock.advance(31 * MINUTE);
    const r = await refresh(t, refreshCookie);
    expect(r.res.statusCode).toBe(401);
    expect(errorCode(r.res)).toBe('SESSION_EXPIRED');
    expect((await probeUnits(t, token)).statusCode).toBe(401);
  });

  it('a session kept busy with a request every 20 minutes still ends after 12 hours', async () => {
    const session = browserSession(t, await t.login('leader'));
    const start = t.clock.now().getTime();
    while (t.clock.now().getTime() + 20 * MINUTE < start + 12 * HOUR) {
      t.clock.advance(20 * MINUTE);
      const res = await session.request();
      expect(res.statusCode, `at ${(t.clock.now().getTime() - start) / MINUTE} minutes`).toBe(200);
    }
    expect(t.clock.now().getTime() - start).toBe(11 * HOUR + 40 * MINUTE);
    t.clock.advance(20 * MINUTE);
    const res = await session.request();
    expect(res.statusCode).toBe(401);
    expect(errorCode(res)).toBe('SESSION_EXPIRED');
  });

  it('refreshing every 20 minutes does not extend the 12 hours either', async () => {
    const first = await t.login('deputy');
    let cookie = first.refreshCookie;
    let token = first.token;
    const start = t.clock.now().getTime();
    for (let i = 0; i < 35; i++) {
      t.clock.advance(20 * MINUTE);
      const r = await refresh(t, cookie);
      expect(r.res.statusCode, `refresh ${i + 1}`).toBe(200);
      cookie = r.cookie;
      token = r.res.json().accessToken;
    }
    expect((await probeUnits(t, token)).statusCode).toBe(200);
    expect(t.clock.now().getTime() - start).toBe(11 * HOUR + 40 * MINUTE);
    t.clock.advance(20 * MINUTE);
    const r = await refresh(t, cookie);
    expect(r.res.statusCode).toBe(401);
    expect(errorCode(r.res)).toBe('SESSION_EXPIRED');
    expect((await probeUnits(t, token)).statusCode).toBe(401);
  });
});
