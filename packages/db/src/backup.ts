import { createReadStream, createWriteStream } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import * as tar from 'tar';
import { applyMigrations, knownMigrations } from './migrate.ts';

/**
 * A backup is one `.tar.gz` holding everything a restore needs (decision 0016):
 *   manifest.json        format, time, the migrations the data fits, per table the row count
 *   tables/<Table>.copy   each table in PostgreSQL's COPY text format (version-independent)
 *   documents/            the originals of the uploaded Word documents
 *   audit-anchors.jsonl   the audit chain-head anchors kept outside the database
 * The embedded PostgreSQL ships no pg_dump (and Debian's is older than the server), so the data goes through COPY over
 * the ordinary connection: the same for the embedded server and an external one.
 */
export const BACKUP_FORMAT = 1;

export interface BackupManifest {
  format: number;
  createdAt: string;
  migrations: string[];
  tables: { name: string; rows: number }[];
  documents: number;
  anchors: boolean;
}

export interface BackupPaths {
  /** The document store folder (DATA_DIR/documents or DOCUMENTS_DIR). */
  documentsDir: string;
  /** The audit anchor file. */
  anchorFile: string;
}

const q = (name: string) => `"${name.replaceAll('"', '""')}"`;
const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  );

async function withClient<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The application's tables (not Prisma's migration bookkeeping, which migrations rebuild). */
async function appTables(c: pg.Client): Promise<string[]> {
  const { rows } = await c.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY table_name`,
  );
  return rows.map((r) => r.name);
}

/** Writes a backup of the database (owner's URL), the documents and the anchor file to `file`. */
export async function backup(url: string, paths: BackupPaths, file: string, now = new Date()): Promise<BackupManifest> {
  const work = await mkdtemp(join(tmpdir(), 'jx-backup-'));
  try {
    await mkdir(join(work, 'tables'));
    const manifest: BackupManifest = await withClient(url, async (c): Promise<BackupManifest> => {
      // One snapshot for every table: the backup is consistent even while the server keeps working.
      await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const migrations = (
        await c.query<{ migration_name: string }>(`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`)
      ).rows.map((r) => r.migration_name);
      const tables: BackupManifest['tables'] = [];
      for (const name of await appTables(c)) {
        const out = createWriteStream(join(work, 'tables', `${name}.copy`));
        await pipeline(c.query(copyTo(`COPY ${q(name)} TO STDOUT`)), out);
        const rows = Number((await c.query<{ n: string }>(`SELECT count(*) AS n FROM ${q(name)}`)).rows[0]!.n);
        tables.push({ name, rows });
      }
      await c.query('COMMIT');
      return { format: BACKUP_FORMAT, createdAt: now.toISOString(), migrations, tables, documents: 0, anchors: false };
    });
    if (await exists(paths.documentsDir)) {
      await cp(paths.documentsDir, join(work, 'documents'), { recursive: true });
      manifest.documents = (await readdir(join(work, 'documents'))).length;
    }
    if (await exists(paths.anchorFile)) {
      await cp(paths.anchorFile, join(work, 'audit-anchors.jsonl'));
      manifest.anchors = true;
    }
    await writeFile(join(work, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    await tar.create({ gzip: true, file, cwd: work, portable: true }, (await readdir(work)).sort());
    return manifest;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Replaces the database's contents, the documents and the anchor file with a backup's. Run it with the server stopped.
 * The schema is rebuilt by the migrations the backup names (never newer data into an older schema), foreign keys are
 * set aside while the tables load and checked again after, the append-only triggers are paused only for the load, and
 * sequences continue after the restored rows.
 */
export async function restore(url: string, paths: BackupPaths, file: string): Promise<BackupManifest> {
  const work = await mkdtemp(join(tmpdir(), 'jx-restore-'));
  try {
    await tar.extract({ file, cwd: work, strict: true });
    const manifest = JSON.parse(await readFile(join(work, 'manifest.json'), 'utf8')) as BackupManifest;
    if (manifest.format !== BACKUP_FORMAT) throw new Error(`备份格式 ${manifest.format} 不受支持（应为 ${BACKUP_FORMAT}）`);

    // Checked before anything is touched: the backup must not come from a newer version than this program.
    const known = await knownMigrations();
    const missing = manifest.migrations.filter((m) => !known.includes(m));
    if (missing.length) throw new Error(`备份来自更新的版本（本程序没有迁移 ${missing.join(', ')}），请用相同或更新的版本恢复`);
    await withClient(url, (c) => c.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public'));
    await applyMigrations(url);

    await withClient(url, async (c) => {
      await c.query('BEGIN');
      const fks = (
        await c.query<{ tbl: string; name: string; def: string }>(
          `SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`,
        )
      ).rows;
      for (const fk of fks) await c.query(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT ${q(fk.name)}`);
      const tables = await appTables(c);
      for (const name of tables) await c.query(`ALTER TABLE ${q(name)} DISABLE TRIGGER USER`);
      for (const { name } of manifest.tables) {
        if (!tables.includes(name)) throw new Error(`备份中的表 ${name} 在当前结构中不存在`);
        await pipeline(createReadStream(join(work, 'tables', `${name}.copy`)), c.query(copyFrom(`COPY ${q(name)} FROM STDIN`)));
      }
      for (const name of tables) await c.query(`ALTER TABLE ${q(name)} ENABLE TRIGGER USER`);
      for (const fk of fks) await c.query(`ALTER TABLE ${fk.tbl} ADD CONSTRAINT ${q(fk.name)} ${fk.def}`);
      const sequences = (
        await c.query<{ tbl: string; col: string; seq: string }>(
          `SELECT c.relname AS tbl, a.attname AS col, pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS seq
             FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND a.attnum > 0
              AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL`,
        )
      ).rows;
      for (const s of sequences) {
        await c.query(`SELECT setval($1, COALESCE((SELECT max(${q(s.col)}) FROM ${q(s.tbl)}), 0) + 1, false)`, [s.seq]);
      }
      await c.query('COMMIT');
    });

    await rm(paths.documentsDir, { recursive: true, force: true });
    if (await exists(join(work, 'documents'))) await cp(join(work, 'documents'), paths.documentsDir, { recursive: true });
    else await mkdir(paths.documentsDir, { recursive: true });
    if (manifest.anchors) {
      await mkdir(join(paths.anchorFile, '..'), { recursive: true });
      await cp(join(work, 'audit-anchors.jsonl'), paths.anchorFile);
    } else {
      await rm(paths.anchorFile, { force: true });
    }
    return manifest;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
