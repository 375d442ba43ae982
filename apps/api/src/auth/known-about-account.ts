import type { Db, Tx } from '../lib/db.ts';
import { beijingYear } from '../lib/clock.ts';
import type { KnownAboutAccount } from './password-strength.ts';

/** What an attacker would know of an account: its names, its person's, its unit's and the department's, the year. */
export async function knownAboutAccount(
  db: Db | Tx,
  a: { username: string; displayName?: string | null; personId?: string | null; unitId?: string | null },
  now: Date,
): Promise<KnownAboutAccount> {
  const [person, unit, root] = await Promise.all([
    a.personId ? db.person.findUnique({ where: { id: a.personId }, select: { name: true } }) : null,
    a.unitId ? db.unit.findUnique({ where: { id: a.unitId }, select: { name: true } }) : null,
    db.unit.findFirst({ where: { parentId: null }, orderBy: { sortOrder: 'asc' }, select: { name: true } }),
  ]);
  return {
    username: a.username,
    displayName: a.displayName,
    personName: person?.name,
    unitName: unit?.name,
    organisationName: root?.name,
    year: beijingYear(now),
  };
}
