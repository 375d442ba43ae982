import { join } from 'node:path';
import { DEFAULT_APP_ROLE, ensureAppRole, readOrCreateSecretFile, withCredentials } from '@jx/db';
import type { Env } from './env.ts';

/**
 * The URL the API's own Prisma client uses, decided after migrations with the owner's URL (decision 0003):
 * - embedded database: the `jx_app` role, its password generated once into `<DATA_DIR>/app-role.secret`;
 * - APP_DATABASE_URL: that role, its grants re-applied so tables added by a migration are covered;
 * - DATABASE_URL alone: the owner, as before.
 */
export async function appDatabaseUrl(env: Pick<Env, 'DATABASE_URL' | 'APP_DATABASE_URL'>, ownerUrl: string, dataDir: string): Promise<string> {
  if (env.APP_DATABASE_URL) {
    await ensureAppRole(ownerUrl, { role: decodeURIComponent(new URL(env.APP_DATABASE_URL).username) });
    return env.APP_DATABASE_URL;
  }
  if (env.DATABASE_URL) return ownerUrl;
  const password = await readOrCreateSecretFile(join(dataDir, 'app-role.secret'));
  await ensureAppRole(ownerUrl, { role: DEFAULT_APP_ROLE, password });
  return withCredentials(ownerUrl, DEFAULT_APP_ROLE, password);
}
