import { join } from 'node:path';
import { createLocalDiskStorage } from './local-disk.ts';
import { createS3Storage, type S3StorageOptions } from './s3.ts';
import type { DocumentStorage } from './storage.ts';

export { type DocumentStorage, DocumentMissingError, assertStoredName } from './storage.ts';
export { createLocalDiskStorage, type LocalDiskStorage } from './local-disk.ts';
export { createS3Storage, DocumentAlreadyStoredError, type S3Storage, type S3StorageOptions } from './s3.ts';

/** How the documents are stored: files in a folder of this machine, or objects in an S3-compatible bucket. */
export type DocumentStorageConfig = { kind: 'local'; dir: string } | ({ kind: 's3' } & S3StorageOptions);

export function createDocumentStorage(config: DocumentStorageConfig): DocumentStorage {
  switch (config.kind) {
    case 'local':
      return createLocalDiskStorage(config.dir);
    case 's3':
      return createS3Storage(config);
  }
}

/** The default folder: `<DATA_DIR>/documents`, unless DOCUMENTS_DIR says otherwise. */
export function documentsDirOf(dataDir: string, documentsDir?: string): string {
  return documentsDir ?? join(dataDir, 'documents');
}
