import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { assertStoredName, DocumentMissingError, type DocumentStorage } from './storage.ts';

export interface S3StorageOptions {
  bucket: string;
  region: string;
  /** Key folder inside the bucket, without leading or trailing slashes (`jx/documents` → `jx/documents/<uuid>.docx`). */
  prefix?: string;
  /** An S3-compatible service (MinIO, Ceph, …); absent: AWS S3 itself. */
  endpoint?: string;
  /** `http://host/bucket/key` instead of `http://bucket.host/key` (MinIO and most self-hosted stores). */
  forcePathStyle: boolean;
  /** Absent: the SDK's default chain (environment, shared config, instance or task role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

export interface S3Storage extends DocumentStorage {
  readonly bucket: string;
  /** The object key a stored name is kept under. */
  keyOf(storedName: string): string;
  close(): void;
}

/** Thrown by `put` when the key is taken: a generated name that already exists is a bug, not something to overwrite. */
export class DocumentAlreadyStoredError extends Error {
  constructor(readonly storedName: string) {
    super(`stored document ${storedName} already exists`);
  }
}

/**
 * Documents as objects in one bucket (decision 0020). `put` checks with HeadObject and then writes with
 * `If-None-Match: *`: stores that honour the condition (AWS S3, MinIO, R2) make the write atomic, and the check keeps
 * the no-overwrite promise on those that ignore it (s3rver, which the tests run against).
 */
export function createS3Storage(options: S3StorageOptions): S3Storage {
  const { bucket, prefix } = options;
  const client = new S3Client({
    region: options.region,
    forcePathStyle: options.forcePathStyle,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
    // Self-hosted stores often reject the SDK's default CRC checksum headers; send and check them only where S3 requires.
    ...(options.endpoint ? { requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' } : {}),
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
    maxAttempts: 3,
  });
  const keyOf = (storedName: string) => {
    assertStoredName(storedName);
    return prefix ? `${prefix}/${storedName}` : storedName;
  };
  const where = `${bucket}${prefix ? `/${prefix}` : ''}`;
  const exists = async (storedName: string) => {
    try {
      await client.send(new HeadObjectCommand({ Bucket: bucket, Key: keyOf(storedName) }));
      return true;
    } catch (e) {
      if (isNotFound(e)) return false;
      throw e;
    }
  };
  return {
    bucket,
    keyOf,
    description: `S3 存储桶 ${where}${options.endpoint ? `（${new URL(options.endpoint).origin}）` : ''}`,
    async put(storedName, bytes) {
      const key = keyOf(storedName);
      if (await exists(storedName)) throw new DocumentAlreadyStoredError(storedName);
      try {
        await client.send(
          new PutObjectCommand({
            Bucket: bucket,
            Key: key,
            Body: bytes,
            ContentLength: bytes.length,
            ContentType: 'application/octet-stream',
            IfNoneMatch: '*',
          }),
        );
      } catch (e) {
        // 412: the key was taken between the check and the write; 409: a concurrent conditional write to the same key.
        if (statusOf(e) === 412 || statusOf(e) === 409) throw new DocumentAlreadyStoredError(storedName);
        throw e;
      }
    },
    async get(storedName) {
      try {
        const res = await client.send(new GetObjectCommand({ Bucket: bucket, Key: keyOf(storedName) }));
        if (!res.Body) throw new DocumentMissingError(storedName);
        const bytes = await res.Body.transformToByteArray();
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      } catch (e) {
        if (isNotFound(e)) throw new DocumentMissingError(storedName);
        throw e;
      }
    },
    async delete(storedName) {
      // DeleteObject answers 204 whether or not the key existed.
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: keyOf(storedName) }));
    },
    exists,
    close: () => client.destroy(),
  };
}

function statusOf(e: unknown): number | undefined {
  return e instanceof S3ServiceException ? e.$metadata.httpStatusCode : undefined;
}

/** GetObject says NoSuchKey; HeadObject has no body, so only its 404 (named NotFound) tells. A missing bucket is no missing document. */
function isNotFound(e: unknown): boolean {
  if (!(e instanceof S3ServiceException) || e.name === 'NoSuchBucket') return false;
  return e.name === 'NoSuchKey' || e.name === 'NotFound' || e.$metadata.httpStatusCode === 404;
}
