import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import * as docx from '../documents/fixtures/docx-fixtures.ts';
import { docxUpload, type multipartBody } from '../documents-api/helpers.ts';
import type { S3Storage } from '../../src/modules/documents/storage/index.ts';
import { startS3Server } from './s3-server.ts';

describe('工作文档 on S3-compatible storage: upload, new version, download, refused delete over HTTP', async () => {
  const server = await startS3Server();
  const t = await createTestApp({ documentStorage: { kind: 's3', ...server.options('documents') } });
  afterAll(() => server.stop());
  const { db } = t;
  const fx = createFixtures(db, await loadSeeded(db));
  const storage = t.app.deps.documents as S3Storage;
  const upload = (user: string, url: string, body: ReturnType<typeof multipartBody>) =>
    t.as(user)({ method: 'POST', url, payload: body.payload, headers: body.headers });
  const download = (user: string, id: string, version?: number) =>
    t.as(user)({ method: 'GET', url: `/api/documents/${id}/download${version ? `?version=${version}` : ''}` });

  it('the app stores into the bucket', () => {
    expect(storage.description).toMatch(/^S3 存储桶 jx-documents\/documents/);
  });

  it('upload, a new version, and both downloads return the uploaded bytes from the bucket', async () => {
    const tg = await fx.target({ status: 'PUBLISHED' });
    const first = docx.buildDocx();
    const second = docx.buildDocx({ body: docx.para('第二版内容', 'Heading1') });

    const v1 = await upload('unit.chengdu', `/api/targets/${tg.id}/documents`, docxUpload(first, '一季度总结.docx'));
    expect(v1.statusCode, v1.body).toBe(201);
    const v2 = await upload('unit.chengdu', `/api/documents/${v1.json().id}/versions`, docxUpload(second, '一季度总结（修改）.docx'));
    expect(v2.statusCode, v2.body).toBe(201);
    expect(v2.json()).toMatchObject({ seriesId: v1.json().seriesId, versionNo: 2, versionCount: 2 });

    const rows = await db.document.findMany({ where: { seriesId: v1.json().seriesId }, orderBy: { versionNo: 'asc' } });
    expect(rows).toHaveLength(2);
    for (const [row, bytes] of [
      [rows[0]!, first],
      [rows[1]!, second],
    ] as const) {
      expect(await storage.exists(row.storedName)).toBe(true);
      expect(Buffer.compare(await storage.get(row.storedName), bytes)).toBe(0);
    }

    const latest = await download('deputy', v2.json().id);
    expect(latest.statusCode).toBe(200);
    expect(Buffer.compare(latest.rawPayload, second)).toBe(0);
    const old = await download('deputy', v2.json().id, 1);
    expect(Buffer.compare(old.rawPayload, first)).toBe(0);
    const page = await t.as('unit.chengdu')({ method: 'GET', url: `/api/documents/${v2.json().id}` });
    expect(page.json().html).toContain('第二版内容');
  });

  it('a delete the product refuses keeps the document and its object: a draft target carrying a document is not deleted', async () => {
    const tg = await fx.target({ status: 'DRAFT' });
    const up = await upload('unit.chengdu', `/api/targets/${tg.id}/documents`, docxUpload(docx.buildDocx()));
    expect(up.statusCode, up.body).toBe(201);
    const res = await t.as('unit.chengdu')({ method: 'DELETE', url: `/api/targets/${tg.id}?version=1` });
    expect([res.statusCode, res.json().error.code, res.json().error.message]).toEqual([409, 'CONFLICT', '该目标已有 1 份工作文档，不能删除']);
    const row = await db.document.findUniqueOrThrow({ where: { id: up.json().id } });
    expect(await storage.exists(row.storedName)).toBe(true);
    expect((await download('unit.chengdu', row.id)).statusCode).toBe(200);
  });

  it('documents have no delete route of their own', async () => {
    const tg = await fx.target({ status: 'PUBLISHED' });
    const up = (await upload('perf', `/api/targets/${tg.id}/documents`, docxUpload(docx.buildDocx()))).json();
    const res = await t.as('admin')({ method: 'DELETE', url: `/api/documents/${up.id}` });
    expect(res.statusCode).toBe(404);
    const row = await db.document.findUniqueOrThrow({ where: { id: up.id } });
    expect(await storage.exists(row.storedName)).toBe(true);
  });

  it('a refused upload leaves no object in the bucket', async () => {
    const tg = await fx.target();
    let written = '';
    const realPut = storage.put.bind(storage);
    storage.put = async (name, bytes) => {
      written = name;
      await realPut(name, bytes);
      await db.targetMilestone.deleteMany({ where: { targetId: tg.id } });
      await db.targetResponsible.deleteMany({ where: { targetId: tg.id } });
      await db.target.delete({ where: { id: tg.id } });
    };
    try {
      const res = await upload('unit.chengdu', `/api/targets/${tg.id}/documents`, docxUpload(docx.buildDocx()));
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
    } finally {
      storage.put = realPut;
    }
    expect(written).not.toBe('');
    expect(await storage.exists(written)).toBe(false);
  });
});
