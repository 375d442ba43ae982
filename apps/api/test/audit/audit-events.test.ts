import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { accountId, errorCode, withToken } from '../helpers/security.ts';

describe('audit events for mutations and denials', async () => {
  const t = await createTestApp();
  const adminToken = (await t.login('admin')).token;
  const admin = withToken(t, adminToken);
  const auditor = withToken(t, (await t.login('auditor')).token);
  const adminId = await accountId(t, 'admin');
  const auditCount = () => t.db.auditEvent.count();
  const eventsFor = async (objectId: string) => {
    const res = await auditor({ method: 'GET', url: `/api/audit/events?objectId=${objectId}&order=asc` });
    expect(res.statusCode).toBe(200);
    return res.json().items as Record<string, unknown>[];
  };

  let unit: { id: string; version: number; name: string };

  it('creating a unit writes exactly one audit event: actor, roles, action, object, after, ip and request id', async () => {
    const before = await auditCount();
    const res = await admin({
      method: 'POST',
      url: '/api/units',
      payload: { code: 'AUD-01', name: '审计测试中心', shortName: '审计中心', kind: 'DIRECT_UNIT' },
    });
    expect(res.statusCode, res.body).toBe(201);
    unit = res.json();
    expect(await auditCount()).toBe(before + 1);

    const [event, ...more] = await eventsFor(unit.id);
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      actorId: adminId,
      actorUsername: 'admin',
      actorRoles: ['SYS_ADMIN'],
      action: 'units.create',
      objectType: 'Unit',
      objectId: unit.id,
      before: null,
      after: { code: 'AUD-01', name: '审计测试中心', shortName: '审计中心', kind: 'DIRECT_UNIT', parentId: null, active: true, sortOrder: 0 },
      outcome: 'SUCCESS',
      ip: '127.0.0.1',
      requestId: res.headers['x-request-id'],
      at: t.clock.now().toISOString(),
    });
    expect(event!.requestId).toEqual(expect.any(String));
  });

  it('an update records only the fields that changed', async () => {
    const res = await admin({
      method: 'PATCH',
      url: `/api/units/${unit.id}`,
      payload: { name: '审计测试中心（新）', shortName: '审计中心', kind: 'DIRECT_UNIT', parentId: null, sortOrder: 0, version: unit.version },
    });
    expect(res.statusCode, res.body).toBe(200);
    const events = await eventsFor(unit.id);
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({ action: 'units.update', objectType: 'Unit', objectId: unit.id, requestId: res.headers['x-request-id'] });
    expect(events[1]!.before).toEqual({ name: '审计测试中心' });
    expect(events[1]!.after).toEqual({ name: '审计测试中心（新）' });
  });

  it('an account change is audited without any password material', async () => {
    const target = await t.db.account.findUniqueOrThrow({ where: { username: 'party' } });
    const res = await admin({
      method: 'POST',
      url: `/api/accounts/${target.id}/reset-password`,
      payload: { password: 'Reset#2026pa', version: target.version },
    });
    expect(res.statusCode, res.body).toBe(200);
    const [event] = await eventsFor(target.id);
    expect(event).toMatchObject({ action: 'accounts.resetPassword', objectType: 'Account', actorUsername: 'admin' });
    expect(event!.before).toEqual({ mustChangePassword: false });
    expect(event!.after).toEqual({ mustChangePassword: true });
    expect(JSON.stringify(event)).not.toMatch(/argon2|Reset#2026pa|passwordHash/);
  });

  it('failed mutations (400, 409) write no audit event and change nothing', async () => {
    const before = await auditCount();
    const units = await t.db.unit.count();
    const attempts = [
      // 409: the code exists already.
      { payload: { code: 'AUD-01', name: '重复编码', kind: 'DIRECT_UNIT' }, status: 409 },
      // 400 from the schema.
      { payload: { code: '!', name: '', kind: 'NOPE' }, status: 400 },
      // 400 from the service, inside the transaction (after the insert would have happened).
      { payload: { code: 'AUD-02', name: '无上级', kind: 'DIRECT_UNIT', parentId: randomUUID() }, status: 400 },
    ];
    for (const a of attempts) {
      const res = await admin({ method: 'POST', url: '/api/units', payload: a.payload });
      expect(res.statusCode, res.body).toBe(a.status);
    }
    const stale = await admin({
      method: 'PATCH',
      url: `/api/units/${unit.id}`,
      payload: { name: '旧版本覆盖', kind: 'DIRECT_UNIT', sortOrder: 0, version: unit.version },
    });
    expect(stale.statusCode).toBe(409);
    expect(errorCode(stale)).toBe('VERSION_CONFLICT');
    expect(await auditCount()).toBe(before);
    expect(await t.db.unit.count()).toBe(units);
  });

  it('the change and its audit event commit together: if the audit insert fails, the unit is not created', async () => {
    const su = new pg.Client({ connectionString: t.url });
    await su.connect();
    try {
      await su.query(`CREATE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit store unavailable'; END; $$`);
      await su.query(`CREATE TRIGGER test_refuse_audit BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION test_refuse_audit()`);
      const before = await auditCount();
      const res = await admin({ method: 'POST', url: '/api/units', payload: { code: 'AUD-03', name: '无审计不落库', kind: 'DIRECT_UNIT' } });
      expect(res.statusCode).toBe(500);
      expect(res.body).not.toContain('audit store unavailable');
      expect(await t.db.unit.count({ where: { code: 'AUD-03' } })).toBe(0);
      expect(await auditCount()).toBe(before);
    } finally {
      await su.query('DROP TRIGGER IF EXISTS test_refuse_audit ON "AuditEvent"');
      await su.query('DROP FUNCTION IF EXISTS test_refuse_audit()');
      await su.end();
    }
    const retry = await admin({ method: 'POST', url: '/api/units', payload: { code: 'AUD-03', name: '无审计不落库', kind: 'DIRECT_UNIT' } });
    expect(retry.statusCode).toBe(201);
  });

  it('…and the other way round: a change that fails at commit (after its audit insert) leaves no audit event behind', async () => {
    const su = new pg.Client({ connectionString: t.url });
    await su.connect();
    try {
      await su.query(`CREATE FUNCTION test_refuse_unit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'unit refused at commit'; END; $$`);
      // Deferred: fires at COMMIT, i.e. after the audit event was inserted in the same transaction.
      await su.query(
        `CREATE CONSTRAINT TRIGGER test_refuse_unit AFTER INSERT ON "Unit" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_refuse_unit()`,
      );
      const before = await auditCount();
      const res = await admin({ method: 'POST', url: '/api/units', payload: { code: 'AUD-05', name: '提交时失败', kind: 'DIRECT_UNIT' } });
      expect(res.statusCode).toBe(500);
      expect(await t.db.unit.count({ where: { code: 'AUD-05' } })).toBe(0);
      expect(await auditCount(), 'no audit event for a change that did not happen').toBe(before);
    } finally {
      await su.query('DROP TRIGGER IF EXISTS test_refuse_unit ON "Unit"');
      await su.query('DROP FUNCTION IF EXISTS test_refuse_unit()');
      await su.end();
    }
  });

  it('a 403 writes a DENIED event naming the caller, the route and the reason', async () => {
    const chengdu = withToken(t, (await t.login('unit.chengdu')).token);
    const before = await auditCount();
    const res = await chengdu({ method: 'POST', url: '/api/units', payload: { code: 'AUD-04', name: '越权新建', kind: 'DIRECT_UNIT' } });
    expect(res.statusCode).toBe(403);
    expect(await auditCount()).toBe(before + 1);
    expect(await t.db.unit.count({ where: { code: 'AUD-04' } })).toBe(0);

    const list = await auditor({ method: 'GET', url: '/api/audit/events?outcome=DENIED&actor=unit.chengdu' });
    expect(list.statusCode).toBe(200);
    expect(list.json().total).toBe(1);
    expect(list.json().items[0]).toMatchObject({
      outcome: 'DENIED',
      actorUsername: 'unit.chengdu',
      actorRoles: ['UNIT_ADMIN'],
      action: 'POST /api/units',
      reason: res.json().error.message,
      ip: '127.0.0.1',
      requestId: res.headers['x-request-id'],
    });
  });

  it('a scope refusal inside an allowed route (403) is audited too', async () => {
    const mianyangId = (await t.db.unit.findUniqueOrThrow({ where: { code: 'CITY-MY' } })).id;
    const elsewhere = await t.db.person.findFirstOrThrow({ where: { AND: [{ unitId: { not: mianyangId } }, { unitId: { not: null } }] } });
    const mianyang = withToken(t, (await t.login('unit.mianyang')).token);
    const res = await mianyang({ method: 'GET', url: `/api/persons/${elsewhere.id}` });
    expect(res.statusCode).toBe(403);
    const list = await auditor({ method: 'GET', url: '/api/audit/events?outcome=DENIED&actor=unit.mianyang' });
    expect(list.json().items[0]).toMatchObject({ action: 'GET /api/persons/:id', requestId: res.headers['x-request-id'] });
  });
});
