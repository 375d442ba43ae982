import { join } from 'node:path';
import { createLocalDiskStorage } from './local-disk.ts';
import type { DocumentStorage } from './storage.ts';

export { type DocumentStorage, DocumentMissingError, assertStoredName } from './storage.ts';
export { createLocalDiskStorage, type LocalDiskStorage } from './local-disk.ts';

/** How the documents are stored; only `local` exists so far (an S3 adapter would add `{ kind: 's3', … }`). */
export type DocumentStorageConfig = { kind: 'local'; dir: string };

export function createDocumentStorage(config: DocumentStorageConfig): DocumentStorage {
  switch (config.kind) {
    case 'local':
      return createLocalDiskStorage(config.dir);
  }
}

/** The default folder: `<DATA_DIR>/documents`, unless DOCUMENTS_DIR says otherwise. */
export function documentsDirOf(dataDir: string, documentsDir?: string): string {
  return documentsDir ?? join(dataDir, 'documents');
}
