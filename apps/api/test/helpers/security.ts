import { createHmac } from 'node:crypto';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { TestApp } from './app.ts';
import { DEMO_PASSWORD } from './constants.ts';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The error code of an error response (`undefined` on success). */
export const errorCode = (res: LightMyRequestResponse): string | undefined => (res.json() as { error?: { code: string } }).error?.code;
export const errorMessage = (res: LightMyRequestResponse): string => (res.json() as { error: { message: string } }).error.message;

/** A raw login response (no throwing on failure). */
export function loginRaw(t: TestApp, username: string, password = DEMO_PASSWORD, headers: Record<string, string> = {}) {
  return t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers });
}

/** `app.inject` with a given bearer token. */
export function withToken(t: TestApp, token: string) {
  return (o: InjectOptions) => t.app.inject({ ...o, headers: { ...o.headers, authorization: `Bearer ${token}` } });
}

/** POST /api/auth/refresh with the given cookie value; returns the response and the new cookie value (if any). */
export async function refresh(t: TestApp, cookie: string) {
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', cookies: { jx_refresh: cookie } });
  const set = res.cookies.find((c) => c.name === 'jx_refresh');
  return { res, cookie: set?.value ?? '' };
}

/** A quick authenticated request every role but AUDITOR may make. */
export const probeUnits = (t: TestApp, token: string) => withToken(t, token)({ method: 'GET', url: '/api/units' });
export const probeMe = (t: TestApp, token: string) => withToken(t, token)({ method: 'GET', url: '/api/auth/me' });

export async function accountId(t: TestApp, username: string): Promise<string> {
  return (await t.db.account.findUniqueOrThrow({ where: { username } })).id;
}

export async function unitId(t: TestApp, code: string): Promise<string> {
  return (await t.db.unit.findUniqueOrThrow({ where: { code } })).id;
}

/** The account as the administrator sees it (GET /api/accounts/:id), with a fresh admin login. */
export async function adminAccount(t: TestApp, adminToken: string, username: string) {
  const res = await withToken(t, adminToken)({ method: 'GET', url: `/api/accounts/${await accountId(t, username)}` });
  if (res.statusCode !== 200) throw new Error(`GET account ${username}: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; version: number; locked: boolean; lockedUntil: string | null; status: string; roles: string[] };
}

const b64url = (v: object | string) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');

/** Hand-made JWT: HMAC with the given algorithm, or `none` (no signature). */
export function craftJwt(payload: object, opts: { alg: 'HS256' | 'HS384' | 'HS512' | 'none'; secret?: string }): string {
  const head = `${b64url({ alg: opts.alg, typ: 'JWT' })}.${b64url(payload)}`;
  if (opts.alg === 'none') return `${head}.`;
  const hmac = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }[opts.alg];
  return `${head}.${createHmac(hmac, opts.secret ?? '')
    .update(head)
    .digest('base64url')}`;
}

/** The payload of a JWT (no verification). */
export const jwtPayload = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { sid: string; sub: string; iat: number; exp: number };

/** `YYYY/MM/DD HH:mm` in Beijing time (UTC+8, no DST), as the lockout message shows it. */
export function beijingMinute(d: Date): string {
  const b = new Date(d.getTime() + 8 * HOUR);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${b.getUTCFullYear()}/${p(b.getUTCMonth() + 1)}/${p(b.getUTCDate())} ${p(b.getUTCHours())}:${p(b.getUTCMinutes())}`;
}
