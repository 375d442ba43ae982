import exitHook from 'async-exit-hook';
import type { FastifyInstance } from 'fastify';
import { createPrismaClient } from '@jx/db';
import { buildApp } from '../app.ts';
import { BACKGROUND_JOBS } from '../background/jobs.ts';
import { createLeaderLock } from '../background/leader-lock.ts';
import { createBackgroundRunner } from '../background/runner.ts';
import { clockOf, type ServeConfig } from './serve-config.ts';
import { listenForChanges } from '../lib/changes/change-feed.ts';

export interface HttpServer {
  app: FastifyInstance;
  /**
   * Stops taking requests, lets the ones in flight and the summary run in hand finish, runs the last background jobs
   * when this process leads them (the audit anchor), closes the pool.
   */
  close(): Promise<void>;
}

/**
 * Connects to the database and listens (the primary did the one-time boot), and offers to lead the background work:
 * every worker of every instance asks, one at a time leads (background/runner.ts), on the worker's own pool.
 */
export async function serveHttp(config: ServeConfig): Promise<HttpServer> {
  const prisma = createPrismaClient(config.databaseUrl, config.pool);
  try {
    let log: (err: unknown) => void = () => undefined;
    const changes = listenForChanges(config.databaseUrl, (err) => log(err));
    const app = await buildApp({ db: prisma, clock: clockOf(config), config: config.app, changes });
    log = (err) => app.log.warn({ err }, 'change feed connection lost; reading everything from the database until it is back');
    const { db, clock, settings } = app.deps;
    const background = createBackgroundRunner({
      lock: createLeaderLock(config.databaseUrl),
      jobs: BACKGROUND_JOBS,
      context: { db, clock, settings, auditAnchorFile: config.app.auditAnchorFile },
      onError: (err, job) => app.log.error({ err, job }, 'background job failed'),
      onLeadership: (leading) => app.log.info(leading ? 'leading the background jobs' : 'no longer leading the background jobs'),
    });
    await app.listen({ host: config.host, port: config.port });
    background.start();
    return {
      app,
      async close() {
        try {
          await app.close();
        } finally {
          await background.stop().catch((err: unknown) => app.log.error({ err }, 'stopping the background jobs failed'));
          await prisma.$disconnect();
        }
      },
    };
  } catch (e) {
    await prisma.$disconnect();
    throw e;
  }
}

/** The primary's one message to a worker. */
export interface ServeMessage {
  type: 'serve';
  config: ServeConfig;
}

const isServeMessage = (m: unknown): m is ServeMessage => typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'serve';

/**
 * A cluster worker: waits for the primary's configuration, serves, and closes gracefully on SIGTERM, Ctrl-C, or when
 * the primary is gone.
 */
export async function runHttpWorker(): Promise<void> {
  const config = await new Promise<ServeConfig>((resolve) => {
    const onMessage = (m: unknown) => {
      if (!isServeMessage(m)) return;
      process.off('message', onMessage);
      resolve(m.config);
    };
    process.on('message', onMessage);
  });
  const server = await serveHttp(config);
  let closing: Promise<void> | null = null;
  const close = () => (closing ??= server.close().catch((e: unknown) => server.app.log.error({ err: e }, 'closing the HTTP worker failed')));
  exitHook((done: () => void) => void close().finally(done));
  process.once('disconnect', () => void close().finally(() => process.exit(0)));
}
