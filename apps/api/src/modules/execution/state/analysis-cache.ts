import type { AppDeps } from '../../../app-deps.ts';
import type { Actor } from '../../../lib/context.ts';
import type { ChangeTopic } from '../../../lib/changes/change-feed.ts';
import { columnScope } from './state-scope.ts';
import { freshUntil } from './state-freshness.ts';

/** Who sees what, as a cache key: two actors with the same key are given the same figures. */
export function scopeKey(actor: Actor): string {
  return JSON.stringify([[...actor.roles].sort(), actor.unitId, [...actor.portfolioUnitIds].sort(), [...actor.portfolioTargetTypeIds].sort()]);
}

/**
 * An analysis read over execution states (warnings, statistics), kept in memory per scope and query while no state,
 * unit, type, year or category change was heard (or of the further `topics` it also reads) and no state's calendar
 * moved (decision 0026). Only for scopes said by units and types: a 责任人's figures depend on which targets are
 * theirs and are computed every time.
 */
export function cachedAnalysis<T>(
  deps: AppDeps,
  actor: Actor,
  now: Date,
  name: string,
  query: object,
  compute: () => Promise<T>,
  topics: readonly ChangeTopic[] = [],
): Promise<T> {
  if (!columnScope(actor)) return compute();
  return deps.readCache.remember(`${name}|${scopeKey(actor)}|${JSON.stringify(query)}`, ['state', 'base', ...topics], now, async () => {
    const value = await compute();
    return { value, until: freshUntil(deps.db, now) };
  });
}
