import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import type { InjectOptions } from 'fastify';
import { ROUTES, type Role, type RouteDef } from '@jx/contract';
import { createTestApp } from '../helpers/app.ts';
import { CALLERS, EXPECTED_STATUS } from '../authz/expected-status.ts';
import { createRecipes, isRole, type Cell } from '../authz/recipes.ts';

/**
 * Hostile input on every route of the contract: each request starts as one the route accepts (the authorization
 * matrix's recipe, from a caller allowed to make it) and has one part replaced — a path parameter, a query value, or
 * any field or sub-tree of the JSON body — by a hostile value. Whatever arrives, the answer is never a 5xx. A fixed
 * seed makes a failure repeat; the failure names the route and the request.
 */

const huge = fc.oneof(fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53 - 1, 1e300, -1e300, 0.5), fc.integer({ min: 2 ** 31, max: Number.MAX_SAFE_INTEGER }));
const nasty = fc.constantFrom(
  'a\u0000b',
  '\u0000',
  "' OR 1=1 --",
  '../../etc/passwd',
  '\ud800',
  '😀'.repeat(50),
  '\u202e\u0000x',
  'NaN',
  'Infinity',
  '-1',
  '1e309',
  '2147483648',
  '9007199254740993',
  '2026-02-30',
  '9999-12-31T23:59:59Z',
  '00000000-0000-0000-0000-000000000000',
  '<script>alert(1)</script>',
  '',
);
const hostileString = fc.oneof(
  { weight: 4, arbitrary: nasty },
  { weight: 2, arbitrary: fc.string({ maxLength: 20 }).map((s) => `${s}\u0000${s}`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ minLength: 3000, maxLength: 6000 }) },
);
const hostileScalar = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  { weight: 4, arbitrary: huge },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null)) },
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: hostileScalar },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.array(hostileScalar, { maxLength: 3 }),
      fc.dictionary(fc.constantFrom('id', 'version', 'name', '__proto__', 'constructor', 'x'), hostileScalar, { maxKeys: 3 }),
    ),
  },
);

type Path = (string | number)[];
type Slot = { part: 'params' | 'query' | 'body'; path: Path };

/** Every place of a JSON value a hostile value could go: each leaf and each sub-tree (and the whole). */
function placesIn(value: unknown, path: Path = []): Path[] {
  const here = [path];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => placesIn(v, [...path, i]))];
  if (value && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([k, v]) => placesIn(v, [...path, k]))];
  return here;
}

function replaced(value: unknown, path: Path, by: unknown): unknown {
  if (!path.length) return by;
  const [head, ...tail] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head!] = replaced((value as Record<string | number, unknown>)?.[head!], tail, by);
  return copy;
}

/** The slots of a request: its path parameters, every query key the route knows, and every place of a JSON body. */
function slotsOf(route: RouteDef, cell: Cell): Slot[] {
  const queryKeys = new Set([...Object.keys(cell.query ?? {}), ...(route.query instanceof z.ZodObject ? Object.keys(route.query.shape) : [])]);
  const jsonBody = cell.body !== undefined && !Buffer.isBuffer(cell.body) && !cell.headers?.['content-type']?.startsWith('multipart/');
  return [
    ...Object.keys(cell.params ?? {}).map((k): Slot => ({ part: 'params', path: [k] })),
    ...[...queryKeys].map((k): Slot => ({ part: 'query', path: [k] })),
    ...(jsonBody
      ? placesIn(cell.body).map((path): Slot => ({ part: 'body', path }))
      : route.method !== 'GET' && !route.multipart
        ? [{ part: 'body' as const, path: [] }]
        : []),
  ];
}

/** A caller the route admits (so the request reaches validation and the handler), as the authorization table says. */
function callerOf(route: RouteDef) {
  const row = EXPECTED_STATUS[route.id]!;
  return CALLERS.find((c) => row[c] < 300) ?? 'ANONYMOUS';
}

describe('fuzzing every route with hostile input: never a 5xx', async () => {
  const t = await createTestApp();
  const { recipes, sessions } = await createRecipes(t);

  it.each(ROUTES.map((r) => [r.id, r] as const))('%s', async (_id, route) => {
    const caller = callerOf(route);
    const failures: string[] = [];
    await fc
      .assert(
        fc.asyncProperty(fc.nat(), hostileValue, async (pick, hostile) => {
          const cell = await recipes[route.id]!(caller);
          const slots = slotsOf(route, cell);
          const slot = slots.length ? slots[pick % slots.length]! : null;
          const value = slot?.part === 'body' ? hostile : String(typeof hostile === 'object' ? JSON.stringify(hostile) : hostile);
          const params = slot?.part === 'params' ? (replaced(cell.params, slot.path, value) as Record<string, string>) : cell.params;
          const query = slot?.part === 'query' ? (replaced(cell.query ?? {}, slot.path, value) as Record<string, string>) : cell.query;
          const body = slot?.part === 'body' ? replaced(cell.body, slot.path, value) : cell.body;
          const url = route.path.replace(/:(\w+)/g, (_, k: string) => encodeURIComponent(params?.[k] ?? ''));
          const token = cell.token ?? (isRole(caller) ? sessions.get(caller as Role)!.token : undefined);
          const res = await t.app.inject({
            method: route.method,
            url,
            query,
            cookies: cell.cookies,
            headers: {
              ...(slot?.part === 'body' ? { 'content-type': 'application/json' } : cell.headers),
              ...(token ? { authorization: `Bearer ${token}` } : {}),
            },
            ...(body === undefined ? {} : { payload: slot?.part === 'body' ? JSON.stringify(body) : (body as InjectOptions['payload']) }),
          });
          // A refresh that went through rotated the caller's cookie: keep the matrix's sessions usable.
          if (res.statusCode < 300) cell.afterSuccess?.(res);
          if (res.statusCode >= 500)
            failures.push(
              `${route.method} ${url} ${slot?.part}:${slot?.path.join('.')} = ${JSON.stringify(value)?.slice(0, 120)} → ${res.statusCode} ${res.body.slice(0, 200)}`,
            );
          return res.statusCode < 500;
        }),
        { numRuns: 16, seed: 20261204, endOnFailure: true },
      )
      .catch((e: unknown) => {
        // A 5xx is reported below, by request; anything else (a recipe that threw) fails the test as it is.
        if (!failures.length) throw e;
      });
    expect(failures).toEqual([]);
  });
});
