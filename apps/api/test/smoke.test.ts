import { describe, expect, it } from 'vitest';
import { createTestApp } from './helpers/app.ts';

describe('health and login', async () => {
  const t = await createTestApp();

  it('reports the database healthy', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: 'ok' });
  });

  it('logs every demo account in with the demo password', async () => {
    for (const u of ['admin', 'auditor', 'perf', 'leader', 'deputy', 'safety', 'integrity', 'party', 'unit.chengdu', 'unit.mianyang', 'staff.chengdu']) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: u, password: 'Demo#2026' } });
      expect(res.statusCode, u).toBe(200);
      expect(res.json().user.username).toBe(u);
    }
  });
});
