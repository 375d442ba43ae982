import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { ROUTES, type Role } from '@jx/contract';
import { createTestApp } from '../helpers/app.ts';
import { DEMO_USER } from '../helpers/seeded.ts';
import { CALLERS, EXPECTED_STATUS } from './expected-status.ts';
import { createRecipes, isRole } from './recipes.ts';

/** Non-GET routes that change nothing an audit event should record. */
const READ_ONLY_POSTS = new Set(['audit.verify']);
/**
 * Mutating routes recorded elsewhere than the audit log: login in LoginEvent;
 * TOTP setup only stores a pending secret that has no effect until confirmed (auth.totpEnable is audited).
 */
const NOT_IN_AUDIT_LOG = new Set(['auth.login', 'auth.totpSetup']);

describe('authorization: every route × every role', async () => {
  const t = await createTestApp();
  const { db } = t;
  const { recipes, sessions, roles } = await createRecipes(t);

  it('the table has a row for every route in ROUTES, and no row for a route that no longer exists', () => {
    const ids = ROUTES.map((r) => r.id);
    expect(new Set(ids).size, 'route ids are unique').toBe(ids.length);
    expect(
      ids.filter((id) => !(id in EXPECTED_STATUS)),
      'routes without a row in expected-status.ts',
    ).toEqual([]);
    expect(
      Object.keys(EXPECTED_STATUS).filter((id) => !ids.includes(id)),
      'rows in expected-status.ts naming no route',
    ).toEqual([]);
    for (const [id, row] of Object.entries(EXPECTED_STATUS)) expect(Object.keys(row).sort(), id).toEqual([...CALLERS].sort());
  });

  it('every route has a request recipe, and no recipe names a route that no longer exists', () => {
    const ids = ROUTES.map((r) => r.id);
    expect(ids.filter((id) => !(id in recipes))).toEqual([]);
    expect(Object.keys(recipes).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('the demo accounts hold the roles the table is written for', async () => {
    for (const role of roles) {
      const a = await db.account.findUniqueOrThrow({ where: { username: DEMO_USER[role] } });
      expect(a.roles, DEMO_USER[role]).toEqual([role]);
    }
  });

  for (const route of ROUTES) {
    it(`${route.id}: ${route.method} ${route.path}`, async () => {
      const expectedRow = EXPECTED_STATUS[route.id];
      const recipe = recipes[route.id];
      expect(expectedRow, `expected-status.ts has no row for ${route.id}`).toBeDefined();
      expect(recipe, `no request recipe for ${route.id}`).toBeDefined();
      const mutating = route.method !== 'GET' && !READ_ONLY_POSTS.has(route.id);
      const problems: string[] = [];

      for (const caller of CALLERS) {
        const expected = expectedRow![caller];
        const where = `${route.id} as ${caller}`;
        const cell = await recipe!(caller);
        const url = route.path.replace(/:(\w+)/g, (_, name: string) => {
          const v = cell.params?.[name];
          if (v === undefined) throw new Error(`${where}: recipe gives no :${name}`);
          return encodeURIComponent(v);
        });
        const token = cell.token ?? (isRole(caller) ? sessions.get(caller)!.token : undefined);
        const opts: InjectOptions = {
          method: route.method,
          url,
          query: cell.query,
          headers: { ...cell.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
          cookies: cell.cookies,
          ...(cell.body !== undefined ? { payload: cell.body as object } : {}),
        };
        const before = cell.state ? await cell.state() : undefined;
        const res = await t.app.inject(opts);
        const requestId = String(res.headers['x-request-id']);

        if (res.statusCode !== expected) {
          problems.push(`${where}: expected ${expected}, got ${res.statusCode} ${res.body.slice(0, 200)}`);
          continue;
        }
        const denied = expected === 401 || expected === 403;
        if (res.statusCode >= 400) {
          const err = res.json().error;
          const code = expected === 401 ? 'UNAUTHENTICATED' : expected === 403 ? 'FORBIDDEN' : undefined;
          if (code && err?.code !== code) problems.push(`${where}: error code ${err?.code}, expected ${code}`);
          if (err?.requestId !== requestId) problems.push(`${where}: error.requestId ${err?.requestId} is not the request's ${requestId}`);
        } else {
          cell.afterSuccess?.(res);
        }

        if (mutating && (expected === 403 || (!denied && !NOT_IN_AUDIT_LOG.has(route.id))) && !cell.state) {
          problems.push(`${where}: the recipe has no state snapshot to check`);
        }
        if (cell.state) {
          const after = await cell.state();
          if (denied && !isDeepStrictEqual(after, before)) {
            problems.push(`${where}: a refused request changed the record: ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
          }
          if (!denied && mutating && isDeepStrictEqual(after, before)) problems.push(`${where}: an allowed request changed nothing`);
        }

        const events = await db.auditEvent.findMany({ where: { requestId }, select: { outcome: true, actorUsername: true, action: true } });
        if (expected === 403) {
          const mine = events.filter((e) => e.outcome === 'DENIED' && e.actorUsername === DEMO_USER[caller as Role]);
          if (mine.length !== 1) problems.push(`${where}: ${mine.length} DENIED audit events for ${DEMO_USER[caller as Role]}, expected 1`);
        }
        if (denied && events.some((e) => e.outcome === 'SUCCESS')) problems.push(`${where}: a refused request left a SUCCESS audit event`);
        if (!denied && mutating && !NOT_IN_AUDIT_LOG.has(route.id) && !events.some((e) => e.outcome === 'SUCCESS')) {
          problems.push(`${where}: a successful change left no audit event`);
        }
        if (!denied && !mutating && events.length > 0) problems.push(`${where}: a read left audit events ${JSON.stringify(events)}`);
      }
      expect(problems).toEqual([]);
    });
  }
});
