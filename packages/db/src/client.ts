import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client.ts';

/** The connection pool behind one client (one per API process; see README, Production). */
export interface PoolOptions {
  /** Most connections this client opens (pg's default: 10). */
  max?: number;
  /** Milliseconds after which PostgreSQL cancels a statement of this client; 0 or absent: the server's setting. */
  statementTimeoutMs?: number;
}

/** A statement the client sent, with its bind values (JSON) and how long it took. */
export interface QueryEvent {
  query: string;
  params: string;
  duration: number;
}

export function createPrismaClient(connectionString: string, pool: PoolOptions = {}, onQuery?: (e: QueryEvent) => void): PrismaClient {
  const client = new PrismaClient({
    adapter: new PrismaPg({
      connectionString,
      ...(pool.max ? { max: pool.max } : {}),
      ...(pool.statementTimeoutMs ? { statement_timeout: pool.statementTimeoutMs } : {}),
    }),
    ...(onQuery ? { log: [{ emit: 'event' as const, level: 'query' as const }] } : {}),
  });
  // The benchmark's query plans: which statements a request sends.
  if (onQuery) (client as unknown as { $on(e: 'query', f: (e: QueryEvent) => void): void }).$on('query', onQuery);
  return client;
}
