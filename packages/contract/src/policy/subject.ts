import type { Role } from '../roles.ts';

/**
 * Who is acting, as the rules need it: the server's signed-in actor and the web's session user both fit (the web maps
 * its `id` with `subjectOf`).
 */
export interface Subject {
  accountId: string;
  roles: readonly Role[];
  unitId: string | null;
  personId: string | null;
  portfolioUnitIds: readonly string[];
  portfolioTargetTypeIds: readonly string[];
}

export const hasAnyRole = (s: Pick<Subject, 'roles'>, ...roles: Role[]) => s.roles.some((r) => roles.includes(r));

/** The web's session user as a subject of the rules. */
export const subjectOf = (user: Omit<Subject, 'accountId'> & { id: string }): Subject => ({ ...user, accountId: user.id });
