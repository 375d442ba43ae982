import { STORED_NAME_PATTERN } from '../file-name.ts';

/**
 * Where the original .docx bytes live, by generated name only (`<uuid>.docx`, see storedDocxName). The database row
 * (`Document.storedName`) is the index; the store holds nothing else.
 *
 * Implementations: `local-disk.ts` (default, `DATA_DIR/documents/` or `DOCUMENTS_DIR`) and `s3.ts` (DESIGN.md §6,
 * decision 0020): the same four calls — `put` as PutObject with `IfNoneMatch: '*'`, `get` as GetObject read into a
 * Buffer (≤ 20 MB), `delete` as DeleteObject (idempotent), `exists` as HeadObject — under a configured bucket and key
 * prefix, selected in `createDocumentStorage` from `DOCUMENT_STORAGE=s3` and the S3_* variables of env.ts.
 */
export interface DocumentStorage {
  /** A short description for logs (never contains secrets). */
  readonly description: string;
  /** Stores new bytes under a generated name; refuses to overwrite an existing object. */
  put(storedName: string, bytes: Buffer): Promise<void>;
  /** The bytes stored under the name; `DocumentMissingError` when there are none. */
  get(storedName: string): Promise<Buffer>;
  /** Removes the object; no error when it is already gone. */
  delete(storedName: string): Promise<void>;
  exists(storedName: string): Promise<boolean>;
  /** Releases what the store holds open (the S3 client's connections); the app calls it on close. */
  close?(): void;
}

export class DocumentMissingError extends Error {
  constructor(readonly storedName: string) {
    super(`stored document ${storedName} is missing`);
  }
}

/** Every store accepts only generated names, so no caller can reach a path of its choosing. */
export function assertStoredName(storedName: string): void {
  if (!STORED_NAME_PATTERN.test(storedName)) throw new Error(`not a generated document name: ${JSON.stringify(storedName).slice(0, 80)}`);
}
