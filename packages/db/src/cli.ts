// pnpm db:migrate            apply pending migrations (DATABASE_URL, or the embedded database in DATA_DIR)
// pnpm db:diff <name>        write a migration folder for the changes in prisma/schema.prisma
// pnpm db:app-role [role]    as the owner (DATABASE_URL), give the app's login role (default jx_app) its grants;
//                            APP_ROLE_PASSWORD creates the role, or sets its password when it exists
// pnpm db:backup [file]      the database, the documents and the audit anchors into one .tar.gz (the app may run)
// pnpm db:restore <file>     replace all of them with a backup's (stop the app first)
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { openDatabase } from './database.ts';
import { applyMigrations, writeMigration } from './migrate.ts';
import { DEFAULT_APP_ROLE, ensureAppRole } from './app-role.ts';
import { repoRoot } from './paths.ts';
import { backup, restore, type BackupPaths } from './backup.ts';
import { runningEmbeddedServer } from './database.ts';

const dataDir = resolve(repoRoot, process.env.DATA_DIR ?? '.data');
/** The same places the server uses (apps/api env.ts): DOCUMENTS_DIR and AUDIT_ANCHOR_FILE, or inside DATA_DIR. */
const backupPaths = (): BackupPaths => ({
  documentsDir: process.env.DOCUMENTS_DIR ? resolve(repoRoot, process.env.DOCUMENTS_DIR) : join(dataDir, 'documents'),
  anchorFile: process.env.AUDIT_ANCHOR_FILE ? resolve(repoRoot, process.env.AUDIT_ANCHOR_FILE) : join(dataDir, 'audit-anchors.jsonl'),
});
/** A path the user typed, from where they typed it (pnpm runs this script inside packages/db). */
const userPath = (p: string) => resolve(process.env.INIT_CWD ?? process.cwd(), p);
const stamp = () => new Date().toISOString().replace(/\D/g, '').slice(0, 14);

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
  } else if (command === 'backup') {
    const file = name ? userPath(name) : join(repoRoot, 'backups', `jx-backup-${stamp()}.tar.gz`);
    await mkdir(join(file, '..'), { recursive: true });
    const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir, joinRunning: true });
    try {
      const m = await backup(db.url, backupPaths(), file);
      const rows = m.tables.reduce((n, t) => n + t.rows, 0);
      console.log(`已备份到 ${file}：${m.tables.length} 张表 ${rows} 行、${m.documents} 个文档文件${m.anchors ? '、审计链锚点' : ''}`);
    } finally {
      await db.embedded?.stop();
    }
  } else if (command === 'restore') {
    if (!name) throw new Error('usage: pnpm db:restore <备份文件>');
    if (!process.env.DATABASE_URL && runningEmbeddedServer(dataDir)) throw new Error('服务正在运行：请先停止服务（Ctrl-C），再恢复备份');
    const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir });
    try {
      const m = await restore(db.url, backupPaths(), userPath(name));
      console.log(`已从 ${name} 恢复（备份于 ${m.createdAt}）：${m.tables.length} 张表、${m.documents} 个文档文件。启动服务后请在“操作日志”中校验哈希链。`);
    } finally {
      await db.embedded?.stop();
    }
  } else if (command === 'app-role') {
    const ownerUrl = process.env.DATABASE_URL;
    if (!ownerUrl) throw new Error('pnpm db:app-role 需要 DATABASE_URL（以数据库所有者连接）；内置数据库在服务启动时自动设置应用角色');
    const role = name ?? DEFAULT_APP_ROLE;
    await ensureAppRole(ownerUrl, { role, password: process.env.APP_ROLE_PASSWORD || undefined });
    console.log(`已设置应用数据库角色 ${role}：可读写业务表，审计与登录日志只能读取和追加`);
  } else {
    throw new Error('usage: cli.ts migrate | diff <name> | app-role [role] | backup [file] | restore <file>');
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
