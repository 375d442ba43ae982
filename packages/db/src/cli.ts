// pnpm db:migrate            apply pending migrations (DATABASE_URL, or the embedded database in DATA_DIR)
// pnpm db:diff <name>        write a migration folder for the changes in prisma/schema.prisma
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { mkdtemp, rm } from 'node:fs/promises';
import { openDatabase } from './database.ts';
import { applyMigrations, writeMigration } from './migrate.ts';
import { repoRoot } from './paths.ts';

const [command, name] = process.argv.slice(2);

async function main() {
  if (command === 'migrate') {
    const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.DATA_DIR ?? join(repoRoot, '.data') });
    try {
      const applied = await applyMigrations(db.url);
      console.log(applied.length ? `已应用迁移: ${applied.join(', ')}` : '数据库已是最新');
    } finally {
      await db.embedded?.stop();
    }
  } else if (command === 'diff') {
    if (!name) throw new Error('usage: pnpm db:diff <name>');
    // The diff is schema-to-schema; the engine still wants a live connection, so a throwaway server serves.
    const dir = await mkdtemp(join(tmpdir(), 'jx-diff-'));
    const db = await openDatabase({ dataDir: dir });
    try {
      const folder = await writeMigration(db.url, name);
      console.log(folder ? `已生成迁移 prisma/migrations/${folder}` : '模型没有变化');
    } finally {
      await db.embedded?.stop();
      await rm(dir, { recursive: true, force: true });
    }
  } else {
    throw new Error('usage: cli.ts migrate | diff <name>');
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
