import type { NotificationKind } from '@jx/contract';
import type { Tx } from '../../lib/db.ts';

export interface NotifyInput {
  kind: NotificationKind;
  title: string;
  body?: string;
  /** A web path, e.g. `/targets/<id>`. */
  link?: string;
  /** With a key, an account gets the notice at most once (unique per account + key). */
  dedupeKey?: string;
}

/** Adds one notice for each account, inside the caller's transaction. Duplicate accounts and (account, key) pairs are skipped. */
export async function notify(tx: Tx, accountIds: Iterable<string>, n: NotifyInput): Promise<number> {
  const ids = [...new Set(accountIds)];
  if (!ids.length) return 0;
  const res = await tx.notification.createMany({
    data: ids.map((accountId) => ({ accountId, kind: n.kind, title: n.title, body: n.body ?? null, link: n.link ?? null, dedupeKey: n.dedupeKey ?? null })),
    skipDuplicates: true,
  });
  return res.count;
}

/** The active UNIT_ADMIN accounts of a unit (the unit's 目标管理员). */
export async function unitAdminIds(tx: Tx, unitId: string): Promise<string[]> {
  const rows = await tx.account.findMany({ where: { unitId, status: 'ACTIVE', roles: { has: 'UNIT_ADMIN' } }, select: { id: true } });
  return rows.map((r) => r.id);
}

/**
 * Those who review a target (DESIGN §4, decision 0007): the active FUNC_DEPT accounts of the department that owns its
 * type, and the active PERF_OFFICE accounts.
 */
export async function reviewerIds(tx: Tx, ownerUnitId: string): Promise<string[]> {
  const rows = await tx.account.findMany({
    where: { status: 'ACTIVE', OR: [{ roles: { has: 'FUNC_DEPT' }, unitId: ownerUnitId }, { roles: { has: 'PERF_OFFICE' } }] },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** The active FUNC_DEPT accounts of a department (those who follow the targets of the types it owns). */
export async function departmentIds(tx: Tx, unitId: string): Promise<string[]> {
  const rows = await tx.account.findMany({ where: { unitId, status: 'ACTIVE', roles: { has: 'FUNC_DEPT' } }, select: { id: true } });
  return rows.map((r) => r.id);
}

/** Everyone to tell, less the one who acted. */
export const except = (ids: Iterable<string>, actorId: string) => [...new Set(ids)].filter((id) => id !== actorId);
