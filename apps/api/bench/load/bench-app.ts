import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '@jx/db';
import { buildApp } from '../../src/app.ts';
import type { Clock } from '../../src/lib/clock.ts';

/** The API as the benchmark runs it in one process: no log, no second factor, no login rate limit to speak of. */
export function benchApp(db: PrismaClient, clock: Clock) {
  return buildApp({
    db,
    clock,
    logger: false,
    config: {
      jwtSecret: randomBytes(32).toString('hex'),
      cookieSecure: false,
      trustProxyHops: 0,
      loginRateLimitPerMinute: 100_000,
      logLevel: 'silent',
      requireMfaForPrivileged: false,
    },
  });
}
