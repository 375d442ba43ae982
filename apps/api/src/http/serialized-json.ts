import { z } from 'zod';
import type { RouteDef } from '@jx/contract';

/**
 * An answer already checked against its route's response schema and written as UTF-8 JSON, sent as is. What the read
 * cache keeps this way costs no validation, serialisation or encoding per request (a heat map of 150 units is 170 kB),
 * and its ETag is hashed once (`conditional-get.ts`).
 */
export class SerializedJson {
  /** `kept`: the same bytes are sent again (the read cache holds them), so a compressed copy is worth making once. */
  constructor(
    readonly body: Buffer,
    readonly kept: boolean,
  ) {}
}

/** The same check and encoding as the route's response serializer, done once; `kept: false` for an answer sent once. */
export function serializeAnswer<R extends RouteDef>(route: R, value: z.input<R['response']>, opts: { kept?: boolean } = {}): SerializedJson {
  return new SerializedJson(Buffer.from(JSON.stringify(z.encode(route.response, value as z.output<R['response']>))), opts.kept ?? true);
}

/** What a value kept by the read cache is reckoned to hold in memory: a kept answer its bytes, a list its own estimate. */
export function keptSize(value: unknown): number {
  if (value instanceof SerializedJson) return value.body.length;
  const approx = (value as { approxBytes?: unknown } | null)?.approxBytes;
  return typeof approx === 'number' ? approx : 1024;
}
