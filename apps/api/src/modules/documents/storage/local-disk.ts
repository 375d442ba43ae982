import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { assertStoredName, DocumentMissingError, type DocumentStorage } from './storage.ts';

export interface LocalDiskStorage extends DocumentStorage {
  /** The absolute folder the documents are kept in. */
  readonly dir: string;
}

/**
 * Documents as files in one flat folder, created on first use (mode 0700, files 0600). Names are checked against
 * the generated-name pattern before any path is built, so `join` never sees a user-supplied segment.
 */
export function createLocalDiskStorage(dir: string): LocalDiskStorage {
  const root = resolve(dir);
  let ready: Promise<unknown> | null = null;
  const ensureDir = () =>
    (ready ??= mkdir(root, { recursive: true, mode: 0o700 }).catch((e: unknown) => {
      ready = null;
      throw e;
    }));
  const pathOf = (storedName: string) => {
    assertStoredName(storedName);
    return join(root, storedName);
  };
  return {
    dir: root,
    description: `本地磁盘 ${root}`,
    async put(storedName, bytes) {
      const path = pathOf(storedName);
      await ensureDir();
      // 'wx': never overwrite; a generated name that already exists is a bug, not something to paper over.
      await writeFile(path, bytes, { flag: 'wx', mode: 0o600 });
    },
    async get(storedName) {
      try {
        return await readFile(pathOf(storedName));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new DocumentMissingError(storedName);
        throw e;
      }
    },
    async delete(storedName) {
      await rm(pathOf(storedName), { force: true });
    },
    async exists(storedName) {
      try {
        return (await stat(pathOf(storedName))).isFile();
      } catch {
        return false;
      }
    },
  };
}
