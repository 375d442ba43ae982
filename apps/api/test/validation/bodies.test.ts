import { describe, expect, it } from 'vitest';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { expectErrorShape } from './error-shape.ts';

type Issue = { path: string; message: string };

describe('bad input: 400 with the field path, and nothing written', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const CD = seeded.unitId('CITY-CD');
  const MY = seeded.unitId('CITY-MY');
  const admin = t.as('admin');
  // Log everyone in first, so a lazy login does not show up as a change in the snapshots below.
  for (const u of ['admin', 'perf', 'auditor', 'unit.chengdu', 'staff.chengdu']) await t.as(u)({ method: 'GET', url: '/api/auth/me' });

  /** Row counts of every table a bad request could write to (the audit log included). */
  const counts = async () => ({
    units: await db.unit.count(),
    accounts: await db.account.count(),
    portfolio: await db.accountPortfolioUnit.count(),
    persons: await db.person.count(),
    assignments: await db.personAssignment.count(),
    years: await db.year.count(),
    categories: await db.assessmentCategory.count(),
    assessed: await db.assessedUnit.count(),
    announcements: await db.announcement.count(),
    settings: await db.setting.count(),
    audit: await db.auditEvent.count(),
  });

  /** Sends the request, expects 400 with `code` and an issue at each path, and no row written anywhere. */
  async function rejects(send: (o: InjectOptions) => Promise<LightMyRequestResponse>, opts: InjectOptions, paths: string[], code = 'VALIDATION_FAILED') {
    const before = await counts();
    const res = await send(opts);
    expect(res.statusCode, res.body).toBe(400);
    expectErrorShape(res);
    const error = res.json().error as { code: string; details: { issues: Issue[] } };
    expect(error.code).toBe(code);
    const issuePaths = error.details.issues.map((i) => i.path);
    for (const p of paths) expect(issuePaths, `issues of ${opts.method} ${opts.url}`).toContain(p);
    for (const i of error.details.issues) expect(i.message.length).toBeGreaterThan(0);
    expect(await counts()).toEqual(before);
    return error;
  }

  const goodUnit = () => ({ code: `VU-${fx.next()}`, name: '测试单位', kind: 'DIRECT_UNIT', parentId: seeded.rootUnitId });
  const goodAccount = () => ({
    username: `va.user${fx.next()}`,
    displayName: '测试账户',
    password: 'Strong#Pass9x',
    access: { roles: ['UNIT_ADMIN'], unitId: CD },
  });

  describe('units', () => {
    it('an empty name → path name', async () => {
      await rejects(admin, { method: 'POST', url: '/api/units', payload: { ...goodUnit(), name: '' } }, ['name']);
      await rejects(admin, { method: 'POST', url: '/api/units', payload: { ...goodUnit(), name: '   ' } }, ['name']);
    });

    it('a missing code, a bad kind and a negative sort order each name their field', async () => {
      const { code: _code, ...noCode } = goodUnit();
      await rejects(admin, { method: 'POST', url: '/api/units', payload: noCode }, ['code']);
      await rejects(admin, { method: 'POST', url: '/api/units', payload: { ...goodUnit(), code: 'a b' } }, ['code']);
      await rejects(admin, { method: 'POST', url: '/api/units', payload: { ...goodUnit(), kind: 'BUREAU' } }, ['kind']);
      await rejects(admin, { method: 'POST', url: '/api/units', payload: { ...goodUnit(), sortOrder: -1 } }, ['sortOrder']);
      await rejects(admin, { method: 'POST', url: '/api/units', payload: { ...goodUnit(), parentId: 'not-a-uuid' } }, ['parentId']);
    });

    it('an unknown field (active: false) → 400 at path active, nothing created', async () => {
      const body = { ...goodUnit(), active: false };
      await rejects(admin, { method: 'POST', url: '/api/units', payload: body }, ['active']);
      expect(await db.unit.findUnique({ where: { code: body.code } })).toBeNull();
    });

    it('a parent that does not exist → path parentId (checked by the service, still nothing written)', async () => {
      await rejects(admin, { method: 'POST', url: '/api/units', payload: { ...goodUnit(), parentId: '00000000-0000-4000-8000-000000000000' } }, ['parentId']);
    });

    it('moving a unit under its own child → path parentId, the unit unchanged', async () => {
      const parent = await fx.unit();
      const child = await fx.unit({ parentId: parent.id });
      const before = await db.unit.findUniqueOrThrow({ where: { id: parent.id } });
      await rejects(
        admin,
        { method: 'PATCH', url: `/api/units/${parent.id}`, payload: { name: parent.name, kind: parent.kind, parentId: child.id, sortOrder: 0, version: 1 } },
        ['parentId'],
      );
      expect(await db.unit.findUniqueOrThrow({ where: { id: parent.id } })).toEqual(before);
    });

    it('a malformed id in the path → path id', async () => {
      await rejects(admin, { method: 'PATCH', url: '/api/units/123', payload: { name: 'x', kind: 'DIRECT_UNIT', sortOrder: 0, version: 1 } }, ['id']);
    });
  });

  describe('accounts', () => {
    it('a weak password → path password', async () => {
      for (const password of ['abc', 'abcdefgh', 'abcdefg1', 'ABCDEFGH12']) {
        await rejects(admin, { method: 'POST', url: '/api/accounts', payload: { ...goodAccount(), password } }, ['password']);
      }
    });

    it('a common password or one containing the username → PASSWORD_POLICY at path password', async () => {
      await rejects(admin, { method: 'POST', url: '/api/accounts', payload: { ...goodAccount(), password: 'P@ssw0rd' } }, ['password'], 'PASSWORD_POLICY');
      const a = goodAccount();
      await rejects(admin, { method: 'POST', url: '/api/accounts', payload: { ...a, password: `X#1${a.username}` } }, ['password'], 'PASSWORD_POLICY');
    });

    it('UNIT_ADMIN without a unit → path access.unitId', async () => {
      await rejects(admin, { method: 'POST', url: '/api/accounts', payload: { ...goodAccount(), access: { roles: ['UNIT_ADMIN'] } } }, ['access.unitId']);
      await rejects(admin, { method: 'POST', url: '/api/accounts', payload: { ...goodAccount(), access: { roles: ['FUNC_DEPT'], unitId: null } } }, [
        'access.unitId',
      ]);
    });

    it('SYS_ADMIN together with AUDITOR (or with a business role) → path access.roles', async () => {
      await rejects(admin, { method: 'POST', url: '/api/accounts', payload: { ...goodAccount(), access: { roles: ['SYS_ADMIN', 'AUDITOR'] } } }, [
        'access.roles',
      ]);
      await rejects(admin, { method: 'POST', url: '/api/accounts', payload: { ...goodAccount(), access: { roles: ['AUDITOR', 'UNIT_ADMIN'], unitId: CD } } }, [
        'access.roles',
      ]);
    });

    it('a deputy without a portfolio, and a portfolio for a non-deputy → path access.portfolioUnitIds', async () => {
      await rejects(admin, { method: 'POST', url: '/api/accounts', payload: { ...goodAccount(), access: { roles: ['LEADER_DEPUTY'] } } }, [
        'access.portfolioUnitIds',
      ]);
      await rejects(
        admin,
        { method: 'POST', url: '/api/accounts', payload: { ...goodAccount(), access: { roles: ['UNIT_ADMIN'], unitId: CD, portfolioUnitIds: [MY] } } },
        ['access.portfolioUnitIds'],
      );
    });

    it('a unit that does not exist → path access.unitId (service check)', async () => {
      await rejects(
        admin,
        {
          method: 'POST',
          url: '/api/accounts',
          payload: { ...goodAccount(), access: { roles: ['UNIT_ADMIN'], unitId: '00000000-0000-4000-8000-000000000000' } },
        },
        ['access.unitId'],
      );
    });

    it('setting access with an unknown field or a bad rule leaves the account as it was', async () => {
      const a = await fx.account();
      const before = await db.account.findUniqueOrThrow({ where: { id: a.id }, include: { portfolioUnits: true } });
      await rejects(
        admin,
        { method: 'PUT', url: `/api/accounts/${a.id}/access`, payload: { access: { roles: ['UNIT_ADMIN'], unitId: CD, status: 'DISABLED' }, version: 1 } },
        ['access.status'],
      );
      await rejects(
        admin,
        { method: 'PUT', url: `/api/accounts/${a.id}/access`, payload: { access: { roles: ['UNIT_ADMIN'], unitId: CD }, version: 1, passwordHash: 'x' } },
        ['passwordHash'],
      );
      await rejects(admin, { method: 'PUT', url: `/api/accounts/${a.id}/access`, payload: { access: { roles: ['SYS_ADMIN', 'AUDITOR'] }, version: 1 } }, [
        'access.roles',
      ]);
      expect(await db.account.findUniqueOrThrow({ where: { id: a.id }, include: { portfolioUnits: true } })).toEqual(before);
    });
  });

  describe('self-service profile', () => {
    it('PATCH /api/auth/me with roles → 400 at path roles, the account unchanged', async () => {
      const before = await db.account.findUniqueOrThrow({ where: { username: 'staff.chengdu' } });
      await rejects(
        t.as('staff.chengdu'),
        { method: 'PATCH', url: '/api/auth/me', payload: { displayName: '新名字', version: before.version, roles: ['SYS_ADMIN'] } },
        ['roles'],
      );
      await rejects(
        t.as('staff.chengdu'),
        { method: 'PATCH', url: '/api/auth/me', payload: { displayName: '新名字', version: before.version, unitId: MY, mustChangePassword: false } },
        ['unitId', 'mustChangePassword'],
      );
      const after = await db.account.findUniqueOrThrow({ where: { username: 'staff.chengdu' } });
      expect(after).toEqual(before);
      expect(after.roles).toEqual(['UNIT_STAFF']);
    });

    it('an empty display name → path displayName', async () => {
      const { version } = await db.account.findUniqueOrThrow({ where: { username: 'unit.chengdu' } });
      await rejects(t.as('unit.chengdu'), { method: 'PATCH', url: '/api/auth/me', payload: { displayName: '', version } }, ['displayName']);
    });
  });

  describe('persons, years, categories, settings, announcements', () => {
    it('onboarding with a bad date, a bad staff number or an unknown unit names the field', async () => {
      const good = () => ({ staffNo: `VP${fx.next()}`, name: '新人', unitId: CD, startDate: '2026-03-01' });
      await rejects(admin, { method: 'POST', url: '/api/persons', payload: { ...good(), startDate: '2026-02-30' } }, ['startDate']);
      await rejects(admin, { method: 'POST', url: '/api/persons', payload: { ...good(), startDate: '01/03/2026' } }, ['startDate']);
      await rejects(admin, { method: 'POST', url: '/api/persons', payload: { ...good(), staffNo: '中文' } }, ['staffNo']);
      await rejects(admin, { method: 'POST', url: '/api/persons', payload: { ...good(), gender: 'X' } }, ['gender']);
      await rejects(admin, { method: 'POST', url: '/api/persons', payload: { ...good(), unitId: '00000000-0000-4000-8000-000000000000' } }, ['unitId']);
    });

    it('a transfer to the same unit or dated before the current assignment → its field, the person unchanged', async () => {
      const p = await fx.person('CITY-CD');
      const snapshot = () => db.person.findUniqueOrThrow({ where: { id: p.id }, include: { assignments: true } });
      const before = await snapshot();
      await rejects(admin, { method: 'POST', url: `/api/persons/${p.id}/transfer`, payload: { toUnitId: CD, date: '2026-03-01', version: 1 } }, ['toUnitId']);
      await rejects(admin, { method: 'POST', url: `/api/persons/${p.id}/transfer`, payload: { toUnitId: MY, date: '2019-12-31', version: 1 } }, ['date']);
      expect(await snapshot()).toEqual(before);
    });

    it('a year out of range and a bad status name their fields', async () => {
      await rejects(admin, { method: 'POST', url: '/api/years', payload: { year: 1999, name: '1999年度' } }, ['year']);
      await rejects(admin, { method: 'POST', url: '/api/years', payload: { year: '2040', name: '2040年度' } }, ['year']);
      const y = await fx.year();
      await rejects(admin, { method: 'PATCH', url: `/api/years/${y.id}`, payload: { name: 'x', status: 'OPEN', version: 1 } }, ['status']);
    });

    it('a category with an unknown target type → path targetTypeIds', async () => {
      await rejects(
        t.as('perf'),
        {
          method: 'POST',
          url: '/api/categories',
          payload: { yearId: seeded.yearId, code: `VC${fx.next()}`, name: '新类别', targetTypeIds: ['00000000-0000-4000-8000-000000000000'] },
        },
        ['targetTypeIds'],
      );
      await rejects(t.as('perf'), { method: 'POST', url: '/api/assessed-units', payload: { categoryId: seeded.categoryId('CITY'), unitIds: [] } }, ['unitIds']);
    });

    it('a setting value outside its range → path value; an unknown key → path key', async () => {
      await rejects(admin, { method: 'PUT', url: '/api/settings/security.lockoutThreshold', payload: { value: 1, version: 0 } }, ['value']);
      await rejects(admin, { method: 'PUT', url: '/api/settings/security.lockoutThreshold', payload: { value: '5', version: 0 } }, ['value']);
      await rejects(admin, { method: 'PUT', url: '/api/settings/no.such.key', payload: { value: 1, version: 0 } }, ['key']);
    });

    it('an announcement without a title → path title; with a status → path status', async () => {
      await rejects(admin, { method: 'POST', url: '/api/announcements', payload: { title: '', body: '正文' } }, ['title']);
      await rejects(admin, { method: 'POST', url: '/api/announcements', payload: { title: '标题', body: '正文', status: 'PUBLISHED' } }, ['status']);
    });
  });

  describe('queries', () => {
    it('page size 1000 → path pageSize', async () => {
      for (const url of ['/api/persons', '/api/accounts', '/api/announcements']) {
        const error = await rejects(admin, { method: 'GET', url, query: { pageSize: '1000' } }, ['pageSize']);
        expect((error.details as unknown as { location: string }).location).toBe('querystring');
      }
      await rejects(t.as('auditor'), { method: 'GET', url: '/api/audit/events', query: { pageSize: '1000' } }, ['pageSize']);
    });

    it('page 0, an unknown sort field and an unknown query parameter each name their field', async () => {
      await rejects(admin, { method: 'GET', url: '/api/persons', query: { page: '0' } }, ['page']);
      await rejects(admin, { method: 'GET', url: '/api/persons', query: { sort: 'phone' } }, ['sort']);
      await rejects(admin, { method: 'GET', url: '/api/persons', query: { where: 'x' } }, ['where']);
      await rejects(admin, { method: 'GET', url: '/api/categories', query: {} }, ['yearId']);
      await rejects(t.as('auditor'), { method: 'GET', url: '/api/audit/events', query: { from: 'yesterday' } }, ['from']);
    });

    it('every sort field of the lists works in both directions', async () => {
      const lists: [string, string[]][] = [
        ['/api/persons', ['name', 'staffNo', 'unitName', 'updatedAt']],
        ['/api/accounts', ['username', 'displayName', 'lastLoginAt', 'updatedAt']],
      ];
      for (const [url, sorts] of lists) {
        for (const sort of sorts) {
          for (const order of ['asc', 'desc']) {
            const res = await admin({ method: 'GET', url, query: { sort, order, pageSize: '100' } });
            expect(res.statusCode, `${url} ${sort} ${order}: ${res.body.slice(0, 200)}`).toBe(200);
            const { items, total } = res.json() as { items: unknown[]; total: number };
            expect(items.length).toBe(Math.min(total, 100));
          }
        }
      }
    });
  });

  describe('bodies that are not JSON objects', () => {
    it('malformed JSON → 400, nothing written', async () => {
      const before = await counts();
      const res = await admin({ method: 'POST', url: '/api/units', headers: { 'content-type': 'application/json' }, payload: '{"code": "X1", ' });
      expect(res.statusCode).toBe(400);
      expectErrorShape(res);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(await counts()).toEqual(before);
    });

    it('an array or a string instead of an object → 400', async () => {
      for (const payload of ['[]', '"x"', 'null']) {
        const res = await admin({ method: 'POST', url: '/api/units', headers: { 'content-type': 'application/json' }, payload });
        expect(res.statusCode, payload).toBe(400);
        expectErrorShape(res);
      }
    });

    it('a body over the size limit → 413 PAYLOAD_TOO_LARGE', async () => {
      const before = await counts();
      const res = await admin({ method: 'POST', url: '/api/announcements', payload: { title: '大', body: 'x'.repeat(2 * 1024 * 1024) } });
      expect(res.statusCode).toBe(413);
      expectErrorShape(res);
      expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
      expect(await counts()).toEqual(before);
    });
  });
});
