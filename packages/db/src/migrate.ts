import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import { openSchemaEngine } from './schema-engine.ts';
import { migrationsDir, schemaPath, snapshotPath } from './paths.ts';

const noFilter = { externalTables: [], externalEnums: [] };

async function loadMigrationList(): Promise<MigrationList> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const dirs = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const lockPath = join(migrationsDir, 'migration_lock.toml');
  return {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? await readFile(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      dirs.map(async (path) => ({
        path,
        migrationFile: {
          path: 'migration.sql',
          content: { tag: 'ok' as const, value: await readFile(join(migrationsDir, path, 'migration.sql'), 'utf8') },
        },
      })),
    ),
  };
}

/** The migration folders this version of the program has, oldest first. */
export async function knownMigrations(): Promise<string[]> {
  return (await loadMigrationList()).migrationDirectories.map((d) => d.path);
}

/** Applies every migration folder not yet recorded in `_prisma_migrations`. Returns the names applied. */
export async function applyMigrations(connectionString: string): Promise<string[]> {
  const { engine, close } = await openSchemaEngine(connectionString);
  try {
    const out = await engine.applyMigrations({ migrationsList: await loadMigrationList(), filters: noFilter });
    return out.appliedMigrationNames;
  } finally {
    await close();
  }
}

/** SQL that takes the last migration's schema snapshot to the current schema.prisma ('' when they match). */
export async function pendingSchemaSql(connectionString: string): Promise<string> {
  const from = existsSync(snapshotPath) ? await readFile(snapshotPath, 'utf8') : null;
  const to = await readFile(schemaPath, 'utf8');
  const { engine, close } = await openSchemaEngine(connectionString, to);
  try {
    const result = await engine.diff({
      from: from ? { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: from }] } : { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: to }] },
      script: true,
      exitCode: null,
      filters: noFilter,
    });
    const sql = result.stdout ?? '';
    return /^\s*(--.*\s*)*$/.test(sql) && !/\b(CREATE|ALTER|DROP)\b/i.test(sql) ? '' : sql;
  } finally {
    await close();
  }
}

/** Writes `prisma/migrations/<timestamp>_<name>/migration.sql` from the schema change and refreshes the snapshot. */
export async function writeMigration(connectionString: string, name: string): Promise<string | null> {
  const sql = await pendingSchemaSql(connectionString);
  if (!sql) return null;
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const folder = `${stamp}_${name.replace(/[^a-z0-9_]+/gi, '_').toLowerCase()}`;
  await mkdir(join(migrationsDir, folder), { recursive: true });
  await writeFile(join(migrationsDir, folder, 'migration.sql'), sql);
  await writeFile(snapshotPath, await readFile(schemaPath, 'utf8'));
  if (!existsSync(join(migrationsDir, 'migration_lock.toml'))) {
    await writeFile(join(migrationsDir, 'migration_lock.toml'), 'provider = "postgresql"\n');
  }
  return folder;
}
