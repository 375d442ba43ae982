import { withClock } from '@jx/db';
import type { Db } from './lib/db.ts';
import { beijingYear, type Clock } from './lib/clock.ts';
import { hashPassword } from './auth/passwords.ts';
import { seedDemoProvince, type SeedDocumentDeps } from '../../../prisma/seed/index.ts';
import { convertDocxInProcess } from './modules/documents/convert.ts';
import { safeDocxFileName } from './modules/documents/file-name.ts';
import type { DocumentStorage } from './modules/documents/storage/index.ts';
import { seedDemoResults } from './demo/seed-results.ts';

/**
 * What the seed needs to write its Word work documents exactly as an upload would: this app's store, its upload
 * conversion and its display-name rule. The seed is handed them and never imports apps/api (decision 0017).
 */
export function seedDocumentDeps(store: DocumentStorage): SeedDocumentDeps {
  return { store, convert: (bytes) => convertDocxInProcess(bytes), fileName: safeDocxFileName };
}

/**
 * Demo mode: fill an empty database with the demo province as of the clock's "now" (its year is the demo year), its
 * Word work documents going into `documents` (the app's document store). Returns a one-line summary, or null when
 * data exists.
 */
export async function seedIfEmpty(db: Db, documents: DocumentStorage, clock: Clock): Promise<string | null> {
  if ((await db.unit.count()) > 0) return null;
  const now = clock.now();
  const { counts } = await seedDemoProvince(
    withClock(db, () => now),
    { hashPassword, year: beijingYear(now), now, documents: seedDocumentDeps(documents) },
  );
  const results = await seedDemoResults(db, now);
  return `${counts.units} 个单位、${counts.persons} 名人员、${counts.accounts} 个账户、${counts.documents} 份工作文档${results ? `、${results}` : ''}`;
}
