import { listPendingReports } from '@jx/contract';
import type { AppDeps } from '../../../app-deps.ts';
import type { Actor } from '../../../lib/context.ts';
import { serializeAnswer, type SerializedJson } from '../../../http/serialized-json.ts';
import { columnScope } from '../state/state-scope.ts';
import { scopeKey } from '../state/analysis-cache.ts';
import { listPendingReports as pendingReportsOf } from './pending-reports.ts';

/**
 * 本期待报送, kept in memory per unit scope until a report, a target or a name change is heard (a report or a publication
 * writes the target's state) or a planned period begins or falls due (decision 0026). A 责任人's list depends on which
 * targets are theirs and is computed every time.
 */
export async function cachedPendingReports(deps: AppDeps, actor: Actor, yearId: string, now: Date): Promise<SerializedJson> {
  const dueDay = (await deps.settings.all())['report.dueDay'];
  const compute = async () => {
    const { items, until } = await pendingReportsOf(deps.db, actor, yearId, now, dueDay);
    return { value: serializeAnswer(listPendingReports, { items }), until };
  };
  if (!columnScope(actor)) return (await compute()).value;
  return deps.readCache.remember(`${listPendingReports.id}|${scopeKey(actor)}|${yearId}|${dueDay}`, ['state', 'base', 'assessment'], now, compute);
}
