import { describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { expectErrorShape } from './error-shape.ts';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('error responses: one shape, a request id, no internals', async () => {
  const t = await createTestApp();
  const seeded = await loadSeeded(t.db);
  const fx = createFixtures(t.db, seeded);
  const unit = await fx.unit();
  const draft = await fx.announcement('DRAFT');
  const published = await fx.announcement('PUBLISHED');
  // The unit's version moves on, so version 1 below is stale.
  await t.db.unit.update({ where: { id: unit.id }, data: { version: 2 } });

  type Case = [name: string, caller: string | null, request: InjectOptions, status: number, code: string];
  const cases: Case[] = [
    ['anonymous', null, { method: 'GET', url: '/api/units' }, 401, 'UNAUTHENTICATED'],
    ['a token that is not a JWT', 'garbage', { method: 'GET', url: '/api/units' }, 401, 'SESSION_EXPIRED'],
    ['a role not allowed', 'unit.chengdu', { method: 'POST', url: '/api/units', payload: {} }, 403, 'FORBIDDEN'],
    ['out of scope', 'unit.mianyang', { method: 'GET', url: `/api/persons/${await seeded.personIn('CITY-CD')}` }, 403, 'FORBIDDEN'],
    ['no such route', 'admin', { method: 'GET', url: '/api/no-such-thing' }, 404, 'NOT_FOUND'],
    ['no such record', 'admin', { method: 'GET', url: `/api/accounts/${MISSING}` }, 404, 'NOT_FOUND'],
    [
      'no such record to change',
      'admin',
      { method: 'PATCH', url: `/api/units/${MISSING}`, payload: { name: 'x', kind: 'DIRECT_UNIT', sortOrder: 0, version: 1 } },
      404,
      'NOT_FOUND',
    ],
    ['a stale version', 'admin', { method: 'POST', url: `/api/units/${unit.id}/deactivate`, payload: { version: 1 } }, 409, 'VERSION_CONFLICT'],
    ['a wrong state', 'admin', { method: 'POST', url: `/api/announcements/${published.id}/publish`, payload: { version: 1 } }, 409, 'INVALID_STATE'],
    [
      'deleting a published announcement',
      'admin',
      { method: 'DELETE', url: `/api/announcements/${published.id}`, query: { version: '1' } },
      409,
      'INVALID_STATE',
    ],
    ['a duplicate code', 'admin', { method: 'POST', url: '/api/units', payload: { code: 'CITY-CD', name: '重复', kind: 'CITY_BUREAU' } }, 409, 'CONFLICT'],
    [
      'a duplicate username',
      'admin',
      {
        method: 'POST',
        url: '/api/accounts',
        payload: { username: 'perf', displayName: '重复', password: 'Strong#Pass9x', access: { roles: ['PERF_OFFICE'] } },
      },
      409,
      'CONFLICT',
    ],
    ['a bad body', 'admin', { method: 'PATCH', url: `/api/announcements/${draft.id}`, payload: { title: 1, version: 'one' } }, 400, 'VALIDATION_FAILED'],
    ['a bad query', 'admin', { method: 'GET', url: '/api/persons', query: { pageSize: 'many' } }, 400, 'VALIDATION_FAILED'],
    ['a bad path parameter', 'admin', { method: 'GET', url: '/api/accounts/1%27%20OR%201=1' }, 400, 'VALIDATION_FAILED'],
    ['wrong credentials', null, { method: 'POST', url: '/api/auth/login', payload: { username: 'nobody', password: 'x' } }, 401, 'INVALID_CREDENTIALS'],
    ['a refresh without a cookie', null, { method: 'POST', url: '/api/auth/refresh' }, 401, 'UNAUTHENTICATED'],
    [
      'an unsupported content type',
      'admin',
      { method: 'POST', url: '/api/units', headers: { 'content-type': 'text/xml' }, payload: '<unit/>' },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
  ];

  for (const [name, caller, request, status, code] of cases) {
    it(`${name} → ${status} ${code}`, async () => {
      const send =
        caller === 'garbage'
          ? (o: InjectOptions) => t.app.inject({ ...o, headers: { ...o.headers, authorization: 'Bearer not.a.jwt' } })
          : caller
            ? t.as(caller)
            : (o: InjectOptions) => t.app.inject(o);
      const res = await send(request);
      expect(res.statusCode, res.body).toBe(status);
      expectErrorShape(res);
      expect(res.json().error.code).toBe(code);
    });
  }

  it('validation and conflict errors carry the field paths in details.issues', async () => {
    const res = await t.as('admin')({ method: 'POST', url: '/api/units', payload: { code: 'CITY-CD', name: '重复', kind: 'CITY_BUREAU' } });
    expect(res.json().error.details.issues).toEqual([expect.objectContaining({ path: 'code', message: expect.any(String) })]);
    const bad = await t.as('admin')({ method: 'PATCH', url: `/api/announcements/${draft.id}`, payload: { title: 1, version: 'one' } });
    const paths = (bad.json().error.details.issues as { path: string }[]).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['title', 'body', 'version']));
  });

  it('every response carries x-request-id, and ids differ between requests', async () => {
    const a = await t.app.inject({ method: 'GET', url: '/api/units' });
    const b = await t.app.inject({ method: 'GET', url: '/api/units' });
    expect(a.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
  });

  it('a client cannot choose its request id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/units', headers: { 'x-request-id': 'forged-id' } });
    expect(res.headers['x-request-id']).not.toBe('forged-id');
    expect(res.json().error.requestId).toBe(res.headers['x-request-id']);
  });
});
