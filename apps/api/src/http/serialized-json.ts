import { z } from 'zod';
import type { RouteDef } from '@jx/contract';

/**
 * An answer already checked against its route's response schema and written as JSON, sent as is. What the read cache
 * keeps this way costs no validation and no serialisation per request (a heat map of 150 units is 170 kB of JSON).
 */
export class SerializedJson {
  constructor(readonly json: string) {}
}

/** The same check and encoding as the route's response serializer, done once. */
export function serializeAnswer<R extends RouteDef>(route: R, value: z.input<R['response']>): SerializedJson {
  return new SerializedJson(JSON.stringify(z.encode(route.response, value as z.output<R['response']>)));
}
