import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { currentTotp } from '../../src/auth/totp.ts';
import { DEMO_PASSWORD } from '../helpers/constants.ts';

const THIRTY_SECONDS = 30_000;

describe('TOTP second factor', async () => {
  const t = await createTestApp({ requireMfaForPrivileged: true });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const loginRaw = (payload: object) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload });

  async function enrol(username: string) {
    const { token } = await t.login(username);
    const setup = await t.app.inject({ method: 'POST', url: '/api/auth/totp/setup', headers: bearer(token) });
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUrl, qrDataUrl } = setup.json();
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    expect(qrDataUrl).toMatch(/^data:image\/png;base64,/);
    return { token, secret: secret as string };
  }

  it('in production mode confines a privileged account without a second factor to setting one up', async () => {
    const { token } = await t.login('perf');
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(token) });
    expect(me.json()).toMatchObject({ mfaEnrollmentRequired: true, totpEnabled: false });
    const blocked = await t.app.inject({ method: 'GET', url: '/api/units', headers: bearer(token) });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('MFA_ENROLLMENT_REQUIRED');
    // Roles outside SYS_ADMIN / PERF_OFFICE / AUDITOR are not forced.
    const leader = await t.login('leader');
    expect((await t.app.inject({ method: 'GET', url: '/api/units', headers: bearer(leader.token) })).statusCode).toBe(200);
  });

  it('enables only with a correct code, then requires the code at login and refuses replays', async () => {
    const { token, secret } = await enrol('perf');
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/totp/enable', headers: bearer(token), payload: { code: '000000' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details.issues[0].path).toBe('code');

    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/auth/totp/enable',
      headers: bearer(token),
      payload: { code: currentTotp(secret, t.clock.now()) },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ totpEnabled: true, mfaEnrollmentRequired: false });
    expect((await t.app.inject({ method: 'GET', url: '/api/units', headers: bearer(token) })).statusCode).toBe(200);

    const noCode = await loginRaw({ username: 'perf', password: DEMO_PASSWORD });
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json().error.code).toBe('MFA_REQUIRED');

    t.clock.advance(THIRTY_SECONDS);
    const code = currentTotp(secret, t.clock.now());
    const withCode = await loginRaw({ username: 'perf', password: DEMO_PASSWORD, totpCode: code });
    expect(withCode.statusCode).toBe(200);
    // A replayed code, a wrong code and a wrong password beside a code: one answer, which does not say what was wrong.
    const replay = await loginRaw({ username: 'perf', password: DEMO_PASSWORD, totpCode: code });
    const bad = await loginRaw({ username: 'perf', password: DEMO_PASSWORD, totpCode: '123456' });
    const badPassword = await loginRaw({ username: 'perf', password: 'Wrong#pass9', totpCode: currentTotp(secret, t.clock.now()) });
    for (const [res, left] of [
      [replay, 4],
      [bad, 3],
      [badPassword, 2],
    ] as const) {
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toMatchObject({
        code: 'INVALID_CREDENTIALS',
        message: `用户名、密码或动态口令错误，再错 ${left} 次账户将被锁定`,
        details: { attemptsLeft: left },
      });
    }
    const account = await t.db.account.findUniqueOrThrow({ where: { username: 'perf' } });
    expect(account.totpSecret).not.toContain(secret);
  });

  it('lets the administrator reset a lost authenticator, ending the sessions', async () => {
    const { secret } = await enrol('party');
    const session = await t.app.inject({
      method: 'POST',
      url: '/api/auth/totp/enable',
      payload: { code: currentTotp(secret, t.clock.now()) },
      headers: bearer((await t.login('party')).token),
    });
    expect(session.statusCode).toBe(200);
    t.clock.advance(THIRTY_SECONDS);
    const live = await loginRaw({ username: 'party', password: DEMO_PASSWORD, totpCode: currentTotp(secret, t.clock.now()) });
    const liveToken = live.json().accessToken as string;

    const admin = await enrol('admin');
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/totp/enable',
      headers: bearer(admin.token),
      payload: { code: currentTotp(admin.secret, t.clock.now()) },
    });
    const target = await t.db.account.findUniqueOrThrow({ where: { username: 'party' } });
    const reset = await t.app.inject({
      method: 'POST',
      url: `/api/accounts/${target.id}/reset-totp`,
      headers: bearer(admin.token),
      payload: { version: target.version },
    });
    expect(reset.statusCode).toBe(200);
    expect(reset.json().totpEnabled).toBe(false);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(liveToken) })).statusCode).toBe(401);
    const again = await loginRaw({ username: 'party', password: DEMO_PASSWORD });
    expect(again.statusCode).toBe(200);
    expect(again.json().user.totpEnabled).toBe(false);
  });

  it('removes the second factor only with the password and a current code', async () => {
    const { secret } = await enrol('leader');
    const first = await t.login('leader');
    await t.app.inject({ method: 'POST', url: '/api/auth/totp/enable', headers: bearer(first.token), payload: { code: currentTotp(secret, t.clock.now()) } });
    t.clock.advance(THIRTY_SECONDS);
    const wrongPassword = await t.app.inject({
      method: 'POST',
      url: '/api/auth/totp/disable',
      headers: bearer(first.token),
      payload: { password: 'nope', code: currentTotp(secret, t.clock.now()) },
    });
    expect(wrongPassword.statusCode).toBe(400);
    const off = await t.app.inject({
      method: 'POST',
      url: '/api/auth/totp/disable',
      headers: bearer(first.token),
      payload: { password: DEMO_PASSWORD, code: currentTotp(secret, t.clock.now()) },
    });
    expect(off.statusCode).toBe(200);
    expect((await loginRaw({ username: 'leader', password: DEMO_PASSWORD })).statusCode).toBe(200);
  });

  it('guessing through /totp/disable counts toward the lockout, answers alike for a wrong password and a wrong code, and the lock ends the session', async () => {
    const { secret } = await enrol('safety');
    const session = await t.login('safety');
    await t.app.inject({ method: 'POST', url: '/api/auth/totp/enable', headers: bearer(session.token), payload: { code: currentTotp(secret, t.clock.now()) } });
    t.clock.advance(THIRTY_SECONDS);
    const disable = (password: string, code: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/totp/disable', headers: bearer(session.token), payload: { password, code } });
    const wrongPassword = await disable('Wrong#guess1', currentTotp(secret, t.clock.now()));
    const wrongCode = await disable(DEMO_PASSWORD, '000000');
    for (const [res, left] of [
      [wrongPassword, 4],
      [wrongCode, 3],
    ] as const) {
      expect(res.statusCode).toBe(400);
      const message = `密码或动态口令不正确（再错 ${left} 次账户将被锁定）`;
      expect(res.json().error.details.issues).toEqual([
        expect.objectContaining({ path: 'password', message, key: 'auth.credentialWrong' }),
        expect.objectContaining({ path: 'code', message }),
      ]);
    }
    for (let i = 0; i < 2; i++) expect((await disable(`Wrong#guess${i}`, '000000')).statusCode).toBe(400);
    const locked = await disable('Wrong#guess9', '000000');
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.code).toBe('ACCOUNT_LOCKED');
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(session.token) })).statusCode).toBe(401);
    const account = await t.db.account.findUniqueOrThrow({ where: { username: 'safety' } });
    expect(account.totpSecret).not.toBeNull();
  });

  it('accepts one code for only one of two parallel logins', async () => {
    const { token, secret } = await enrol('integrity');
    await t.app.inject({ method: 'POST', url: '/api/auth/totp/enable', headers: bearer(token), payload: { code: currentTotp(secret, t.clock.now()) } });
    t.clock.advance(THIRTY_SECONDS * 2);
    const code = currentTotp(secret, t.clock.now());
    const [a, b] = await Promise.all([
      loginRaw({ username: 'integrity', password: DEMO_PASSWORD, totpCode: code }),
      loginRaw({ username: 'integrity', password: DEMO_PASSWORD, totpCode: code }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 401]);
  });
});
