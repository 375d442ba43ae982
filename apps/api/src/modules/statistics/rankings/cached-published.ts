import type { z } from 'zod';
import type { RouteDef } from '@jx/contract';
import type { AppDeps } from '../../../app-deps.ts';
import type { Actor } from '../../../lib/context.ts';
import { serializeAnswer, type SerializedJson } from '../../../http/serialized-json.ts';
import { answerKey } from '../../execution/state/analysis-cache.ts';

/**
 * A read of published results (rankings, a unit's results), kept in memory as the route's JSON answer per scope and
 * query until a bulletin, a period or a name changes (decision 0026). The calendar moves nothing here: a published
 * result stays what it is.
 */
export function cachedPublished<R extends RouteDef>(
  deps: AppDeps,
  route: R,
  actor: Actor,
  now: Date,
  query: object,
  compute: () => Promise<z.input<R['response']>>,
): Promise<SerializedJson> {
  return deps.readCache.remember(answerKey(route, actor, query), ['bulletin', 'base'], now, async () => ({
    value: serializeAnswer(route, await compute()),
    until: Number.MAX_SAFE_INTEGER,
  }));
}
