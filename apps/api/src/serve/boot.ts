import { join, resolve } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { ROLE_LABELS } from '@jx/contract';
import { openDatabase, applyMigrations, createPrismaClient, type OpenedDatabase } from '@jx/db';
import type { Env } from '../env.ts';
import { createDocumentStorage, documentsDirOf, type DocumentStorageConfig } from '../modules/documents/storage/index.ts';
import { documentStorageFromEnv } from '../modules/documents/storage/config-from-env.ts';
import { appDatabaseUrl } from '../app-database-url.ts';
import { demoJwtSecret } from '../demo-jwt-secret.ts';
import { monotonicEpochMs, type Clock } from '../lib/clock.ts';
import { clockOf, type ServeConfig } from './serve-config.ts';

/** Demo mode: the seed's one-line summary when it ran now, and a line per account to print. */
export interface DemoData {
  seeded: string | null;
  accounts: string[];
}

export interface Booted {
  config: ServeConfig;
  demo: DemoData | null;
}

/** The instance's database: DATABASE_URL, or the embedded PostgreSQL in DATA_DIR, started now. */
export async function openInstanceDatabase(env: Env, repoRoot: string): Promise<OpenedDatabase> {
  const dataDir = resolve(repoRoot, env.DATA_DIR);
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir });
  console.log(env.DATABASE_URL ? '使用外部 PostgreSQL（DATABASE_URL）' : `已启动内置 PostgreSQL，数据目录 ${dataDir}`);
  return database;
}

/**
 * The one-time start-up of an instance on its open database, done by the primary before any HTTP worker starts:
 * migrations, the demo seed, the JWT secret and the app's database role. Relative paths of the environment are from
 * `repoRoot`.
 */
export async function boot(env: Env, repoRoot: string, database: OpenedDatabase): Promise<Booted> {
  const clockStart = env.CLOCK_START ? { at: env.CLOCK_START.toISOString(), epochMs: monotonicEpochMs() } : null;
  const clock = clockOf({ clockStart });
  if (env.CLOCK_START) console.log(`测试时钟：服务器时间从 ${env.CLOCK_START.toISOString()} 起走（CLOCK_START）`);
  const dataDir = resolve(repoRoot, env.DATA_DIR);
  const applied = await applyMigrations(database.url);
  if (applied.length) console.log(`已应用数据库迁移：${applied.join(', ')}`);
  const documentStorage = documentStorageFromEnv(env, documentsDirOf(dataDir, env.DOCUMENTS_DIR && resolve(repoRoot, env.DOCUMENTS_DIR)));
  const auditAnchorFile = env.AUDIT_ANCHOR_FILE ? resolve(repoRoot, env.AUDIT_ANCHOR_FILE) : join(dataDir, 'audit-anchors.jsonl');
  const demo = env.APP_MODE === 'demo' ? await demoData(database.url, documentStorage, clock) : null;
  // Demo mode without a configured secret: a random one kept in DATA_DIR (production mode requires JWT_SECRET).
  let jwtSecret = env.JWT_SECRET;
  if (!jwtSecret) {
    await mkdir(dataDir, { recursive: true });
    const generated = await demoJwtSecret(dataDir, database.url);
    jwtSecret = generated.secret;
    if (generated.mustRebind.length)
      console.log(`已生成新的签名密钥（${join(dataDir, 'jwt.secret')}）；以下账户须重新绑定动态口令：${generated.mustRebind.join('、')}`);
  }
  // The app itself runs as a role that can only read and append the audit log (decision 0003).
  const databaseUrl = await appDatabaseUrl(env, database.url, dataDir);
  const config: ServeConfig = {
    databaseUrl,
    pool: { max: env.DATABASE_POOL_SIZE, statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS },
    app: {
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
    host: env.HOST,
    port: env.PORT,
    clockStart,
  };
  return { config, demo };
}

/** The demo seed runs as the owner, so the app's role holds only what the app itself needs. */
async function demoData(ownerUrl: string, documentStorage: DocumentStorageConfig, clock: Clock): Promise<DemoData> {
  const owner = createPrismaClient(ownerUrl);
  const storage = createDocumentStorage(documentStorage);
  try {
    // Loaded here only: the HTTP workers never seed, so they never load the demo data.
    const { seedIfEmpty } = await import('../seed-if-empty.ts');
    const seeded = await seedIfEmpty(owner, storage, clock);
    const accounts = await owner.account.findMany({ orderBy: { username: 'asc' }, select: { username: true, roles: true, displayName: true } });
    return { seeded, accounts: accounts.map((a) => `${a.username.padEnd(16)} ${a.roles.map((r) => ROLE_LABELS[r]).join('、')}  ${a.displayName}`) };
  } finally {
    storage.close?.();
    await owner.$disconnect();
  }
}
