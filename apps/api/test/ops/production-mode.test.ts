import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { createPrismaClient, databaseUrl, ensureAppRole, ensureDatabase, freePort, withCredentials } from '@jx/db';
import { buildApp } from '../../src/app.ts';
import { FakeClock, DAY, HOUR, MINUTE } from '../../src/lib/clock.ts';
import { currentTotp } from '../../src/auth/totp.ts';

const apiDir = fileURLToPath(new URL('../../', import.meta.url));
const tsx = join(apiDir, 'node_modules/.bin/tsx');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * APP_MODE=production from the outside, as an operator runs it: an external database with a separate app role, no demo
 * data, the first administrator from `pnpm admin:create`, a second factor required before anything else; then, on the
 * same database with a moved clock, password expiry and the 12-hour session limit.
 */
describe('production mode, end to end', async () => {
  const serverUrl = inject('pgServerUrl');
  const name = `prod_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(serverUrl, name);
  const ownerUrl = databaseUrl(serverUrl, name);
  const appRole = { role: `jx_app_${randomBytes(3).toString('hex')}`, password: randomBytes(12).toString('hex') };
  await ensureAppRole(ownerUrl, appRole);
  const appUrl = withCredentials(ownerUrl, appRole.role, appRole.password);
  const dataDir = await mkdtemp(join(tmpdir(), 'jx-prod-'));
  const jwtSecret = randomBytes(32).toString('hex');
  const port = await freePort();
  const env = {
    ...process.env,
    APP_MODE: 'production',
    DATABASE_URL: ownerUrl,
    APP_DATABASE_URL: appUrl,
    JWT_SECRET: jwtSecret,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
  };
  let server: ChildProcess | null = null;
  afterAll(async () => {
    server?.kill('SIGTERM');
    await sleep(500);
    await rm(dataDir, { recursive: true, force: true });
  });
  const base = `http://127.0.0.1:${port}`;
  const call = async (method: string, path: string, body?: unknown, token?: string) => {
    const res = await fetch(base + path, {
      method,
      headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return {
      status: res.status,
      body: (await res.json().catch(() => null)) as Record<string, unknown> & { user?: Record<string, unknown>; error?: { code: string } },
    };
  };

  it('refuses to start without JWT_SECRET, and with a test clock', () => {
    for (const [unset, extra] of [
      ['JWT_SECRET', {}],
      ['', { CLOCK_START: '2026-09-15T10:00:00+08:00' }],
    ] as const) {
      const e = { ...env, ...extra } as Record<string, string | undefined>;
      if (unset) delete e[unset];
      const run = spawnSync(tsx, ['src/server.ts'], { cwd: apiDir, env: e, encoding: 'utf8', timeout: 30_000 });
      expect(run.status).not.toBe(0);
      expect(run.stderr + run.stdout).toContain(unset || 'CLOCK_START');
    }
  });

  it('creates no demo data; the first administrator comes from pnpm admin:create and must change the password and bind a second factor', async () => {
    const created = spawnSync(tsx, ['src/cli/create-admin.ts'], {
      cwd: apiDir,
      env: { ...env, ADMIN_USERNAME: 'itadmin', ADMIN_PASSWORD: 'Kq7#vLm2!xRtPz', ADMIN_NAME: '信息中心管理员' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(created.stdout + created.stderr).toContain('已创建系统管理员 itadmin');

    server = spawn(tsx, ['src/server.ts'], { cwd: apiDir, env, stdio: 'ignore' });
    let up = false;
    for (let k = 0; k < 150 && !up; k++) {
      up = await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (!up) await sleep(200);
    }
    expect(up).toBe(true);

    // Nothing of the demo province: its accounts do not exist, and there are no units.
    expect((await call('POST', '/api/auth/login', { username: 'admin', password: 'Demo#2026' })).status).toBe(401);
    const owner = new pg.Client({ connectionString: ownerUrl });
    await owner.connect();
    expect(Number((await owner.query('SELECT count(*) AS n FROM "Unit"')).rows[0].n)).toBe(0);
    expect((await owner.query('SELECT action FROM "AuditEvent"')).rows.map((r) => r.action)).toEqual(['adminCommand.create']);

    // First login: a new password first, then a second factor, then the work.
    let login = await call('POST', '/api/auth/login', { username: 'itadmin', password: 'Kq7#vLm2!xRtPz' });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ mustChangePassword: true, mfaEnrollmentRequired: true });
    let token = login.body.accessToken as string;
    expect((await call('GET', '/api/units', undefined, token)).body.error).toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED' });
    const changed = await call('POST', '/api/auth/change-password', { currentPassword: 'Kq7#vLm2!xRtPz', newPassword: 'Wm4$tPq9!zLk2Rv' }, token);
    expect(changed.status).toBe(200);
    token = changed.body.accessToken as string;
    expect((await call('GET', '/api/units', undefined, token)).body.error).toMatchObject({ code: 'MFA_ENROLLMENT_REQUIRED' });
    const setup = await call('POST', '/api/auth/totp/setup', undefined, token);
    const secret = setup.body.secret as string;
    // A production server runs on the real clock (CLOCK_START is refused there), so the code is of the real time.
    expect((await call('POST', '/api/auth/totp/enable', { code: currentTotp(secret, new Date()) }, token)).status).toBe(200);
    expect((await call('GET', '/api/units', undefined, token)).status).toBe(200);

    // The password alone no longer signs in; with the code it does.
    login = await call('POST', '/api/auth/login', { username: 'itadmin', password: 'Wm4$tPq9!zLk2Rv' });
    expect(login.body.error).toMatchObject({ code: 'MFA_REQUIRED' });

    // The app's own role cannot rewrite the audit log (decision 0003).
    const asApp = new pg.Client({ connectionString: appUrl });
    await asApp.connect();
    await expect(asApp.query('UPDATE "AuditEvent" SET reason = $1', ['改写'])).rejects.toThrow(/permission denied/);
    await expect(asApp.query('DELETE FROM "AuditEvent"')).rejects.toThrow(/permission denied/);
    await asApp.end();
    await owner.end();

    server.kill('SIGTERM');
    await new Promise((r) => server!.once('exit', r));
    server = null;
  });

  it('on the same database, with a moved clock: the password expires after 90 days, a session after 12 hours', async () => {
    const db = createPrismaClient(appUrl);
    const account = await db.account.findUniqueOrThrow({ where: { username: 'itadmin' } });
    const clock = new FakeClock(account.passwordChangedAt);
    const app = await buildApp({
      db,
      clock,
      logger: false,
      config: { jwtSecret, cookieSecure: true, trustProxyHops: 0, loginRateLimitPerMinute: 100, logLevel: 'silent', requireMfaForPrivileged: true },
    });
    await app.ready();
    const secret = app.deps.secrets.decrypt(account.totpSecret!);
    const login = async () => {
      clock.advance(31_000); // a fresh TOTP step for each login
      return app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'itadmin', password: 'Wm4$tPq9!zLk2Rv', totpCode: currentTotp(secret, clock.now()) },
      });
    };
    try {
      // 12 hours absolute, however busy.
      const first = await login();
      expect(first.statusCode).toBe(200);
      let cookie = first.cookies.find((c) => c.name === 'jx_refresh')!.value;
      expect(first.cookies.find((c) => c.name === 'jx_refresh')!.secure).toBe(true);
      // Busy all along (a refresh every 20 minutes, inside the 30-minute idle limit) until 11 h 40 min …
      for (let k = 1; k * 20 * MINUTE < 12 * HOUR; k++) {
        clock.advance(20 * MINUTE);
        const r = await app.inject({ method: 'POST', url: '/api/auth/refresh', cookies: { jx_refresh: cookie } });
        expect(r.statusCode, `after ${k * 20} min`).toBe(200);
        cookie = r.cookies.find((c) => c.name === 'jx_refresh')!.value;
      }
      // … and no further.
      clock.advance(20 * MINUTE);
      const late = await app.inject({ method: 'POST', url: '/api/auth/refresh', cookies: { jx_refresh: cookie } });
      expect(late.statusCode).toBe(401);
      expect(late.json().error.code).toBe('SESSION_EXPIRED');

      // 90 days after the last change, the password must be changed before anything else.
      clock.set(new Date(account.passwordChangedAt.getTime() + 91 * DAY));
      const expired = await login();
      expect(expired.statusCode).toBe(200);
      expect(expired.json().user).toMatchObject({ passwordExpired: true });
      const blocked = await app.inject({ method: 'GET', url: '/api/units', headers: { authorization: `Bearer ${expired.json().accessToken}` } });
      expect(blocked.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    } finally {
      await app.close();
      await db.$disconnect();
    }
  });
});
