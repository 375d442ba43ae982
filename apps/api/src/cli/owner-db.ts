import { createInterface } from 'node:readline/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyMigrations, createPrismaClient, openDatabase, type PrismaClient } from '@jx/db';
import { loadEnv } from '../env.ts';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** A value from the environment, or asked for on the terminal. */
export async function ask(question: string, fallback?: string) {
  if (fallback) return fallback;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}

/** Runs `work` as the database owner (DATABASE_URL, or the embedded database in DATA_DIR), migrations applied. */
export async function withOwnerDb<T>(work: (db: PrismaClient) => Promise<T>): Promise<T> {
  const env = loadEnv();
  const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: resolve(repoRoot, env.DATA_DIR ?? join(repoRoot, '.data')) });
  const prisma = createPrismaClient(db.url);
  try {
    await applyMigrations(db.url);
    return await work(prisma);
  } finally {
    await prisma.$disconnect();
    await db.embedded?.stop();
  }
}

/** Reports the error as one line and exits non-zero. */
export function runCli(main: () => Promise<void>) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
