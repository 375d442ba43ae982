import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createS3Storage, DocumentAlreadyStoredError, DocumentMissingError } from '../../src/modules/documents/storage/index.ts';
import { startS3Server, TEST_BUCKET } from './s3-server.ts';

describe('S3 document storage against s3rver', async () => {
  const server = await startS3Server();
  const storage = createS3Storage(server.options('jx/documents'));
  afterAll(async () => {
    storage.close();
    await server.stop();
  });
  const name = () => `${randomUUID()}.docx`;

  it('put, exists, get returns the same bytes, delete removes it', async () => {
    const n = name();
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, ...Buffer.from('原件内容'), 0x00, 0xff]);
    expect(await storage.exists(n)).toBe(false);
    await storage.put(n, bytes);
    expect(await storage.exists(n)).toBe(true);
    expect(Buffer.compare(await storage.get(n), bytes)).toBe(0);
    await storage.delete(n);
    expect(await storage.exists(n)).toBe(false);
  });

  it('keeps objects under the prefix in the configured bucket', async () => {
    const n = name();
    await storage.put(n, Buffer.from('x'));
    expect(storage.keyOf(n)).toBe(`jx/documents/${n}`);
    const client = new S3Client(server.options());
    try {
      const head = await client.send(new HeadObjectCommand({ Bucket: TEST_BUCKET, Key: `jx/documents/${n}` }));
      expect(head.ContentLength).toBe(1);
    } finally {
      client.destroy();
    }
  });

  it('put refuses to overwrite an existing object and keeps the first bytes', async () => {
    const n = name();
    await storage.put(n, Buffer.from('first'));
    await expect(storage.put(n, Buffer.from('second'))).rejects.toBeInstanceOf(DocumentAlreadyStoredError);
    expect((await storage.get(n)).toString()).toBe('first');
  });

  it('every put is conditional; a key taken between the check and the write (412, as S3 and MinIO answer) is refused', async () => {
    const n = name();
    const puts: (string | undefined)[] = [];
    server.intercept((req, res) => {
      if (req.method !== 'PUT') return false;
      puts.push(req.headers['if-none-match'] as string | undefined);
      req.resume();
      res.writeHead(412, { 'content-type': 'application/xml' });
      res.end(
        '<?xml version="1.0" encoding="UTF-8"?><Error><Code>PreconditionFailed</Code><Message>At least one of the pre-conditions you specified did not hold</Message></Error>',
      );
      return true;
    });
    try {
      await expect(storage.put(n, Buffer.from('late'))).rejects.toBeInstanceOf(DocumentAlreadyStoredError);
    } finally {
      server.intercept(null);
    }
    expect(puts).toEqual(['*']);
  });

  it('get of a missing name is DocumentMissingError; delete of a missing name is no error', async () => {
    const n = name();
    await expect(storage.get(n)).rejects.toBeInstanceOf(DocumentMissingError);
    await expect(storage.delete(n)).resolves.toBeUndefined();
  });

  it('accepts generated names only', async () => {
    await expect(storage.put('../escape.docx', Buffer.from('x'))).rejects.toThrow(/not a generated document name/);
    await expect(storage.get('a/b.docx')).rejects.toThrow(/not a generated document name/);
  });

  it('a missing bucket is an error, not a missing document', async () => {
    const other = createS3Storage({ ...server.options(), bucket: 'no-such-bucket' });
    try {
      await expect(other.get(name())).rejects.not.toBeInstanceOf(DocumentMissingError);
    } finally {
      other.close();
    }
  });

  it('describes itself without credentials', () => {
    expect(storage.description).toContain(`${TEST_BUCKET}/jx/documents`);
    expect(storage.description).not.toContain('S3RVER');
  });
});
