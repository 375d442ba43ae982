import type { z } from 'zod';
import type { RouteDef } from '@jx/contract';
import type { AppDeps } from '../../../app-deps.ts';
import type { Actor } from '../../../lib/context.ts';
import type { ChangeTopic } from '../../../lib/changes/change-feed.ts';
import { serializeAnswer, type SerializedJson } from '../../../http/serialized-json.ts';
import { columnScope } from './state-scope.ts';
import { freshUntil } from './state-freshness.ts';

/** Who sees what, as a cache key: two actors with the same key are given the same figures. */
export function scopeKey(actor: Actor): string {
  return JSON.stringify([[...actor.roles].sort(), actor.unitId, [...actor.portfolioUnitIds].sort(), [...actor.portfolioTargetTypeIds].sort()]);
}

/** The read cache's key of one route's answer to one scope and query. */
export const answerKey = (route: RouteDef, actor: Actor, query: object) => `${route.id}|${scopeKey(actor)}|${JSON.stringify(query)}`;

/**
 * An analysis read over execution states (warnings, statistics), kept in memory as the route's JSON answer per scope
 * and query while no state, unit, type, year or category change was heard (nor of the further `topics` it also reads)
 * and no state's calendar moved (decision 0026). Only for scopes said by units and types: a 责任人's figures depend
 * on which targets are theirs and are computed every time.
 */
export async function cachedAnalysis<R extends RouteDef>(
  deps: AppDeps,
  route: R,
  actor: Actor,
  now: Date,
  query: object,
  compute: () => Promise<z.input<R['response']>>,
  topics: readonly ChangeTopic[] = [],
): Promise<SerializedJson> {
  if (!columnScope(actor)) return serializeAnswer(route, await compute(), { kept: false });
  return deps.readCache.remember(answerKey(route, actor, query), ['state', 'base', ...topics], now, async () => {
    const value = serializeAnswer(route, await compute());
    return { value, until: freshUntil(deps.db, now) };
  });
}
