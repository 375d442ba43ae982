import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import etag from '@fastify/etag';

const sha1 = (payload: string | Buffer) => createHash('sha1').update(payload).digest('base64');
// A kept answer (http/serialized-json.ts) is sent as the same bytes every time: its hash is taken once.
const tags = new WeakMap<Buffer, string>();
function etagOf(payload: string | Buffer): string {
  if (!Buffer.isBuffer(payload)) return sha1(payload);
  let tag = tags.get(payload);
  if (!tag) tags.set(payload, (tag = sha1(payload)));
  return tag;
}

/**
 * For the routes registered in `scope` (the analysis reads): the browser may keep an answer but asks again every time
 * (`no-cache`, never served stale), with the answer's ETag; an unchanged answer comes back as 304 without a body. A
 * leader's dashboard refetched on focus then moves a header instead of the heat map. The ETag is the answer's hash,
 * so every worker and instance gives the same one for the same figures.
 */
export async function conditionalGet(scope: FastifyInstance) {
  scope.addHook('onRequest', async (_req, reply) => {
    reply.header('cache-control', 'private, no-cache');
  });
  await scope.register(etag, { hashFn: etagOf });
}
