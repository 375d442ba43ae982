import type { Db } from './lib/db.ts';
import { hashPassword } from './auth/passwords.ts';
import { seedDemoProvince } from '../../../prisma/seed/index.ts';

/** Demo mode: fill an empty database with the demo province. Returns a one-line summary, or null when data exists. */
export async function seedIfEmpty(db: Db, year = new Date().getFullYear()): Promise<string | null> {
  if ((await db.unit.count()) > 0) return null;
  const { counts } = await seedDemoProvince(db, { hashPassword, year });
  return `${counts.units} 个单位、${counts.persons} 名人员、${counts.accounts} 个账户`;
}
