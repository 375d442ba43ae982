import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startEmbeddedPostgres, databaseUrl, type EmbeddedDatabase } from './embedded.ts';
import { Client } from 'pg';

export interface OpenedDatabase {
  url: string;
  /** The embedded server, when one was started (no DATABASE_URL). */
  embedded?: EmbeddedDatabase;
}

/**
 * The embedded server already running in `dataDir` (the app is up), from its postmaster.pid: its server URL, or null.
 */
export function runningEmbeddedServer(dataDir: string): string | null {
  try {
    const lines = readFileSync(join(resolve(dataDir), 'pg', 'postmaster.pid'), 'utf8').split('\n');
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    process.kill(pid, 0); // throws when no such process
    return Number.isInteger(port) && port > 0 ? `postgresql://postgres:postgres@127.0.0.1:${port}/postgres` : null;
  } catch {
    return null;
  }
}

/**
 * Uses DATABASE_URL when given; otherwise starts (and creates) an embedded database in `dataDir`. With
 * `joinRunning`, an embedded server that is already running there (the app is up) is used as it is.
 */
export async function openDatabase(opts: {
  databaseUrl?: string;
  dataDir: string;
  database?: string;
  log?: (m: string) => void;
  joinRunning?: boolean;
}): Promise<OpenedDatabase> {
  if (opts.databaseUrl) return { url: opts.databaseUrl };
  const running = opts.joinRunning ? runningEmbeddedServer(opts.dataDir) : null;
  if (running) return { url: databaseUrl(running, opts.database ?? 'mubiao') };
  const embedded = await startEmbeddedPostgres({ dataDir: opts.dataDir, log: opts.log });
  const name = opts.database ?? 'mubiao';
  await ensureDatabase(embedded.serverUrl, name);
  return { url: databaseUrl(embedded.serverUrl, name), embedded };
}

export async function ensureDatabase(serverUrl: string, name: string, template?: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      // Cloning needs the template to have no other sessions (pools of earlier steps may linger idle).
      if (template) await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [template]);
      await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
    }
  } finally {
    await client.end();
  }
}
