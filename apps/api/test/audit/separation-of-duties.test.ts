import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { errorCode } from '../helpers/security.ts';

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
      expect.arrayContaining([
        'admin GET /api/audit/events',
        'admin POST /api/audit/verify',
        'auditor GET /api/accounts',
        'auditor PUT /api/settings/:key',
      ]),
    );
    expect((await t.as('auditor')({ method: 'GET', url: '/api/audit/logins' })).statusCode).toBe(200);
    expect((await t.as('auditor')({ method: 'POST', url: '/api/audit/verify' })).json().ok).toBe(true);
  });
});
