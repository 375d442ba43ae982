import { randomBytes } from 'node:crypto';
import { createPrismaClient } from '@jx/db';
import { buildApp } from '../../src/app.ts';
import { startingClock } from '../../src/lib/clock.ts';

// The API as the load run measures it: one process on the bench database, the clock pinned to the data's instant.
// Env: DATABASE_URL, PORT, CLOCK_START.

const db = createPrismaClient(process.env.DATABASE_URL!);
const app = await buildApp({
  db,
  clock: startingClock(new Date(process.env.CLOCK_START!)),
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
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
process.send?.('ready');
process.on('SIGTERM', () => void app.close().then(() => db.$disconnect().then(() => process.exit(0))));
