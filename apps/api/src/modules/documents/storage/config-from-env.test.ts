import { describe, expect, it } from 'vitest';
import { loadEnv } from '../../../env.ts';
import { documentStorageFromEnv } from './config-from-env.ts';
import { createDocumentStorage } from './index.ts';

describe('documentStorageFromEnv', () => {
  it('local: the folder server.ts resolved', () => {
    expect(documentStorageFromEnv(loadEnv({}), '/srv/jx/documents')).toEqual({ kind: 'local', dir: '/srv/jx/documents' });
  });

  it('s3 with a MinIO endpoint and static keys; the store describes itself without them', () => {
    const env = loadEnv({
      DOCUMENT_STORAGE: 's3',
      S3_BUCKET: 'jx-documents',
      S3_ENDPOINT: 'https://minio.example.test:9000',
      S3_REGION: 'cn-west-1',
      S3_PREFIX: 'prod/documents',
      S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      S3_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI-secret',
    });
    const config = documentStorageFromEnv(env, '/unused');
    expect(config).toEqual({
      kind: 's3',
      bucket: 'jx-documents',
      region: 'cn-west-1',
      prefix: 'prod/documents',
      endpoint: 'https://minio.example.test:9000',
      forcePathStyle: true,
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI-secret' },
    });
    const storage = createDocumentStorage(config);
    try {
      expect(storage.description).toBe('S3 存储桶 jx-documents/prod/documents（https://minio.example.test:9000）');
    } finally {
      storage.close?.();
    }
  });

  it('s3 without keys leaves credentials to the SDK default chain', () => {
    const config = documentStorageFromEnv(loadEnv({ DOCUMENT_STORAGE: 's3', S3_BUCKET: 'jx-documents' }), '/unused');
    expect(config).toEqual({ kind: 's3', bucket: 'jx-documents', region: 'us-east-1', forcePathStyle: false });
  });
});
