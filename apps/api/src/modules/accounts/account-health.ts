import { PASSWORD_EXPIRY_NOTICE_DAYS } from '@jx/contract';
import type { Prisma } from '@jx/db';

const DAY = 24 * 60 * 60 * 1000;

/** Active accounts that have never signed in. */
export const neverUsedWhere: Prisma.AccountWhereInput = { status: 'ACTIVE', lastLoginAt: null };

/** Active accounts whose password expires within the notice days from now, or has expired. */
export function passwordExpiringWhere(now: Date, maxAgeDays: number): Prisma.AccountWhereInput {
  return { status: 'ACTIVE', passwordChangedAt: { lt: new Date(now.getTime() + (PASSWORD_EXPIRY_NOTICE_DAYS - maxAgeDays) * DAY) } };
}

/** Accounts locked now by failed sign-ins: what the list shows as `locked`. */
export function lockedWhere(now: Date): Prisma.AccountWhereInput {
  return { lockedUntil: { gt: now } };
}

/** Active units without an active account. */
export const unitWithoutAccountsWhere: Prisma.UnitWhereInput = { active: true, accounts: { none: { status: 'ACTIVE' } } };
