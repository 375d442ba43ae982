import type { AppDeps } from '../../../app-deps.ts';
import type { Actor } from '../../../lib/context.ts';
import { scopeKey } from '../../execution/state/analysis-cache.ts';

/**
 * A read of published results (rankings, a unit's results), kept in memory per scope and query until a bulletin, a
 * period or a name changes (decision 0026). The calendar moves nothing here: a published result stays what it is.
 */
export function cachedPublished<T>(deps: AppDeps, actor: Actor, now: Date, name: string, query: object, compute: () => Promise<T>): Promise<T> {
  return deps.readCache.remember(`${name}|${scopeKey(actor)}|${JSON.stringify(query)}`, ['bulletin', 'base'], now, async () => ({
    value: await compute(),
    until: Number.MAX_SAFE_INTEGER,
  }));
}
