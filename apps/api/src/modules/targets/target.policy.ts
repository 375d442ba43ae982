import { canAssignType, canDraftTarget, canPublishTargets, canReviewTarget, canSuperviseTarget, type TargetPlace } from '@jx/contract';
import type { Prisma } from '@jx/db';
import type { Db, Tx } from '../../lib/db.ts';
import type { Actor } from '../../lib/context.ts';
import { ForbiddenError, type ErrorText } from '../../lib/errors.ts';
import { findReadable } from '../../lib/policy/find-readable.ts';

/**
 * The target policy (年度目标). Reading is a query — `targetReadWhere`, put inside every list, count, export and
 * statistic — and its yes/no twin `canReadTarget` lives in the contract for the web; a test keeps the two equal. The
 * write rules are the contract's yes/no functions, applied here to a target row.
 */

/**
 * LEADER_MAIN and PERF_OFFICE: all; FUNC_DEPT: the target types its department owns, across all units; LEADER_DEPUTY:
 * its 分管单位 or 分管目标类型; UNIT_ADMIN: its own unit; UNIT_STAFF (责任人): the targets of its unit decomposed to its
 * person (责任分解), and with them their reports, documents and orders (decision 0007). Roles combine as a union; a role
 * with nothing in scope matches no row.
 */
export function targetReadWhere(actor: Actor): Prisma.TargetWhereInput {
  if (actor.roles.some((r) => r === 'LEADER_MAIN' || r === 'PERF_OFFICE')) return {};
  const or: Prisma.TargetWhereInput[] = [];
  if (actor.roles.includes('FUNC_DEPT') && actor.unitId) or.push({ targetType: { ownerUnitId: actor.unitId } });
  if (actor.roles.includes('LEADER_DEPUTY')) {
    if (actor.portfolioUnitIds.length) or.push({ unitId: { in: actor.portfolioUnitIds } });
    if (actor.portfolioTargetTypeIds.length) or.push({ targetTypeId: { in: actor.portfolioTargetTypeIds } });
  }
  if (actor.roles.includes('UNIT_ADMIN') && actor.unitId) or.push({ unitId: actor.unitId });
  else if (actor.roles.includes('UNIT_STAFF') && actor.unitId && actor.personId) {
    // Decomposed to them in the working copy, or in a published version (while a revision that drops them is under
    // review, the plan in force still has them: they report on it).
    const personId = actor.personId;
    or.push({
      unitId: actor.unitId,
      OR: [
        { responsibles: { some: { personId } } },
        { revisions: { some: { status: 'PUBLISHED', snapshot: { path: ['responsibles'], array_contains: [{ personId }] } } } },
      ],
    });
  }
  return or.length ? { OR: or } : { id: { in: [] } };
}

/**
 * The target policy for rows that belong to a target (reports, orders): through the relation, and no condition at all
 * for those who read every target (a relation filter of nothing would still join the targets).
 */
export function throughTarget(actor: Actor): { target?: Prisma.TargetWhereInput } {
  const where = targetReadWhere(actor);
  return Object.keys(where).length ? { target: where } : {};
}

/** The target as read within the actor's scope: 404 when it does not exist, 403 (audited) when it is out of scope. */
export function findReadableTarget<A extends Omit<Prisma.TargetFindFirstArgs, 'where'>>(db: Db | Tx, actor: Actor, id: string, args: A) {
  return findReadable(
    'target',
    db.target.findFirst({ ...args, where: { AND: [{ id }, targetReadWhere(actor)] } }) as Promise<Prisma.TargetGetPayload<A> | null>,
    () => db.target.count({ where: { id } }),
  );
}

/** A target row (with its type's owning department) as the rules see it. */
export interface TargetRowPlace {
  unitId: string;
  targetTypeId: string;
  targetType: { ownerUnitId: string };
}
export const placeOf = (t: TargetRowPlace): TargetPlace => ({ unitId: t.unitId, targetTypeId: t.targetTypeId, ownerUnitId: t.targetType.ownerUnitId });

type Owned = { unitId: string; targetType: { ownerUnitId: string } };
export const canDraft = (actor: Actor, t: Owned) => canDraftTarget(actor, { unitId: t.unitId, ownerUnitId: t.targetType.ownerUnitId });
export const canReview = (actor: Actor, t: Owned) => canReviewTarget(actor, { ownerUnitId: t.targetType.ownerUnitId });
export const canPublish = (actor: Actor) => canPublishTargets(actor);
export const canAssign = (actor: Actor, ownerUnitId: string) => canAssignType(actor, ownerUnitId);
export const canSupervise = (actor: Actor, t: TargetRowPlace) => canSuperviseTarget(actor, placeOf(t));

export function assertAllowed(ok: boolean, text: ErrorText) {
  if (!ok) throw new ForbiddenError(text);
}
