import type { Env } from '../../../env.ts';
import type { DocumentStorageConfig } from './index.ts';

/** The store server.ts opens: `local` in `localDir`, or the bucket of the S3_* variables (checked whole by loadEnv). */
export function documentStorageFromEnv(env: Env, localDir: string): DocumentStorageConfig {
  if (env.DOCUMENT_STORAGE === 'local') return { kind: 'local', dir: localDir };
  if (!env.S3_BUCKET) throw new Error('S3_BUCKET is required with DOCUMENT_STORAGE=s3');
  return {
    kind: 's3',
    bucket: env.S3_BUCKET,
    region: env.S3_REGION,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
    ...(env.S3_PREFIX ? { prefix: env.S3_PREFIX } : {}),
    ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
    ...(env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
      ? { credentials: { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } }
      : {}),
  };
}
