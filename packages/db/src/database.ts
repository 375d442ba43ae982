import { startEmbeddedPostgres, databaseUrl, type EmbeddedDatabase } from './embedded.ts';
import { Client } from 'pg';

export interface OpenedDatabase {
  url: string;
  /** The embedded server, when one was started (no DATABASE_URL). */
  embedded?: EmbeddedDatabase;
}

/** Uses DATABASE_URL when given; otherwise starts (and creates) an embedded database in `dataDir`. */
export async function openDatabase(opts: { databaseUrl?: string; dataDir: string; database?: string; log?: (m: string) => void }): Promise<OpenedDatabase> {
  if (opts.databaseUrl) return { url: opts.databaseUrl };
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
