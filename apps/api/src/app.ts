import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { withClock } from '@jx/db';
import { guardInput } from '@jx/contract';
import type { z } from 'zod';
import type { Db } from './lib/db.ts';
import { systemClock, type Clock } from './lib/clock.ts';
import type { AppConfig, AppDeps } from './app-deps.ts';
import { createSettingsStore } from './modules/settings/settings.store.ts';
import { createSummaryWorker } from './modules/results/summary-worker.ts';
import { createSecretCipher } from './auth/secret-cipher.ts';
import { registerErrorHandler } from './plugins/error-handler.ts';
import { registerSecurity } from './plugins/security.ts';
import { registerOpenApi } from './plugins/openapi.ts';
import { registerWeb } from './plugins/web.ts';
import { registerModules } from './modules/index.ts';
import { createDocumentStorage } from './modules/documents/storage/index.ts';
import { notListening, type ChangeFeed } from './lib/changes/change-feed.ts';
import { createSessionCache } from './auth/session-cache.ts';
import { createReadCache } from './lib/changes/read-cache.ts';
import { keptSize } from './http/serialized-json.ts';
import { trackStateFreshness } from './modules/execution/state/state-freshness.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BuildAppOptions {
  db: Db;
  config: AppConfig;
  clock?: Clock;
  logger?: boolean;
  /** The database's change feed (closed with the app); without one, nothing is kept in memory between requests. */
  changes?: ChangeFeed;
}

export async function buildApp(opts: BuildAppOptions): Promise<FastifyInstance> {
  const hops = opts.config.trustProxyHops;
  const serverOptions: FastifyServerOptions = {
    logger: opts.logger === false ? false : { level: opts.config.logLevel },
    // X-Forwarded-For is believed only for the configured number of proxy hops; by default it is ignored.
    trustProxy: hops > 0 ? (_address: string, hop: number) => hop < hops : false,
    bodyLimit: 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    routerOptions: { ignoreTrailingSlash: true },
    // One line per request (the onResponse hook below) instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
  };
  const app: FastifyInstance = Fastify(serverOptions);
  const clock = opts.clock ?? systemClock;
  // Rows get their timestamps from the app's clock too, never from the database server's.
  const db = withClock(opts.db, () => clock.now());
  const changes = opts.changes ?? notListening;
  trackStateFreshness(db, changes);
  const deps: AppDeps = {
    db,
    clock,
    settings: createSettingsStore(db),
    secrets: createSecretCipher(opts.config.jwtSecret),
    config: opts.config,
    documents: createDocumentStorage(opts.config.documentStorage ?? { kind: 'local', dir: mkdtempSync(join(tmpdir(), 'jx-documents-')) }),
    summaryRuns: createSummaryWorker(db, clock, (e) => app.log.error(e, 'summary run failed')),
    changes,
    sessionCache: createSessionCache(changes),
    readCache: createReadCache(changes, { sizeOf: keptSize }),
    registeredRouteIds: new Set(),
  };
  app.decorate('deps', deps);
  app.addHook('onClose', async () => {
    deps.summaryRuns.stop();
    await deps.summaryRuns.drain().catch(() => undefined);
    deps.documents.close?.();
    await changes.close();
  });
  app.decorateRequest('actor', null);
  // Every route's params, query and body also pass the contract's input guard (no NUL characters, no numbers beyond
  // what a column holds), applied here once rather than written into each route's schema.
  app.setValidatorCompiler((req) => validatorCompiler({ ...req, schema: guardInput(req.schema as z.ZodType) }));
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onResponse', async (req, reply) => {
    const line = { reqId: req.id, method: req.method, url: req.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime) };
    if (reply.statusCode >= 500) req.log.error(line, 'request failed');
    else if (req.url.startsWith('/api/')) req.log.info(line, 'request');
  });
  app.addHook('onSend', async (req, reply) => {
    // Before the answer leaves: the client's next request reads what this one wrote, whatever this process kept.
    if (req.method !== 'GET' && req.method !== 'HEAD') changes.heardOwnWrite();
    reply.header('x-request-id', req.id);
    if (req.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
  registerErrorHandler(app);
  await registerSecurity(app);
  await registerOpenApi(app);
  await registerModules(app);
  if (opts.config.webDist) await registerWeb(app, opts.config.webDist);
  return app;
}
