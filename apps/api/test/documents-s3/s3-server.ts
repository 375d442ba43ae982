import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import S3rver from 's3rver';
import type { S3StorageOptions } from '../../src/modules/documents/storage/index.ts';

export const TEST_BUCKET = 'jx-documents';

/** Answers a request itself (true) or lets s3rver handle it (false); sees every request first. */
export type Intercept = (req: IncomingMessage, res: ServerResponse) => boolean;

export interface TestS3Server {
  /** Options that reach the server's bucket, with static credentials (s3rver takes any signature by these keys). */
  options(prefix?: string): S3StorageOptions;
  /** Replaces the interceptor (default: none). */
  intercept(fn: Intercept | null): void;
  stop(): Promise<void>;
}

/** s3rver on 127.0.0.1 and an ephemeral port, objects in a fresh temporary folder, one bucket. */
export async function startS3Server(): Promise<TestS3Server> {
  const directory = await mkdtemp(join(tmpdir(), 'jx-s3rver-'));
  const s3rver = new S3rver({ silent: true, directory, configureBuckets: [{ name: TEST_BUCKET, configs: [] }] });
  await s3rver.configureBuckets();
  const handle = s3rver.callback();
  let intercept: Intercept | null = null;
  const http = createServer((req, res) => {
    if (!intercept?.(req, res)) handle(req, res);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    options: (prefix) => ({
      bucket: TEST_BUCKET,
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${port}`,
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      ...(prefix ? { prefix } : {}),
    }),
    intercept: (fn) => {
      intercept = fn;
    },
    async stop() {
      http.closeAllConnections();
      await new Promise<void>((resolve, reject) => http.close((e) => (e ? reject(e) : resolve())));
      await rm(directory, { recursive: true, force: true });
    },
  };
}
