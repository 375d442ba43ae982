// pnpm db:migrate            apply pending migrations (DATABASE_URL, or the embedded database in DATA_DIR)
// pnpm db:diff <name>        write a migration folder for the changes in prisma/schema.prisma
// pnpm db:app-role [role]    as the owner (DATABASE_URL), give the app's login role (default jx_app) its grants;
//                            APP_ROLE_PASSWORD creates the role, or sets its password when it exists
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { mkdtemp, rm } from 'node:fs/promises';
import { openDatabase } from './database.ts';
import { applyMigrations, writeMigration } from './migrate.ts';
import { DEFAULT_APP_ROLE, ensureAppRole } from './app-role.ts';
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
  } else if (command === 'app-role') {
    const ownerUrl = process.env.DATABASE_URL;
    if (!ownerUrl) throw new Error('pnpm db:app-role 需要 DATABASE_URL（以数据库所有者连接）；内置数据库在服务启动时自动设置应用角色');
    const role = name ?? DEFAULT_APP_ROLE;
    await ensureAppRole(ownerUrl, { role, password: process.env.APP_ROLE_PASSWORD || undefined });
    console.log(`已设置应用数据库角色 ${role}：可读写业务表，审计与登录日志只能读取和追加`);
  } else {
    throw new Error('usage: cli.ts migrate | diff <name> | app-role [role]');
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
