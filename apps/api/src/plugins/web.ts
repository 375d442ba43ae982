import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';

/** Serves the built web app, with index.html for every non-API path (client-side routes). */
export async function registerWeb(app: FastifyInstance, dist: string) {
  if (!existsSync(join(dist, 'index.html'))) {
    app.log.warn(`web app not built (${dist}); only the API is served`);
    return;
  }
  await app.register(fastifyStatic, { root: dist, wildcard: false, index: false });
  app.get('/*', (req, reply) => {
    if (req.url.startsWith('/api/')) {
      return reply.status(404).send({ error: { code: 'NOT_FOUND', message: '接口不存在', requestId: String(req.id) } });
    }
    const file = req.url.split('?')[0]!.slice(1);
    if (file && existsSync(join(dist, file)) && !file.includes('..')) {
      return reply.header('cache-control', file.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache').sendFile(file);
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
