import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { DEMO_PASSWORD } from '../helpers/constants.ts';
import { adminAccount, errorCode, loginRaw, probeMe, probeUnits, refresh, withToken } from '../helpers/security.ts';

describe('revocation takes effect at once', async () => {
  const t = await createTestApp();

  it('logout: the same access token gets 401 at once and the refresh cookie fails', async () => {
    const { token, refreshCookie } = await t.login('unit.chengdu');
    const other = await t.login('unit.chengdu');
    expect((await probeUnits(t, token)).statusCode).toBe(200);

    const out = await withToken(t, token)({ method: 'POST', url: '/api/auth/logout' });
    expect(out.statusCode).toBe(200);
    const cleared = out.cookies.find((c) => c.name === 'jx_refresh');
    expect(cleared?.value ?? '', 'the browser is told to drop the cookie').toBe('');

    const after = await probeUnits(t, token);
    expect(after.statusCode).toBe(401);
    expect(errorCode(after)).toBe('SESSION_EXPIRED');
    expect((await probeMe(t, token)).statusCode).toBe(401);
    expect((await refresh(t, refreshCookie)).res.statusCode).toBe(401);
    // Logging out ends this session only: the same user's other login keeps working.
    expect((await probeUnits(t, other.token)).statusCode).toBe(200);
  });

  it('disable: the account’s existing token gets 401 at the next request, refresh fails and login says ACCOUNT_DISABLED', async () => {
    const { token, refreshCookie } = await t.login('staff.chengdu');
    expect((await probeUnits(t, token)).statusCode).toBe(200);

    const admin = (await t.login('admin')).token;
    const acc = await adminAccount(t, admin, 'staff.chengdu');
    const res = await withToken(t, admin)({ method: 'POST', url: `/api/accounts/${acc.id}/disable`, payload: { version: acc.version } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('DISABLED');

    const next = await probeUnits(t, token);
    expect(next.statusCode).toBe(401);
    expect(errorCode(next)).toBe('SESSION_EXPIRED');
    expect((await refresh(t, refreshCookie)).res.statusCode).toBe(401);

    const login = await loginRaw(t, 'staff.chengdu');
    expect(login.statusCode).toBe(403);
    expect(errorCode(login)).toBe('ACCOUNT_DISABLED');
    expect(login.json()).not.toHaveProperty('accessToken');
    const event = await t.db.loginEvent.findFirstOrThrow({ where: { username: 'staff.chengdu', reason: 'DISABLED' } });
    expect(event.outcome).toBe('FAILURE');

    // Enabling gives the account back (new logins only).
    const again = await adminAccount(t, admin, 'staff.chengdu');
    expect((await withToken(t, admin)({ method: 'POST', url: `/api/accounts/${acc.id}/enable`, payload: { version: again.version } })).statusCode).toBe(200);
    expect((await probeUnits(t, token)).statusCode, 'the old token stays dead').toBe(401);
    expect((await loginRaw(t, 'staff.chengdu')).statusCode).toBe(200);
  });

  it('a disabled account is refused on every request even if its sessions were somehow not revoked (the guard reads the status)', async () => {
    const { token } = await t.login('integrity');
    expect((await probeUnits(t, token)).statusCode).toBe(200);
    await t.db.account.update({ where: { username: 'integrity' }, data: { status: 'DISABLED' } });
    expect((await probeUnits(t, token)).statusCode).toBe(401);
    await t.db.account.update({ where: { username: 'integrity' }, data: { status: 'ACTIVE' } });
  });

  it("changing one's password ends the account's other sessions and returns a working new token and cookie", async () => {
    const a = await t.login('unit.mianyang');
    const b = await t.login('unit.mianyang');
    const bystander = await t.login('party');

    const res = await withToken(
      t,
      a.token,
    )({
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: DEMO_PASSWORD, newPassword: 'Changed#2026m' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const fresh = res.json().accessToken as string;
    const freshCookie = res.cookies.find((c) => c.name === 'jx_refresh')?.value ?? '';
    expect(fresh).not.toBe(a.token);
    expect(freshCookie).not.toBe('');

    const other = await probeUnits(t, b.token);
    expect(other.statusCode).toBe(401);
    expect(errorCode(other)).toBe('SESSION_EXPIRED');
    expect((await refresh(t, b.refreshCookie)).res.statusCode).toBe(401);

    expect((await probeUnits(t, fresh)).statusCode).toBe(200);
    const r = await refresh(t, freshCookie);
    expect(r.res.statusCode).toBe(200);
    // Other accounts are untouched.
    expect((await probeUnits(t, bystander.token)).statusCode).toBe(200);
  });

  it('the administrator resetting a password ends every session of that account', async () => {
    const s1 = await t.login('perf');
    const s2 = await t.login('perf');
    const admin = (await t.login('admin')).token;
    const acc = await adminAccount(t, admin, 'perf');
    const res = await withToken(
      t,
      admin,
    )({
      method: 'POST',
      url: `/api/accounts/${acc.id}/reset-password`,
      payload: { password: 'Reset#2026pp', version: acc.version },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().mustChangePassword).toBe(true);

    for (const s of [s1, s2]) {
      expect((await probeUnits(t, s.token)).statusCode).toBe(401);
      expect((await refresh(t, s.refreshCookie)).res.statusCode).toBe(401);
    }
    expect((await loginRaw(t, 'perf')).statusCode, 'the old password is gone').toBe(401);
    const login = await loginRaw(t, 'perf', 'Reset#2026pp');
    expect(login.statusCode).toBe(200);
    expect(login.json().user.mustChangePassword).toBe(true);
  });
});
