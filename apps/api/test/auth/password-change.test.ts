import { describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { DEMO_PASSWORD } from '../helpers/constants.ts';
import { DAY, MINUTE, errorCode, errorMessage, loginRaw, probeMe, probeUnits, unitId, withToken } from '../helpers/security.ts';

const changePassword = (t: TestApp, token: string, currentPassword: string, newPassword: string) =>
  withToken(t, token)({ method: 'POST', url: '/api/auth/change-password', payload: { currentPassword, newPassword } });

/** Every kind of request a user with a pending password change might try, except me/logout/change-password. */
const BLOCKED_REQUESTS = [
  { method: 'GET' as const, url: '/api/units' },
  { method: 'GET' as const, url: '/api/target-types' },
  { method: 'GET' as const, url: '/api/announcements' },
  { method: 'GET' as const, url: '/api/years' },
  { method: 'PATCH' as const, url: '/api/auth/me', payload: { displayName: '改个名字', version: 1 } },
  { method: 'POST' as const, url: '/api/units', payload: { code: 'X-NEW', name: '新单位', kind: 'DIRECT_UNIT' } },
];

describe('issued password: change at first login, then the policy', async () => {
  const t = await createTestApp();
  const ISSUED = 'Issued#Pw01';
  const P1 = 'Fresh#Pw101';
  const P2 = 'Fresh#Pw202';
  const P3 = 'Fresh#Pw303';
  let firstToken = '';

  it('an account the administrator creates must change its password before anything else', async () => {
    const admin = (await t.login('admin')).token;
    const created = await withToken(
      t,
      admin,
    )({
      method: 'POST',
      url: '/api/accounts',
      payload: { username: 'li.na', displayName: '李娜', password: ISSUED, access: { roles: ['UNIT_STAFF'], unitId: await unitId(t, 'CITY-CD') } },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().mustChangePassword).toBe(true);

    const login = await loginRaw(t, 'li.na', ISSUED);
    expect(login.statusCode).toBe(200);
    expect(login.json().user).toMatchObject({ username: 'li.na', mustChangePassword: true, passwordExpired: false });
    firstToken = login.json().accessToken;

    for (const req of BLOCKED_REQUESTS) {
      const res = await withToken(t, firstToken)(req);
      expect(res.statusCode, `${req.method} ${req.url}`).toBe(403);
      expect(errorCode(res), `${req.method} ${req.url}`).toBe('PASSWORD_CHANGE_REQUIRED');
    }
    const me = await probeMe(t, firstToken);
    expect(me.statusCode).toBe(200);
    expect(me.json().mustChangePassword).toBe(true);
    // Nothing was created by the refused POST.
    expect(await t.db.unit.count({ where: { code: 'X-NEW' } })).toBe(0);

    // Logout is allowed too (on a second session, to keep the first one).
    const second = (await t.login('li.na', ISSUED)).token;
    expect((await withToken(t, second)({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(200);
  });

  it('a wrong current password changes nothing', async () => {
    const res = await changePassword(t, firstToken, 'Not#TheRight1', P1);
    expect(res.statusCode).toBe(400);
    expect(errorMessage(res)).toContain('当前密码不正确');
    expect((await probeUnits(t, firstToken)).statusCode).toBe(403);
  });

  it('after change-password everything works with the new token, and the issued password no longer logs in', async () => {
    const res = await changePassword(t, firstToken, ISSUED, P1);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().user).toMatchObject({ mustChangePassword: false, passwordExpired: false });
    const fresh = res.json().accessToken as string;
    expect(res.cookies.find((c) => c.name === 'jx_refresh')?.value).toBeTruthy();

    expect((await probeUnits(t, fresh)).statusCode).toBe(200);
    expect((await probeUnits(t, firstToken)).statusCode, 'the session that changed the password was replaced').toBe(401);

    const old = await loginRaw(t, 'li.na', ISSUED);
    expect(old.statusCode).toBe(401);
    expect(errorCode(old)).toBe('INVALID_CREDENTIALS');
    const now = await loginRaw(t, 'li.na', P1);
    expect(now.statusCode).toBe(200);
    expect(now.json().user.mustChangePassword).toBe(false);
  });

  it('refuses weak new passwords with 400 and the reason, and keeps the current one', async () => {
    const token = (await t.login('li.na', P1)).token;
    const cases: [string, string][] = [
      ['Ab1!xyz', '至少 8 个字符'],
      ['abcdefgh12', '至少三类'],
      ['Password@123', '常见'],
      ['P@ssw0rd', '常见'],
      ['Li.Na#2026x', '用户名'],
    ];
    for (const [pw, reason] of cases) {
      const res = await changePassword(t, token, P1, pw);
      expect(res.statusCode, pw).toBe(400);
      expect(['VALIDATION_FAILED', 'PASSWORD_POLICY'], pw).toContain(errorCode(res));
      expect(errorMessage(res), pw).toContain(reason);
      expect(JSON.stringify(res.json().error.details), pw).toContain('newPassword');
    }
    expect((await probeUnits(t, token)).statusCode, 'refusals do not end the session').toBe(200);
    expect((await loginRaw(t, 'li.na', P1)).statusCode).toBe(200);
  });

  it('refuses re-using any of the last 5 passwords', async () => {
    let token = (await t.login('li.na', P1)).token;
    for (const [from, to] of [
      [P1, P2],
      [P2, P3],
    ] as const) {
      const res = await changePassword(t, token, from, to);
      expect(res.statusCode, res.body).toBe(200);
      token = res.json().accessToken;
    }
    // History now: ISSUED, P1, P2 and the current P3.
    for (const old of [P3, P2, P1, ISSUED]) {
      const res = await changePassword(t, token, P3, old);
      expect(res.statusCode, old).toBe(400);
      expect(errorCode(res)).toBe('PASSWORD_POLICY');
      expect(errorMessage(res)).toContain('最近 5 次');
    }
    expect((await loginRaw(t, 'li.na', P2)).statusCode, 'the previous password no longer logs in').toBe(401);
    expect((await loginRaw(t, 'li.na', P3)).statusCode).toBe(200);
  });
});

describe('password history across an administrator reset', async () => {
  const t = await createTestApp();

  it('after a reset, the password the user had before the reset still counts as recently used', async () => {
    const OWN = 'Own#Chosen77';
    const first = (await t.login('unit.mianyang')).token;
    expect((await changePassword(t, first, DEMO_PASSWORD, OWN)).statusCode).toBe(200);

    const admin = withToken(t, (await t.login('admin')).token);
    const acc = await t.db.account.findUniqueOrThrow({ where: { username: 'unit.mianyang' } });
    const reset = await admin({ method: 'POST', url: `/api/accounts/${acc.id}/reset-password`, payload: { password: 'Reset#Issued9', version: acc.version } });
    expect(reset.statusCode, reset.body).toBe(200);

    const token = (await t.login('unit.mianyang', 'Reset#Issued9')).token;
    const back = await changePassword(t, token, 'Reset#Issued9', OWN);
    expect(back.statusCode, back.body).toBe(400);
    expect(errorCode(back)).toBe('PASSWORD_POLICY');
    expect(errorMessage(back)).toContain('最近 5 次');
    expect((await changePassword(t, token, 'Reset#Issued9', 'Brand#New2026')).statusCode).toBe(200);
  });
});

describe('password older than 90 days', async () => {
  const t = await createTestApp();

  it('a session running when the password expires is stopped at its next request', async () => {
    const account = await t.db.account.findUniqueOrThrow({ where: { username: 'safety' } });
    const expiresAt = account.passwordChangedAt.getTime() + 90 * DAY;
    t.clock.advance(expiresAt - t.clock.now().getTime() - 10 * MINUTE);
    const { token } = await t.login('safety');
    expect((await probeUnits(t, token)).statusCode).toBe(200);
    t.clock.advance(11 * MINUTE);
    const res = await probeUnits(t, token);
    expect(res.statusCode).toBe(403);
    expect(errorCode(res)).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('after 91 days: passwordExpired at login, 403 PASSWORD_CHANGE_REQUIRED until changed', async () => {
    t.clock.advance(91 * DAY);
    const login = await loginRaw(t, 'deputy');
    expect(login.statusCode).toBe(200);
    expect(login.json().user).toMatchObject({ passwordExpired: true, mustChangePassword: false });
    const token = login.json().accessToken as string;

    for (const req of BLOCKED_REQUESTS) {
      const res = await withToken(t, token)(req);
      expect(res.statusCode, `${req.method} ${req.url}`).toBe(403);
      expect(errorCode(res)).toBe('PASSWORD_CHANGE_REQUIRED');
    }
    const me = await probeMe(t, token);
    expect(me.statusCode).toBe(200);
    expect(me.json().passwordExpired).toBe(true);

    const changed = await changePassword(t, token, DEMO_PASSWORD, 'Renewed#2026q');
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().user.passwordExpired).toBe(false);
    const fresh = changed.json().accessToken as string;
    expect((await probeUnits(t, fresh)).statusCode).toBe(200);
    expect((await loginRaw(t, 'deputy')).statusCode, 'the expired password is gone').toBe(401);
    expect((await loginRaw(t, 'deputy', 'Renewed#2026q')).json().user.passwordExpired).toBe(false);
  });
});
