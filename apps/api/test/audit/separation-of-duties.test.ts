import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { errorCode } from '../helpers/security.ts';
import { runAuditorCommand } from '../../src/modules/accounts/auditor-commands.ts';

describe('separation of duties (三权分立) between administrator and auditor', async () => {
  const t = await createTestApp();

  it('the administrator cannot read or verify the audit logs', async () => {
    for (const req of [
      { method: 'GET' as const, url: '/api/audit/events' },
      { method: 'GET' as const, url: '/api/audit/logins' },
      { method: 'POST' as const, url: '/api/audit/verify' },
    ]) {
      const res = await t.as('admin')(req);
      expect(res.statusCode, `${req.method} ${req.url}`).toBe(403);
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(res.json()).not.toHaveProperty('items');
      expect(res.json()).not.toHaveProperty('ok');
    }
  });

  it('the auditor cannot read or change base data, accounts or settings', async () => {
    for (const req of [
      { method: 'GET' as const, url: '/api/units' },
      { method: 'GET' as const, url: '/api/accounts' },
      { method: 'GET' as const, url: '/api/settings' },
      { method: 'GET' as const, url: '/api/persons' },
      { method: 'POST' as const, url: '/api/units', payload: { code: 'SOD-01', name: '审计员建的单位', kind: 'DIRECT_UNIT' } },
      { method: 'PUT' as const, url: '/api/settings/security.lockoutThreshold', payload: { value: 10, version: 0 } },
    ]) {
      const res = await t.as('auditor')(req);
      expect(res.statusCode, `${req.method} ${req.url}`).toBe(403);
      expect(errorCode(res)).toBe('FORBIDDEN');
    }
    expect(await t.db.unit.count({ where: { code: 'SOD-01' } })).toBe(0);
    expect(await t.db.setting.count({ where: { key: 'security.lockoutThreshold' } })).toBe(0);
  });

  it('each still reaches its own side (control), and the refusals above are in the audit log', async () => {
    expect((await t.as('admin')({ method: 'GET', url: '/api/accounts' })).statusCode).toBe(200);
    expect((await t.as('admin')({ method: 'GET', url: '/api/settings' })).statusCode).toBe(200);
    const events = await t.as('auditor')({ method: 'GET', url: '/api/audit/events?outcome=DENIED&pageSize=100' });
    expect(events.statusCode).toBe(200);
    const actions = events.json().items.map((e: { actorUsername: string; action: string }) => `${e.actorUsername} ${e.action}`);
    expect(actions).toEqual(
      expect.arrayContaining(['admin GET /api/audit/events', 'admin POST /api/audit/verify', 'auditor GET /api/accounts', 'auditor PUT /api/settings/:key']),
    );
    expect((await t.as('auditor')({ method: 'GET', url: '/api/audit/logins' })).statusCode).toBe(200);
    expect((await t.as('auditor')({ method: 'POST', url: '/api/audit/verify' })).json().ok).toBe(true);
  });
});

describe('三员分立: the administrator cannot make, change or take over an auditor account; the server command can', async () => {
  const t = await createTestApp();
  const auditor = await t.db.account.findUniqueOrThrow({ where: { username: 'auditor' } });
  const staff = await t.db.account.findUniqueOrThrow({ where: { username: 'staff.chengdu' } });
  const admin = t.as('admin');
  const auditorState = () =>
    t.db.account.findUniqueOrThrow({
      where: { id: auditor.id },
      select: { passwordHash: true, roles: true, status: true, lockedUntil: true, displayName: true, version: true, totpSecret: true },
    });

  it('every route that would touch it, or grant the role, is 403 and changes nothing', async () => {
    const before = await auditorState();
    const v = { version: auditor.version };
    for (const req of [
      {
        method: 'POST' as const,
        url: '/api/accounts',
        payload: { username: 'sneaky.auditor', displayName: '影子审计员', password: 'Kq7#vLm2!xRtPz', access: { roles: ['AUDITOR'] } },
      },
      { method: 'POST' as const, url: `/api/accounts/${auditor.id}/reset-password`, payload: { password: 'Kq7#vLm2!xRtPz', ...v } },
      { method: 'POST' as const, url: `/api/accounts/${auditor.id}/unlock`, payload: v },
      { method: 'POST' as const, url: `/api/accounts/${auditor.id}/disable`, payload: v },
      { method: 'POST' as const, url: `/api/accounts/${auditor.id}/reset-totp`, payload: v },
      { method: 'PATCH' as const, url: `/api/accounts/${auditor.id}`, payload: { displayName: '改名', ...v } },
      { method: 'PUT' as const, url: `/api/accounts/${auditor.id}/access`, payload: { access: { roles: ['SYS_ADMIN'] }, ...v } },
      { method: 'PUT' as const, url: `/api/accounts/${staff.id}/access`, payload: { access: { roles: ['AUDITOR'] }, version: staff.version } },
    ]) {
      const res = await admin(req);
      expect(res.statusCode, `${req.method} ${req.url}`).toBe(403);
      expect(res.json().error.message).toContain('pnpm auditor');
    }
    expect(await auditorState()).toEqual(before);
    expect(await t.db.account.count({ where: { username: 'sneaky.auditor' } })).toBe(0);
    expect((await t.db.account.findUniqueOrThrow({ where: { id: staff.id } })).roles).toEqual(['UNIT_STAFF']);
  });

  it('the server command manages it, and the auditor’s home lists every command and every refused attempt', async () => {
    const now = t.clock.now();
    const run = (command: Parameters<typeof runAuditorCommand>[1], extra: { password?: string; displayName?: string } = {}) =>
      runAuditorCommand(t.db, command, { username: 'auditor', osUser: 'ops', now, ...extra });
    expect(
      await runAuditorCommand(t.db, 'create', { username: 'auditor2', displayName: '第二审计员', password: 'Kq7#vLm2!xRtPz', osUser: 'ops', now }),
    ).toContain('已创建');
    expect((await t.db.account.findUniqueOrThrow({ where: { username: 'auditor2' } })).roles).toEqual(['AUDITOR']);
    await expect(run('reset-password', { password: 'Sichuan@2026' })).rejects.toThrow(/太容易被猜到/);
    await run('disable');
    expect((await t.db.account.findUniqueOrThrow({ where: { id: auditor.id } })).status).toBe('DISABLED');
    await run('enable');
    await expect(runAuditorCommand(t.db, 'unlock', { username: 'admin', osUser: 'ops', now })).rejects.toThrow(/不是安全审计员/);

    const res = await t.as('auditor')({ method: 'GET', url: '/api/audit/auditor-accounts' });
    expect(res.statusCode).toBe(200);
    const lines = res
      .json()
      .items.map((e: { actorUsername: string | null; action: string; outcome: string }) => `${e.actorUsername ?? '服务器'} ${e.action} ${e.outcome}`);
    expect(lines.slice(0, 3)).toEqual([
      '服务器 auditorCommand.enable SUCCESS',
      '服务器 auditorCommand.disable SUCCESS',
      '服务器 auditorCommand.create SUCCESS',
    ]);
    // The administrator's refused attempts on the account are there too (the path named it).
    expect(lines).toEqual(
      expect.arrayContaining([
        'admin POST /api/accounts DENIED',
        'admin POST /api/accounts/:id/reset-password DENIED',
        'admin PUT /api/accounts/:id/access DENIED',
      ]),
    );
    const reasons = res.json().items.map((e: { reason: string | null }) => e.reason);
    expect(reasons).toContain('服务器命令 pnpm auditor disable（操作系统用户 ops）');
  });
});
