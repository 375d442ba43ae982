import { describe, expect, it } from 'vitest';
import { DOCX_CONTENT_TYPE } from '@jx/contract';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import * as docx from '../documents/fixtures/docx-fixtures.ts';
import { createReport, docxUpload, multipartBody, storedFiles } from './helpers.ts';

describe('工作文档: upload, versions, page and download over HTTP', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const good = docx.buildDocx();
  const staffPerson = (await db.account.findUniqueOrThrow({ where: { username: 'staff.chengdu' } })).personId!;

  /** A 成都 target whose only responsible person is staff.chengdu. */
  async function staffTarget() {
    const tg = await fx.target({ status: 'PUBLISHED' });
    await db.targetResponsible.deleteMany({ where: { targetId: tg.id } });
    await db.targetResponsible.create({ data: { targetId: tg.id, personId: staffPerson, shareBp: 10000 } });
    return tg;
  }
  const upload = (user: string, url: string, body: ReturnType<typeof multipartBody>) =>
    t.as(user)({ method: 'POST', url, payload: body.payload, headers: body.headers });
  const state = async () => ({ rows: await db.document.count(), files: (await storedFiles(t)).length });

  it('the unit admin uploads the good document: 201, the page has the heading and no script, audited without content', async () => {
    const tg = await fx.target({ status: 'PUBLISHED' });
    const res = await upload('unit.chengdu', `/api/targets/${tg.id}/documents`, docxUpload(good, '一季度总结.docx', '一季度执行情况'));
    expect(res.statusCode, res.body).toBe(201);
    const doc = res.json();
    expect(doc).toMatchObject({ versionNo: 1, versionCount: 1, targetId: tg.id, reportId: null, title: '一季度执行情况', fileName: '一季度总结.docx' });
    expect(doc.sizeBytes).toBe(good.length);

    const got = await t.as('unit.chengdu')({ method: 'GET', url: `/api/documents/${doc.id}` });
    expect(got.statusCode).toBe(200);
    expect(got.json().html).toContain('<h1>2025年第一季度目标执行情况</h1>');
    expect(got.json().html).not.toMatch(/<script|javascript:/i);
    expect(got.json()).not.toHaveProperty('text');

    const row = await db.document.findUniqueOrThrow({ where: { id: doc.id } });
    expect(row.storedName).toMatch(/^[0-9a-f-]{36}\.docx$/);
    expect(await storedFiles(t)).toContain(row.storedName);
    const events = await db.auditEvent.findMany({ where: { objectId: doc.id } });
    expect(events.map((e) => e.action)).toEqual(['documents.uploadToTarget']);
    expect(JSON.stringify(events[0]!.after)).not.toContain('2025年第一季度');
    expect(events[0]!.after).toMatchObject({ sha256: row.sha256, fileName: '一季度总结.docx' });

    const list = await t.as('leader')({ method: 'GET', url: `/api/targets/${tg.id}/documents` });
    expect(list.json().items.map((d: { id: string }) => d.id)).toEqual([doc.id]);
  });

  it('hostile links are neutralised on the page', async () => {
    const tg = await fx.target();
    const res = await upload('perf', `/api/targets/${tg.id}/documents`, docxUpload(docx.hostileLinks(), 'links.docx'));
    expect(res.statusCode, res.body).toBe(201);
    const got = await t.as('perf')({ method: 'GET', url: `/api/documents/${res.json().id}` });
    expect(got.json().html).not.toMatch(/javascript:|vbscript:|<script/i);
  });

  it('download returns the identical bytes with attachment, RFC 5987 name, nosniff and no caching', async () => {
    const tg = await fx.target();
    const name = '成都市 2026年（一季度）进展报告.docx';
    const up = await upload('unit.chengdu', `/api/targets/${tg.id}/documents`, docxUpload(good, `../../etc/${name}`));
    expect(up.statusCode, up.body).toBe(201);
    expect(up.json().fileName).toBe(name);
    const res = await t.as('deputy')({ method: 'GET', url: `/api/documents/${up.json().id}/download` });
    expect(res.statusCode).toBe(200);
    expect(Buffer.compare(res.rawPayload, good)).toBe(0);
    expect(res.headers['content-type']).toBe(DOCX_CONTENT_TYPE);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('private, no-store');
    const cd = String(res.headers['content-disposition']);
    expect(cd).toBe(
      `attachment; filename="document.docx"; filename*=UTF-8''${encodeURIComponent(name).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
    );
    expect(cd).toContain("filename*=UTF-8''%E6%88%90%E9%83%BD%E5%B8%82%202026");
    expect(decodeURIComponent(cd.split("UTF-8''")[1]!)).toBe(name);
    expect(cd).not.toMatch(/[^\x20-\x7e]/);
  });

  it('a new version bumps versionNo in the same series and keeps the old one', async () => {
    const tg = await staffTarget();
    const v1 = (await upload('staff.chengdu', `/api/targets/${tg.id}/documents`, docxUpload(good, 'v1.docx'))).json();
    const second = docx.buildDocx({ body: docx.para('第二版内容', 'Heading1') });
    const res = await upload('staff.chengdu', `/api/documents/${v1.id}/versions`, docxUpload(second, 'v2.docx'));
    expect(res.statusCode, res.body).toBe(201);
    const v2 = res.json();
    expect(v2).toMatchObject({ seriesId: v1.seriesId, versionNo: 2, versionCount: 2, latestVersionNo: 2, targetId: tg.id });
    expect(v2.versions.map((v: { versionNo: number }) => v.versionNo)).toEqual([2, 1]);

    const list = (await t.as('unit.chengdu')({ method: 'GET', url: `/api/targets/${tg.id}/documents` })).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ id: v2.id, versionNo: 2, versionCount: 2 });

    const old = await t.as('unit.chengdu')({ method: 'GET', url: `/api/documents/${v2.id}?version=1` });
    expect(old.json()).toMatchObject({ id: v1.id, versionNo: 1, latestVersionNo: 2 });
    expect(old.json().html).toContain('2025年第一季度目标执行情况');
    const oldBytes = await t.as('unit.chengdu')({ method: 'GET', url: `/api/documents/${v2.id}/download?version=1` });
    expect(Buffer.compare(oldBytes.rawPayload, good)).toBe(0);
    const newBytes = await t.as('unit.chengdu')({ method: 'GET', url: `/api/documents/${v1.id}/download?version=2` });
    expect(Buffer.compare(newBytes.rawPayload, second)).toBe(0);
    expect((await t.as('unit.chengdu')({ method: 'GET', url: `/api/documents/${v2.id}?version=9` })).statusCode).toBe(404);
  });

  it('documents of a progress report', async () => {
    const tg = await fx.target({ status: 'PUBLISHED' });
    const report = await createReport(db, tg.id, seeded.accountId('unit.chengdu'));
    const res = await upload('unit.chengdu', `/api/reports/${report.id}/documents`, docxUpload(good));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ reportId: report.id, targetId: null });
    const list = await t.as('safety')({ method: 'GET', url: `/api/reports/${report.id}/documents` });
    expect(list.json().items.map((d: { id: string }) => d.id)).toEqual([res.json().id]);
    expect((await t.as('unit.mianyang')({ method: 'GET', url: `/api/reports/${report.id}/documents` })).statusCode).toBe(403);
    expect((await t.as('unit.mianyang')({ method: 'GET', url: `/api/documents/${res.json().id}` })).statusCode).toBe(403);
  });

  describe('hostile uploads are refused and leave nothing behind (no row, no file)', () => {
    const cases: [string, () => Buffer, number, RegExp][] = [
      ['zip bomb (huge)', docx.zipBombHuge, 400, /解压|过大|压缩/],
      ['zip bomb (ratio)', docx.zipBombRatio, 400, /压缩/],
      ['zip bomb (lying sizes)', docx.zipBombLying, 400, /./],
      ['.docm with macros', docx.docm, 400, /宏/],
      ['renamed executable', docx.renamedExe, 400, /Word|docx/i],
      ['over 20 MB', () => Buffer.concat([good, Buffer.alloc(20 * 1024 * 1024 + 1 - good.length)]), 413, /20/],
    ];
    for (const [name, make, status, message] of cases) {
      it(name, async () => {
        const tg = await fx.target();
        const before = await state();
        const res = await upload('unit.chengdu', `/api/targets/${tg.id}/documents`, docxUpload(make(), 'evil.docx'));
        expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
        const err = res.json().error;
        expect(err.code).toBe(status === 413 ? 'PAYLOAD_TOO_LARGE' : 'VALIDATION_FAILED');
        expect(err.message).toMatch(message);
        expect(err.details.issues[0].path).toBe('file');
        expect(await state()).toEqual(before);
        expect(await db.auditEvent.count({ where: { requestId: String(res.headers['x-request-id']), outcome: 'SUCCESS' } })).toBe(0);
      });
    }

    it('malformed requests: no file, two files, a file under another field, unknown fields, not multipart', async () => {
      const tg = await fx.target();
      const url = `/api/targets/${tg.id}/documents`;
      const before = await state();
      const bodies = [
        multipartBody([{ name: 'title', value: '只有标题' }]),
        multipartBody([
          { name: 'file', filename: 'a.docx', content: good },
          { name: 'file', filename: 'b.docx', content: good },
        ]),
        multipartBody([{ name: 'attachment', filename: 'a.docx', content: good }]),
        multipartBody([
          { name: 'file', filename: 'a.docx', content: good },
          { name: 'targetId', value: 'x' },
        ]),
        multipartBody([
          { name: 'title', value: '长'.repeat(101) },
          { name: 'file', filename: 'a.docx', content: good },
        ]),
      ];
      for (const body of bodies) {
        const res = await upload('unit.chengdu', url, body);
        expect(res.statusCode, res.body).toBe(400);
        expect(res.json().error.code).toBe('VALIDATION_FAILED');
      }
      const json = await t.as('unit.chengdu')({ method: 'POST', url, payload: { file: 'x' } });
      expect(json.statusCode).toBe(400);
      expect(await state()).toEqual(before);
    });
  });

  it('when the database write fails, the stored file is removed again', async () => {
    const tg = await fx.target();
    const before = await state();
    const storage = t.app.deps.documents;
    const realPut = storage.put.bind(storage);
    let written = '';
    // Delete the target between the file write and the transaction: the insert then fails on its foreign key.
    storage.put = async (name, bytes) => {
      await realPut(name, bytes);
      written = name;
      await db.targetMilestone.deleteMany({ where: { targetId: tg.id } });
      await db.targetResponsible.deleteMany({ where: { targetId: tg.id } });
      await db.target.delete({ where: { id: tg.id } });
    };
    try {
      const res = await upload('unit.chengdu', `/api/targets/${tg.id}/documents`, docxUpload(good));
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
    } finally {
      storage.put = realPut;
    }
    expect(written).not.toBe('');
    expect(await storage.exists(written)).toBe(false);
    expect(await state()).toEqual(before);
  });

  describe('scope', () => {
    it('a unit admin of another unit: 403 on upload, get, list and download, nothing stored', async () => {
      const tg = await fx.target({ status: 'PUBLISHED' });
      const doc = (await upload('unit.chengdu', `/api/targets/${tg.id}/documents`, docxUpload(good))).json();
      const before = await state();
      const other = t.as('unit.mianyang');
      expect((await upload('unit.mianyang', `/api/targets/${tg.id}/documents`, docxUpload(good))).statusCode).toBe(403);
      expect((await upload('unit.mianyang', `/api/documents/${doc.id}/versions`, docxUpload(good))).statusCode).toBe(403);
      expect((await other({ method: 'GET', url: `/api/documents/${doc.id}` })).statusCode).toBe(403);
      expect((await other({ method: 'GET', url: `/api/documents/${doc.id}/download` })).statusCode).toBe(403);
      expect((await other({ method: 'GET', url: `/api/targets/${tg.id}/documents` })).statusCode).toBe(403);
      expect(await state()).toEqual(before);
    });

    it('a staff member who is not a responsible of the target: 403 on upload, and on reading (decision 0007)', async () => {
      const tg = await fx.target({ status: 'PUBLISHED' });
      expect(await db.targetResponsible.count({ where: { targetId: tg.id, personId: staffPerson } })).toBe(0);
      const before = await state();
      const res = await upload('staff.chengdu', `/api/targets/${tg.id}/documents`, docxUpload(good));
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
      expect(await state()).toEqual(before);
      expect((await t.as('staff.chengdu')({ method: 'GET', url: `/api/targets/${tg.id}/documents` })).statusCode).toBe(403);
      expect((await t.as('unit.chengdu')({ method: 'GET', url: `/api/targets/${tg.id}/documents` })).statusCode).toBe(200);
    });

    it('a department reads its own types; unknown ids are 404', async () => {
      const tg = await fx.target({ typeCode: 'SAFETY' });
      const doc = (await upload('perf', `/api/targets/${tg.id}/documents`, docxUpload(good))).json();
      expect((await t.as('safety')({ method: 'GET', url: `/api/documents/${doc.id}` })).statusCode).toBe(200);
      const missing = '00000000-0000-4000-8000-000000000000';
      expect((await t.as('perf')({ method: 'GET', url: `/api/documents/${missing}` })).statusCode).toBe(404);
      expect((await upload('perf', `/api/targets/${missing}/documents`, docxUpload(good))).statusCode).toBe(404);
      expect((await upload('perf', `/api/reports/${missing}/documents`, docxUpload(good))).statusCode).toBe(404);
    });
  });
});
