import type { Account as AccountDto } from '@jx/contract';
import type { Prisma } from '@jx/db';

export const accountInclude = {
  unit: { select: { name: true } },
  person: { select: { name: true } },
  portfolioUnits: { select: { unitId: true } },
  portfolioTargetTypes: { select: { targetTypeId: true } },
} satisfies Prisma.AccountInclude;

export type AccountRow = Prisma.AccountGetPayload<{ include: typeof accountInclude }>;

export function toAccountDto(a: AccountRow, now: Date): AccountDto {
  return {
    id: a.id,
    username: a.username,
    displayName: a.displayName,
    personId: a.personId,
    personName: a.person?.name ?? null,
    unitId: a.unitId,
    unitName: a.unit?.name ?? null,
    roles: a.roles,
    portfolioUnitIds: a.portfolioUnits.map((p) => p.unitId),
    portfolioTargetTypeIds: a.portfolioTargetTypes.map((p) => p.targetTypeId),
    status: a.status,
    locked: !!a.lockedUntil && a.lockedUntil > now,
    lockedUntil: a.lockedUntil && a.lockedUntil > now ? a.lockedUntil.toISOString() : null,
    mustChangePassword: a.mustChangePassword,
    totpEnabled: !!a.totpEnabledAt,
    lastLoginAt: a.lastLoginAt?.toISOString() ?? null,
    version: a.version,
    updatedAt: a.updatedAt.toISOString(),
  };
}

/** What the audit log keeps of an account (never the password hash). */
export const auditableAccount = (a: AccountRow) => ({
  username: a.username,
  displayName: a.displayName,
  personId: a.personId,
  unitId: a.unitId,
  roles: [...a.roles].sort(),
  portfolioUnitIds: a.portfolioUnits.map((p) => p.unitId).sort(),
  portfolioTargetTypeIds: a.portfolioTargetTypes.map((p) => p.targetTypeId).sort(),
  status: a.status,
  mustChangePassword: a.mustChangePassword,
  lockedUntil: a.lockedUntil,
  totpEnabled: !!a.totpEnabledAt,
});
