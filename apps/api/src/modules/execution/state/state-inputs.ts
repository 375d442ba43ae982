import type { ExecutionInput } from '@jx/contract';
import type { Db, Tx } from '../../../lib/db.ts';
import { formatDate } from '../../../lib/dates.ts';
import { plansInForce } from '../warnings/warning.service.ts';

/** What a target's state is computed from: null `plan` when it has never been published (no plan in force). */
export interface StateInput {
  targetId: string;
  plan: { title: string; input: ExecutionInput } | null;
  openOrderDueDates: string[];
}

/** The inputs of the given targets, in a fixed number of queries run one after the other (plans in force, then their open orders). */
export async function loadStateInputs(db: Db | Tx, targetIds: readonly string[]): Promise<StateInput[]> {
  const ids = [...targetIds];
  const plans = await plansInForce(db, { id: { in: ids } });
  const orders = await db.supervisionOrder.findMany({ where: { targetId: { in: ids }, status: { not: 'CLOSED' } }, select: { targetId: true, dueDate: true } });
  const planOf = new Map(plans.map((p) => [p.target.id, p]));
  const ordersOf = new Map<string, string[]>();
  for (const o of orders) ordersOf.set(o.targetId, [...(ordersOf.get(o.targetId) ?? []), formatDate(o.dueDate)]);
  return ids.map((targetId) => {
    const openOrderDueDates = ordersOf.get(targetId) ?? [];
    const p = planOf.get(targetId);
    return { targetId, openOrderDueDates, plan: p ? { title: p.target.title, input: { ...p.input, openOrderDueDates } } : null };
  });
}
