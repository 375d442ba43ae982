import type { Db } from './lib/db.ts';
import { hashPassword } from './auth/passwords.ts';

/** Demo mode: fill an empty database with the demo province. Returns a summary, or null when data exists. */
export async function seedIfEmpty(db: Db): Promise<string | null> {
  if ((await db.unit.count()) > 0) return null;
  const { seedDemoProvince } = await import('../../../prisma/seed/index.ts');
  const summary = await seedDemoProvince(db, { hashPassword, year: new Date().getFullYear() });
  return JSON.stringify(summary.counts ?? summary);
}
