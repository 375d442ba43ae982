import type { Role } from '@jx/contract';
import type { PrismaClient } from '@jx/db';
import { SEED_YEAR } from './constants.ts';

/** The demo account that holds each role (one role each). */
export const DEMO_USER: Record<Role, string> = {
  LEADER_MAIN: 'leader',
  LEADER_DEPUTY: 'deputy',
  FUNC_DEPT: 'safety',
  PERF_OFFICE: 'perf',
  SYS_ADMIN: 'admin',
  AUDITOR: 'auditor',
  UNIT_ADMIN: 'unit.chengdu',
  UNIT_STAFF: 'staff.chengdu',
};

/** The deputy's 分管单位 in the seed (prisma/seed/accounts.ts). */
export const DEPUTY_PORTFOLIO_CODES = ['DU-GLJ', 'DU-GGJ', 'CITY-CD', 'CITY-MY', 'CITY-DY'] as const;

export interface Seeded {
  unitId(code: string): string;
  rootUnitId: string;
  yearId: string;
  /** The seed year's category with this code (HQ, DIRECT, CITY, ENTERPRISE). */
  categoryId(code: string): string;
  accountId(username: string): string;
  /** An active person whose current unit is the unit with this code. */
  personIn(code: string): Promise<string>;
  /** The argon2 hash of the demo password, to give fixture accounts a password that works. */
  demoPasswordHash: string;
}

/** Ids of the seeded demo province, looked up in this file's database. */
export async function loadSeeded(db: PrismaClient): Promise<Seeded> {
  const [units, year, accounts] = await Promise.all([
    db.unit.findMany({ select: { id: true, code: true } }),
    db.year.findUniqueOrThrow({ where: { year: SEED_YEAR } }),
    db.account.findMany({ select: { id: true, username: true, passwordHash: true } }),
  ]);
  const categories = await db.assessmentCategory.findMany({ where: { yearId: year.id }, select: { id: true, code: true } });
  const pick = <T extends { id: string }>(rows: T[], key: (r: T) => string, value: string, what: string) => {
    const row = rows.find((r) => key(r) === value);
    if (!row) throw new Error(`seed has no ${what} ${value}`);
    return row.id;
  };
  const unitId = (code: string) => pick(units, (u) => u.code, code, 'unit');
  return {
    unitId,
    rootUnitId: unitId('ROOT'),
    yearId: year.id,
    categoryId: (code) => pick(categories, (c) => c.code, code, 'category'),
    accountId: (username) => pick(accounts, (a) => a.username, username, 'account'),
    async personIn(code) {
      const p = await db.person.findFirst({ where: { unitId: unitId(code), status: 'ACTIVE' }, orderBy: { staffNo: 'asc' } });
      if (!p) throw new Error(`seed has no active person in ${code}`);
      return p.id;
    },
    demoPasswordHash: accounts.find((a) => a.username === 'admin')!.passwordHash,
  };
}
