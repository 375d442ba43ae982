import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { adminAccount, errorCode, unitId, withToken } from '../helpers/security.ts';

describe('role and scope changes apply to a live token on its very next request', async () => {
  const t = await createTestApp();

  it('safety → UNIT_ADMIN of 成都 → SYS_ADMIN → UNIT_STAFF, all with the same access token', async () => {
    const { token } = await t.login('safety');
    const safety = withToken(t, token);
    const adminToken = (await t.login('admin')).token;
    const admin = withToken(t, adminToken);
    const chengdu = await unitId(t, 'CITY-CD');
    const chengduPersons = await t.db.person.count({ where: { unitId: chengdu } });
    const allPersons = await t.db.person.count();
    expect(chengduPersons).toBeGreaterThan(0);
    expect(allPersons).toBeGreaterThan(chengduPersons);

    const setAccess = async (access: object) => {
      const acc = await adminAccount(t, adminToken, 'safety');
      const res = await admin({ method: 'PUT', url: `/api/accounts/${acc.id}/access`, payload: { access, version: acc.version } });
      expect(res.statusCode, res.body).toBe(200);
    };
    const persons = () => safety({ method: 'GET', url: '/api/persons?pageSize=100' });

    // As 职能管理部门 (FUNC_DEPT) safety reads every unit's people.
    const before = await persons();
    expect(before.statusCode).toBe(200);
    expect(before.json().total).toBe(allPersons);
    expect((await safety({ method: 'GET', url: '/api/accounts' })).statusCode).toBe(403);

    await setAccess({ roles: ['UNIT_ADMIN'], unitId: chengdu });
    expect((await safety({ method: 'GET', url: '/api/units' })).statusCode).toBe(200);
    const scoped = await persons();
    expect(scoped.statusCode).toBe(200);
    expect(scoped.json().total).toBe(chengduPersons);
    expect(new Set(scoped.json().items.map((p: { unitId: string }) => p.unitId))).toEqual(new Set([chengdu]));
    const me = await safety({ method: 'GET', url: '/api/auth/me' });
    expect(me.json()).toMatchObject({ roles: ['UNIT_ADMIN'], unitId: chengdu });
    // A person of another unit is now out of reach.
    const elsewhere = await t.db.person.findFirstOrThrow({ where: { unitId: { not: chengdu } } });
    expect((await safety({ method: 'GET', url: `/api/persons/${elsewhere.id}` })).statusCode).toBe(403);

    await setAccess({ roles: ['SYS_ADMIN'], unitId: null });
    const accounts = await safety({ method: 'GET', url: '/api/accounts' });
    expect(accounts.statusCode).toBe(200);
    expect(accounts.json().total).toBeGreaterThan(0);
    expect((await safety({ method: 'GET', url: '/api/settings' })).statusCode).toBe(200);

    // Removing the role: refused on the next request.
    await setAccess({ roles: ['UNIT_STAFF'], unitId: chengdu });
    const denied = await safety({ method: 'GET', url: '/api/accounts' });
    expect(denied.statusCode).toBe(403);
    expect(errorCode(denied)).toBe('FORBIDDEN');
    expect((await persons()).statusCode, 'UNIT_STAFF may not read the people register').toBe(403);
    expect((await safety({ method: 'GET', url: '/api/units' })).statusCode).toBe(200);
  });
});
