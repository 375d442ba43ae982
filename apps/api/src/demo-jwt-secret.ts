import { access } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { createPrismaClient, readOrCreateSecretFile } from '@jx/db';
import { createSecretCipher } from './auth/secret-cipher.ts';

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * Demo mode without JWT_SECRET: a random secret generated on the first start and kept in `DATA_DIR/jwt.secret` (like
 * app-role.secret), never one derived from values anyone can know. Second-factor secrets are encrypted under a key
 * derived from it: when the file is new, those written under the old derived secret are re-encrypted, and any that
 * cannot be read (that secret changed with the database's port at every start) are cleared so their accounts bind
 * again. Returns the secret and the usernames that must bind again.
 */
export async function demoJwtSecret(dataDir: string, ownerUrl: string): Promise<{ secret: string; mustRebind: string[] }> {
  const path = join(dataDir, 'jwt.secret');
  const isNew = !(await exists(path));
  const secret = await readOrCreateSecretFile(path);
  if (!isNew) return { secret, mustRebind: [] };
  const legacy = createSecretCipher(createHash('sha256').update(`jx-demo:${dataDir}:${ownerUrl}`).digest('hex'));
  const current = createSecretCipher(secret);
  const db = createPrismaClient(ownerUrl);
  const mustRebind: string[] = [];
  try {
    const bound = await db.account.findMany({
      where: { OR: [{ totpSecret: { not: null } }, { totpPendingSecret: { not: null } }] },
      select: { id: true, username: true, totpSecret: true, totpPendingSecret: true },
    });
    for (const a of bound) {
      const move = (stored: string | null) => (stored === null ? null : current.encrypt(legacy.decrypt(stored)));
      try {
        await db.account.update({ where: { id: a.id }, data: { totpSecret: move(a.totpSecret), totpPendingSecret: move(a.totpPendingSecret) } });
      } catch {
        await db.account.update({ where: { id: a.id }, data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null } });
        mustRebind.push(a.username);
      }
    }
  } finally {
    await db.$disconnect();
  }
  return { secret, mustRebind };
}
