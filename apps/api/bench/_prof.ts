import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyMigrations, createPrismaClient, databaseUrl, ensureDatabase, startEmbeddedPostgres } from '@jx/db';
import { generateProvince } from '/work/main/apps/api/bench/generate.ts';
const dir = await mkdtemp(join(tmpdir(), 'jx-prof-'));
const pg = await startEmbeddedPostgres({ dataDir: dir, fast: true, persistent: false });
try {
  await ensureDatabase(pg.serverUrl, 'bench');
  const url = databaseUrl(pg.serverUrl, 'bench');
  let t = performance.now();
  await applyMigrations(url);
  console.log('migrate', performance.now() - t);
  const db = createPrismaClient(url);
  db.$on?.('query' as never, (() => {}) as never);
  t = performance.now();
  await generateProvince(db);
  console.log('gen', performance.now() - t);
  const sizes = await db.$queryRaw`select 1`;
  await db.$disconnect();
} finally { await pg.stop(); await rm(dir, { recursive: true, force: true }); }
