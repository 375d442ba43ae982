import { randomBytes } from 'node:crypto';
import { afterAll, inject } from 'vitest';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { createPrismaClient, databaseUrl, ensureAppRole, ensureDatabase, withCredentials, type PrismaClient } from '@jx/db';
import { buildApp } from '../../src/app.ts';
import { FakeClock } from '../../src/lib/clock.ts';
import type { DocumentStorageConfig } from '../../src/modules/documents/storage/index.ts';
import { DEMO_PASSWORD, TEMPLATE_DB, TEST_START } from './constants.ts';
import { listenForChanges, type ChangeFeed } from '../../src/lib/changes/change-feed.ts';

export interface TestApp {
  app: FastifyInstance;
  db: PrismaClient;
  clock: FakeClock;
  /** Connection string of this file's database (for superuser tampering in tests). */
  url: string;
  /** Logs in and returns the access token (and the refresh cookie). */
  login(username: string, password?: string): Promise<{ token: string; refreshCookie: string }>;
  /** `app.inject` with the bearer token of `username` (logged in once per app, cached). */
  as(username: string): (opts: InjectOptions) => Promise<LightMyRequestResponse>;
  /** An access token signed as the app signs them, dated by the test's clock. */
  sign(claims: { sid: string; sub: string }): string;
}

/** A fresh database cloned from the seeded template, and an app on it with a fake clock. One per test file. */
export async function createTestApp(
  opts: {
    loginRateLimitPerMinute?: number;
    requireMfaForPrivileged?: boolean;
    /** Run the app as this database role (created and granted like server.ts does); `url` stays the superuser's. */
    appRole?: { role: string; password: string };
    /** Where the fake clock starts, for a file written around one day of the calendar (default TEST_START). */
    now?: Date;
    /** The document store's folder and the audit anchor file (default: a fresh temporary folder, no anchoring). */
    documentsDir?: string;
    auditAnchorFile?: string;
    /** Another document store than a local folder (an S3 bucket); wins over documentsDir. */
    documentStorage?: DocumentStorageConfig;
    /** Another app on this file's existing database (its `url`), as after a restart, instead of a fresh clone. */
    database?: string;
    /** Listen to the database's change feed, as the server does (default: not, so every request reads the database). */
    listen?: boolean;
    /** Another change feed (wins over listen). */
    changes?: ChangeFeed;
  } = {},
): Promise<TestApp> {
  const serverUrl = inject('pgServerUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  if (!opts.database) await ensureDatabase(serverUrl, name, TEMPLATE_DB);
  const url = opts.database ?? databaseUrl(serverUrl, name);
  if (opts.appRole) await ensureAppRole(url, opts.appRole);
  const db = createPrismaClient(opts.appRole ? withCredentials(url, opts.appRole.role, opts.appRole.password) : url);
  const clock = new FakeClock(opts.now ?? TEST_START);
  const changes = opts.changes ?? (opts.listen ? listenForChanges(url) : undefined);
  await changes?.ready();
  const app = await buildApp({
    db,
    clock,
    logger: false,
    ...(changes ? { changes } : {}),
    config: {
      jwtSecret: randomBytes(32).toString('hex'),
      cookieSecure: false,
      trustProxyHops: 0,
      loginRateLimitPerMinute: opts.loginRateLimitPerMinute ?? 10_000,
      logLevel: 'silent',
      requireMfaForPrivileged: opts.requireMfaForPrivileged ?? false,
      ...(opts.documentStorage
        ? { documentStorage: opts.documentStorage }
        : opts.documentsDir
          ? { documentStorage: { kind: 'local' as const, dir: opts.documentsDir } }
          : {}),
      ...(opts.auditAnchorFile ? { auditAnchorFile: opts.auditAnchorFile } : {}),
    },
  });
  await app.ready();

  const tokens = new Map<string, string>();
  async function login(username: string, password = DEMO_PASSWORD) {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'jx_refresh');
    return { token: res.json().accessToken as string, refreshCookie: cookie?.value ?? '' };
  }
  function as(username: string) {
    return async (o: InjectOptions) => {
      let token = tokens.get(username);
      if (!token) {
        token = (await login(username)).token;
        tokens.set(username, token);
      }
      return app.inject({ ...o, headers: { ...o.headers, authorization: `Bearer ${token}` } });
    };
  }

  afterAll(async () => {
    await app.close();
    await db.$disconnect();
  });
  const sign = (claims: { sid: string; sub: string }) => app.jwt.sign(claims, { clockTimestamp: clock.now().getTime() });
  return { app, db, clock, url, login, as, sign };
}
