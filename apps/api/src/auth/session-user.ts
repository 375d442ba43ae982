import type { Role, SessionUser } from '@jx/contract';
import type { Tx, Db } from '../lib/db.ts';
import { DAY } from '../lib/clock.ts';
import type { Actor } from '../lib/context.ts';

export const accountWithScope = {
  unit: { select: { name: true } },
  portfolioUnits: { select: { unitId: true } },
  portfolioTargetTypes: { select: { targetTypeId: true } },
} as const;

export type AccountWithScope = NonNullable<Awaited<ReturnType<typeof loadAccountWithScope>>>;

export function loadAccountWithScope(db: Db | Tx, id: string) {
  return db.account.findUnique({ where: { id }, include: accountWithScope });
}

/** Who acts in a session: the account's roles, unit, person and portfolio as they are in the database now. */
export function actorOf(account: AccountWithScope, sessionId: string): Actor {
  return {
    accountId: account.id,
    sessionId,
    username: account.username,
    displayName: account.displayName,
    roles: account.roles,
    unitId: account.unitId,
    personId: account.personId,
    portfolioUnitIds: account.portfolioUnits.map((p) => p.unitId),
    portfolioTargetTypeIds: account.portfolioTargetTypes.map((p) => p.targetTypeId),
  };
}

export function passwordExpiresAt(account: { passwordChangedAt: Date }, maxAgeDays: number): Date {
  return new Date(account.passwordChangedAt.getTime() + maxAgeDays * DAY);
}

const MFA_ROLES: readonly Role[] = ['SYS_ADMIN', 'PERF_OFFICE', 'AUDITOR'];

/** True when the account may do nothing but set up its second factor. */
export function mfaEnrollmentRequired(account: { roles: Role[]; totpEnabledAt: Date | null }, requireMfaForPrivileged: boolean) {
  return requireMfaForPrivileged && !account.totpEnabledAt && account.roles.some((r) => MFA_ROLES.includes(r));
}

export interface SessionRules {
  passwordMaxAgeDays: number;
  requireMfaForPrivileged: boolean;
}

export function toSessionUser(account: AccountWithScope, now: Date, rules: SessionRules): SessionUser {
  const expiresAt = passwordExpiresAt(account, rules.passwordMaxAgeDays);
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    personId: account.personId,
    roles: account.roles,
    unitId: account.unitId,
    unitName: account.unit?.name ?? null,
    mustChangePassword: account.mustChangePassword,
    passwordExpired: expiresAt <= now,
    passwordExpiresAt: expiresAt.toISOString(),
    portfolioUnitIds: account.portfolioUnits.map((p) => p.unitId),
    portfolioTargetTypeIds: account.portfolioTargetTypes.map((p) => p.targetTypeId),
    totpEnabled: !!account.totpEnabledAt,
    mfaEnrollmentRequired: mfaEnrollmentRequired(account, rules.requireMfaForPrivileged),
    version: account.version,
  };
}
