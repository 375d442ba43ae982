import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadEnv } from './env.ts';

describe('loadEnv', () => {
  it('defaults to demo mode on port 3000 with an embedded database', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({ APP_MODE: 'demo', PORT: 3000, DATA_DIR: '.data' });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.AUDIT_ANCHOR_FILE, 'server.ts then uses <DATA_DIR>/audit-anchors.jsonl').toBeUndefined();
  });
  it('refuses production mode without a JWT secret', () => {
    expect(() => loadEnv({ APP_MODE: 'production' })).toThrow(/JWT_SECRET/);
  });
  it('names the variable that is wrong', () => {
    expect(() => loadEnv({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadEnv({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
    expect(() => loadEnv({ AUDIT_ANCHOR_FILE: '  ' })).toThrow(/AUDIT_ANCHOR_FILE/);
  });
  it('takes APP_DATABASE_URL only beside DATABASE_URL, with a user other than the owner', () => {
    const owner = 'postgresql://owner:pw@db:5432/mubiao';
    expect(loadEnv({ DATABASE_URL: owner, APP_DATABASE_URL: 'postgresql://jx_app:pw@db:5432/mubiao' }).APP_DATABASE_URL).toContain('jx_app');
    expect(() => loadEnv({ APP_DATABASE_URL: 'postgresql://jx_app:pw@db:5432/mubiao' })).toThrow(/APP_DATABASE_URL: 需要同时设置 DATABASE_URL/);
    expect(() => loadEnv({ DATABASE_URL: owner, APP_DATABASE_URL: 'postgresql://db:5432/mubiao' })).toThrow(/APP_DATABASE_URL: 必须包含用户名/);
    expect(() => loadEnv({ DATABASE_URL: owner, APP_DATABASE_URL: 'postgresql://owner:pw@db:5432/mubiao' })).toThrow(/APP_DATABASE_URL: 用户名不能与/);
    expect(() => loadEnv({ DATABASE_URL: owner, APP_DATABASE_URL: 'mysql://x' })).toThrow(/APP_DATABASE_URL/);
  });
  it('runs one HTTP worker per core by default, and takes a pool size and statement timeout', () => {
    const env = loadEnv({ DATABASE_POOL_SIZE: '5', DATABASE_STATEMENT_TIMEOUT_MS: '30000' });
    expect(env.WEB_CONCURRENCY).toBe(Math.min(availableParallelism(), 64));
    expect(env).toMatchObject({ DATABASE_POOL_SIZE: 5, DATABASE_STATEMENT_TIMEOUT_MS: 30_000 });
    expect(loadEnv({})).toMatchObject({ DATABASE_POOL_SIZE: 10, DATABASE_STATEMENT_TIMEOUT_MS: 0 });
    expect(loadEnv({ WEB_CONCURRENCY: '1' }).WEB_CONCURRENCY).toBe(1);
    for (const bad of ['0', '-1', '1.5', 'two', '65', '']) expect(() => loadEnv({ WEB_CONCURRENCY: bad }), bad).toThrow(/WEB_CONCURRENCY 应为 1–64 的整数/);
    expect(() => loadEnv({ DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE 应为 1–100 的整数/);
    expect(() => loadEnv({ DATABASE_STATEMENT_TIMEOUT_MS: '-5' })).toThrow(/DATABASE_STATEMENT_TIMEOUT_MS/);
  });
  describe('document storage', () => {
    const s3 = { DOCUMENT_STORAGE: 's3', S3_BUCKET: 'jx-documents' };
    it('is local by default; s3 needs only a bucket, with region us-east-1 and virtual-host addressing', () => {
      expect(loadEnv({}).DOCUMENT_STORAGE).toBe('local');
      expect(loadEnv(s3)).toMatchObject({ DOCUMENT_STORAGE: 's3', S3_BUCKET: 'jx-documents', S3_REGION: 'us-east-1', S3_FORCE_PATH_STYLE: false });
      expect(() => loadEnv({ DOCUMENT_STORAGE: 'ftp' })).toThrow(/DOCUMENT_STORAGE 只能是 local 或 s3/);
    });
    it('takes a MinIO endpoint, path-style addressing, static keys and a prefix without its slashes', () => {
      const env = loadEnv({
        ...s3,
        S3_ENDPOINT: 'http://minio:9000',
        S3_FORCE_PATH_STYLE: 'true',
        S3_ACCESS_KEY_ID: 'jx',
        S3_SECRET_ACCESS_KEY: 'secret',
        S3_PREFIX: '/jx/documents/',
      });
      expect(env).toMatchObject({ S3_ENDPOINT: 'http://minio:9000', S3_FORCE_PATH_STYLE: true, S3_PREFIX: 'jx/documents', S3_ACCESS_KEY_ID: 'jx' });
      expect(loadEnv({ ...s3, S3_PREFIX: '/' }).S3_PREFIX).toBeUndefined();
    });
    it('names what is missing or wrong', () => {
      expect(() => loadEnv({ DOCUMENT_STORAGE: 's3' })).toThrow(/S3_BUCKET: DOCUMENT_STORAGE=s3 时必须设置/);
      expect(() => loadEnv({ ...s3, S3_BUCKET: 'Bad_Bucket' })).toThrow(/S3_BUCKET 应为/);
      expect(() => loadEnv({ ...s3, S3_ENDPOINT: 'minio:9000' })).toThrow(/S3_ENDPOINT 必须是/);
      expect(() => loadEnv({ ...s3, S3_ENDPOINT: 'http://jx:secret@minio:9000' })).toThrow(/S3_ENDPOINT 不能包含用户名或密码/);
      expect(() => loadEnv({ ...s3, S3_ACCESS_KEY_ID: 'jx' })).toThrow(/S3_ACCESS_KEY_ID \/ S3_SECRET_ACCESS_KEY: 须同时设置/);
      expect(() => loadEnv({ ...s3, S3_SECRET_ACCESS_KEY: 'secret' })).toThrow(/须同时设置/);
      expect(() => loadEnv({ ...s3, S3_FORCE_PATH_STYLE: 'yes' })).toThrow(/S3_FORCE_PATH_STYLE 只能是 true 或 false/);
      expect(() => loadEnv({ ...s3, S3_PREFIX: 'jx/../other' })).toThrow(/S3_PREFIX 不能包含/);
      expect(() => loadEnv({ ...s3, DOCUMENTS_DIR: '/srv/documents' })).toThrow(/DOCUMENTS_DIR: 仅用于本地存储/);
    });
    it('refuses S3 settings while the documents stay local (a forgotten DOCUMENT_STORAGE=s3)', () => {
      expect(() => loadEnv({ S3_BUCKET: 'jx-documents' })).toThrow(/S3_BUCKET: 仅在 DOCUMENT_STORAGE=s3 时使用/);
      expect(() => loadEnv({ S3_ENDPOINT: 'http://minio:9000' })).toThrow(/S3_ENDPOINT: 仅在 DOCUMENT_STORAGE=s3 时使用/);
    });
  });
  it('takes CLOCK_START as an instant with its offset, and never in production mode', () => {
    expect(loadEnv({ CLOCK_START: '2026-09-15T10:00:00+08:00' }).CLOCK_START?.toISOString()).toBe('2026-09-15T02:00:00.000Z');
    expect(() => loadEnv({ CLOCK_START: '2026-09-15' })).toThrow(/CLOCK_START/);
    expect(() => loadEnv({ APP_MODE: 'production', JWT_SECRET: 'x'.repeat(32), CLOCK_START: '2026-09-15T10:00:00+08:00' })).toThrow(/CLOCK_START: 仅用于测试/);
  });
});
