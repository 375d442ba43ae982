import type { Role } from '@jx/contract';

/** The signed-in account as every service sees it: roles and scope are read from the database on each request. */
export interface Actor {
  accountId: string;
  sessionId: string;
  username: string;
  displayName: string;
  roles: Role[];
  unitId: string | null;
  /** The person (人员) the account belongs to: a 责任人 reads the targets decomposed to that person. */
  personId: string | null;
  portfolioUnitIds: string[];
  portfolioTargetTypeIds: string[];
}

export interface RequestContext {
  actor: Actor;
  ip: string;
  requestId: string;
  userAgent: string | null;
  now: Date;
}

export const hasRole = (actor: Actor, ...roles: Role[]) => actor.roles.some((r) => roles.includes(r));
