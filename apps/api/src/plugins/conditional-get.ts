import type { FastifyInstance } from 'fastify';
import etag from '@fastify/etag';

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
  await scope.register(etag);
}
