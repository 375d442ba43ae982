import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { accountId, craftJwt, errorCode, jwtPayload, probeMe, probeUnits, refresh } from '../helpers/security.ts';
import { REFRESH_GRACE_MS } from '../../src/modules/auth/refresh.ts';

describe('refresh-token rotation with reuse detection', async () => {
  const t = await createTestApp();

  it('refresh returns a new access token and a new cookie; the old cookie then fails and its reuse ends the session', async () => {
    const first = await t.login('leader');
    const r1 = await refresh(t, first.refreshCookie);
    expect(r1.res.statusCode).toBe(200);
    const body = r1.res.json();
    expect(body.accessToken).toEqual(expect.any(String));
    // (The access token names the session only, so within one second it may equal the previous one.)
    expect(jwtPayload(body.accessToken).sid).toBe(jwtPayload(first.token).sid);
    expect(jwtPayload(body.accessToken).exp).toBeGreaterThanOrEqual(jwtPayload(first.token).exp);
    expect(body.user.username).toBe('leader');
    expect(r1.cookie).not.toBe('');
    expect(r1.cookie).not.toBe(first.refreshCookie);
    const setCookie = r1.res.cookies.find((c) => c.name === 'jx_refresh')!;
    expect(setCookie).toMatchObject({ httpOnly: true, path: '/api/auth', sameSite: 'Strict' });
    expect((await probeUnits(t, body.accessToken)).statusCode).toBe(200);

    // Someone replays the cookie that was rotated away, once the grace window for a second tab is over.
    t.clock.advance(REFRESH_GRACE_MS + 1000);
    const replay = await refresh(t, first.refreshCookie);
    expect(replay.res.statusCode).toBe(401);
    expect(errorCode(replay.res)).toBe('SESSION_EXPIRED');

    // The whole session is now gone: the legitimate new cookie and every access token of the session.
    const r2 = await refresh(t, r1.cookie);
    expect(r2.res.statusCode).toBe(401);
    expect((await probeUnits(t, body.accessToken)).statusCode).toBe(401);
    expect((await probeUnits(t, first.token)).statusCode).toBe(401);
    const session = await t.db.session.findUniqueOrThrow({ where: { id: jwtPayload(first.token).sid } });
    expect(session.revokeReason).toBe('REFRESH_REUSE');
    // The theft is in the audit log as a refused refresh.
    const denied = await t.db.auditEvent.findFirst({ where: { action: 'auth.refresh', objectId: session.id, outcome: 'DENIED' } });
    expect(denied?.reason).toContain('疑似被复制');
  });

  it('ten tabs refreshing at once with one cookie all get the same new cookie, and the session lives on', async () => {
    const first = await t.login('safety');
    const all = await Promise.all(Array.from({ length: 10 }, () => refresh(t, first.refreshCookie)));
    expect(all.map((r) => r.res.statusCode)).toEqual(Array(10).fill(200));
    expect(new Set(all.map((r) => r.cookie)).size).toBe(1);
    const [next] = all;
    expect((await probeUnits(t, next!.res.json().accessToken)).statusCode).toBe(200);
    // The new cookie rotates on as usual; the first one, within the window, still gets that same successor.
    t.clock.advance(5_000);
    expect((await refresh(t, first.refreshCookie)).cookie).toBe(next!.cookie);
    const after = await refresh(t, next!.cookie);
    expect(after.res.statusCode).toBe(200);
    const events = await t.db.auditEvent.count({ where: { action: 'auth.refresh', objectId: jwtPayload(first.token).sid, outcome: 'SUCCESS' } });
    expect(events).toBe(12);
  });

  it('a chain of rotations keeps working while each cookie is used once', async () => {
    let { refreshCookie: cookie } = await t.login('deputy');
    const seen = new Set([cookie]);
    for (let i = 0; i < 5; i++) {
      const r = await refresh(t, cookie);
      expect(r.res.statusCode).toBe(200);
      expect(seen.has(r.cookie)).toBe(false);
      seen.add(r.cookie);
      cookie = r.cookie;
      expect((await probeUnits(t, r.res.json().accessToken)).statusCode).toBe(200);
    }
  });

  it('refresh without a cookie or with a made-up one is 401', async () => {
    const none = await t.app.inject({ method: 'POST', url: '/api/auth/refresh' });
    expect(none.statusCode).toBe(401);
    const madeUp = await refresh(t, randomBytes(32).toString('base64url'));
    expect(madeUp.res.statusCode).toBe(401);
  });
});

describe('access-token tampering', async () => {
  const t = await createTestApp();
  const { token } = await t.login('safety');
  const claims = jwtPayload(token);
  const secret = t.app.deps.config.jwtSecret;
  const now = Math.floor(t.clock.now().getTime() / 1000);
  const payload = { sid: claims.sid, sub: claims.sub, iat: now, exp: now + 600 };

  const refused = async (bad: string, what: string) => {
    const res = await probeMe(t, bad);
    expect(res.statusCode, what).toBe(401);
    expect(['SESSION_EXPIRED', 'UNAUTHENTICATED'], what).toContain(errorCode(res));
  };

  it('the genuine token works (control)', async () => {
    expect((await probeMe(t, token)).statusCode).toBe(200);
    // …and so does one we sign the same way, so the refusals below are about what we changed.
    expect((await probeMe(t, craftJwt(payload, { alg: 'HS256', secret }))).statusCode).toBe(200);
  });

  it('refuses a token signed with another secret', async () => {
    await refused(craftJwt(payload, { alg: 'HS256', secret: randomBytes(32).toString('hex') }), 'other secret');
  });

  it('refuses alg none, with or without a signature part', async () => {
    const unsigned = craftJwt(payload, { alg: 'none' });
    await refused(unsigned, 'alg none');
    await refused(unsigned.slice(0, -1), 'alg none, two parts');
    await refused(`${unsigned}${token.split('.')[2]}`, 'alg none with the genuine signature');
  });

  it('refuses HS512 and HS384 even with the right secret (the algorithm is pinned)', async () => {
    await refused(craftJwt(payload, { alg: 'HS512', secret }), 'HS512');
    await refused(craftJwt(payload, { alg: 'HS384', secret }), 'HS384');
  });

  it('refuses an edited payload under the original signature', async () => {
    const [h, , s] = token.split('.');
    const adminId = await accountId(t, 'admin');
    const edited = `${h}.${Buffer.from(JSON.stringify({ ...claims, sub: adminId })).toString('base64url')}.${s}`;
    await refused(edited, 'edited payload');
  });

  it('refuses a validly signed token whose session is unknown or belongs to another account', async () => {
    await refused(t.sign({ sid: randomUUID(), sub: claims.sub }), 'unknown session');
    await refused(t.sign({ sid: claims.sid, sub: await accountId(t, 'admin') }), 'someone else’s session');
  });

  it('refuses garbage and a missing Bearer prefix', async () => {
    await refused('not-a-jwt', 'garbage');
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: token } });
    expect(res.statusCode).toBe(401);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });
});
