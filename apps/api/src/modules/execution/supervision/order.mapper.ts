import { beijingDay, isOrderDateOverdue, type SupervisionOrder, type SupervisionStatus } from '@jx/contract';
import type { Db, Tx } from '../../../lib/db.ts';
import { formatDate } from '../../../lib/dates.ts';
import type { OrderRow } from './order.policy.ts';

/** Display names of the given accounts, by id. */
export async function accountNames(db: Db | Tx, ids: (string | null)[]): Promise<Map<string, string>> {
  const distinct = [...new Set(ids.filter((x): x is string => !!x))];
  if (!distinct.length) return new Map();
  return new Map((await db.account.findMany({ where: { id: { in: distinct } }, select: { id: true, displayName: true } })).map((a) => [a.id, a.displayName]));
}

/** Today's date in Beijing (`YYYY-MM-DD`): an order due before it is past its due date. */
export const beijingToday = (now: Date) => beijingDay(now);

/** 逾期: not yet CLOSED (OPEN, or RESPONDED and awaiting the issuer) and due before today, Beijing time. */
const isOrderOverdue = (o: { status: SupervisionStatus; dueDate: Date }, now: Date) => o.status !== 'CLOSED' && isOrderDateOverdue(formatDate(o.dueDate), now);

export const toOrderDto = (o: OrderRow, who: Map<string, string>, now: Date): SupervisionOrder => ({
  id: o.id,
  targetId: o.targetId,
  targetTitle: o.target.title,
  unitId: o.target.unitId,
  unitName: o.target.unit.name,
  reportId: o.reportId,
  issuedById: o.issuedById,
  issuedByName: who.get(o.issuedById) ?? '',
  instruction: o.instruction,
  dueDate: formatDate(o.dueDate),
  status: o.status,
  response: o.response,
  respondedAt: o.respondedAt?.toISOString() ?? null,
  note: o.closeNote,
  closedAt: o.closedAt?.toISOString() ?? null,
  overdue: isOrderOverdue(o, now),
  urgeCount: o.urgeCount,
  lastUrgedAt: o.lastUrgedAt?.toISOString() ?? null,
  version: o.version,
  createdAt: o.createdAt.toISOString(),
});
