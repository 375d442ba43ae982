import { createPrismaClient } from '@jx/db';
import { startingClock } from '../../src/lib/clock.ts';
import { benchApp } from './bench-app.ts';

// The API as the load run measures it: one process on the bench database, the clock pinned to the data's instant.
// Env: DATABASE_URL, PORT, CLOCK_START.

const db = createPrismaClient(process.env.DATABASE_URL!);
const app = await benchApp(db, startingClock(new Date(process.env.CLOCK_START!)));
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
process.send?.('ready');
process.on('SIGTERM', () => void app.close().then(() => db.$disconnect().then(() => process.exit(0))));
