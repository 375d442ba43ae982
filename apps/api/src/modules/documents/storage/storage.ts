import { STORED_NAME_PATTERN } from '../file-name.ts';

/**
 * Where the original .docx bytes live, by generated name only (`<uuid>.docx`, see storedDocxName). The database row
 * (`Document.storedName`) is the index; the store holds nothing else.
 *
 * Implementations: `local-disk.ts` (default, `DATA_DIR/documents/` or `DOCUMENTS_DIR`). An S3-compatible adapter
 * (DESIGN.md §6) implements the same four calls — `put` as PutObject with `IfNoneMatch: '*'`, `get` as GetObject read
 * into a Buffer (≤ 20 MB), `delete` as DeleteObject (idempotent), `exists` as HeadObject — under a configured bucket
 * and key prefix; it is selected in `createDocumentStorage` from `DOCUMENT_STORAGE=s3` plus its endpoint, bucket and
 * credentials in env.ts. No SDK is installed until then.
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
