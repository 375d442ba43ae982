import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import fastifyStatic from '@fastify/static';
import { chineseMessage } from '@jx/contract';
import { t } from '../lib/errors.ts';

/** Built files under assets/ carry a content hash in their names: a browser may keep them for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the built web app, with index.html for every non-API path (client-side routes). The build writes .br and .gz
 * beside each asset (`apps/web/scripts/precompress.mjs`); those are sent to browsers that accept them, so the first
 * visit over a slow network downloads about a third of the bytes.
 */
export async function registerWeb(app: FastifyInstance, dist: string) {
  if (!existsSync(join(dist, 'index.html'))) {
    app.log.warn(`web app not built (${dist}); only the API is served`);
    return;
  }
  await app.register(fastifyStatic, {
    root: dist,
    wildcard: false,
    index: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, path) => {
      reply.header('cache-control', relative(dist, path).startsWith('assets') ? IMMUTABLE : 'no-cache');
    },
  });
  app.get('/*', (req, reply) => {
    if (req.url.startsWith('/api/')) {
      const text = t('common.routeNotFound', { method: req.method, path: req.url.split('?')[0]! });
      return reply.status(404).send({ error: { code: 'NOT_FOUND', message: chineseMessage(text), ...text, requestId: String(req.id) } });
    }
    const file = req.url.split('?')[0]!.slice(1);
    // Built after the server started (files are routed at start-up): still served, with the same headers.
    if (file && !file.includes('..') && existsSync(join(dist, file))) return reply.sendFile(file);
    // A chunk of an older build: a 404 lets the app say so, where index.html would fail as a script.
    if (file.startsWith('assets/'))
      return reply
        .status(404)
        .send({ error: { code: 'NOT_FOUND', message: chineseMessage(t('common.fileNotFound')), key: 'common.fileNotFound', requestId: String(req.id) } });
    return reply.sendFile('index.html');
  });
}
