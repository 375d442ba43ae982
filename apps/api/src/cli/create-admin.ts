// pnpm admin:create — bootstraps the first system administrator (production mode creates no demo accounts).
// Reads ADMIN_USERNAME / ADMIN_PASSWORD / ADMIN_NAME, or asks for them.
import { createInterface } from 'node:readline/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyMigrations, createPrismaClient, openDatabase } from '@jx/db';
import { UsernameSchema } from '@jx/contract';
import { loadEnv } from '../env.ts';
import { hashPassword, passwordProblems } from '../auth/passwords.ts';
import { knownAboutAccount } from '../auth/known-about-account.ts';
import { createSettingsStore } from '../modules/settings/settings.store.ts';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

async function ask(question: string, fallback?: string) {
  if (fallback) return fallback;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}

async function main() {
  const env = loadEnv();
  const username = UsernameSchema.parse(await ask('管理员用户名：', process.env.ADMIN_USERNAME));
  const displayName = await ask('显示名称：', process.env.ADMIN_NAME ?? '系统管理员');
  const password = await ask('初始密码（首次登录须修改）：', process.env.ADMIN_PASSWORD);

  const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: resolve(repoRoot, env.DATA_DIR ?? join(repoRoot, '.data')) });
  try {
    await applyMigrations(db.url);
    const prisma = createPrismaClient(db.url);
    const minStrength = await createSettingsStore(prisma).get('security.passwordMinStrength');
    const problems = passwordProblems(password, await knownAboutAccount(prisma, { username, displayName }, new Date()), minStrength);
    if (problems.length) throw new Error(problems.join('；'));
    if (await prisma.account.findUnique({ where: { username } })) throw new Error(`用户名 ${username} 已存在`);
    await prisma.account.create({
      data: { username, displayName, roles: ['SYS_ADMIN'], passwordHash: await hashPassword(password), mustChangePassword: true },
    });
    await prisma.$disconnect();
    console.log(`已创建系统管理员 ${username}，首次登录须修改密码。`);
  } finally {
    await db.embedded?.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
