import { expect } from 'vitest';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { ErrorBodySchema } from '@jx/contract';

/**
 * The one error shape (DESIGN §5): `{ error: { code, message, details?, requestId } }` and nothing else,
 * a 4xx status, the request id the response header carries, and no internals in the message.
 */
export function expectErrorShape(res: LightMyRequestResponse) {
  const where = `${res.statusCode} ${res.body.slice(0, 300)}`;
  expect(res.statusCode, where).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, `a 5xx reached the client: ${where}`).toBeLessThan(500);
  expect(String(res.headers['content-type']), where).toMatch(/^application\/json/);
  const body = res.json() as { error: { code: string; message: string; requestId: string } };
  expect(Object.keys(body), where).toEqual(['error']);
  const parsed = ErrorBodySchema.safeParse(body);
  expect(parsed.success, `${where}: ${parsed.error?.message}`).toBe(true);
  expect(body.error.message.trim().length, where).toBeGreaterThan(0);
  expect(body.error.requestId, where).toBe(res.headers['x-request-id']);
  expect(body.error.message, where).not.toMatch(/prisma|invocation|stack|at \w+ \(|node_modules|SELECT |ECONN/i);
}

/** Wraps an inject function: every response must be below 500, and every error response in the one shape. */
export function checked(send: (o: InjectOptions) => Promise<LightMyRequestResponse>) {
  return async (o: InjectOptions) => {
    const res = await send(o);
    expect(res.statusCode, `${o.method} ${o.url}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
    if (res.statusCode >= 400) expectErrorShape(res);
    return res;
  };
}
