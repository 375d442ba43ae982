import { randomBytes } from 'node:crypto';
import { chmod, readFile, writeFile } from 'node:fs/promises';

/**
 * The app role's password in embedded mode: generated once, kept in a file readable only by the server's user
 * (the data folder itself is world-readable so the `postgres` user can enter it). Delete the file to rotate it:
 * the next start writes a new one and sets it on the role.
 */
export async function readOrCreateSecretFile(path: string): Promise<string> {
  try {
    await writeFile(path, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    await chmod(path, 0o600);
  }
  const secret = (await readFile(path, 'utf8')).trim();
  if (secret.length < 32) throw new Error(`${path} 中的密码太短（至少 32 个字符）；删除该文件后重启即可重新生成`);
  return secret;
}
