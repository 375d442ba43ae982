import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  activeConversionWorkers,
  convertDocx,
  DocumentConversionLimitError,
  DocumentRejectedError,
  DocumentTooLargeError,
  STORED_NAME_PATTERN,
} from '../../src/modules/documents/index.ts';
import { AppError } from '../../src/lib/errors.ts';
import * as fx from './fixtures/docx-fixtures.ts';
import { expectRejected, expectSafeHtml } from './helpers.ts';

/** The exported entry point: everything through the resource-limited worker, as the API will call it. */

describe('convertDocx (worker)', () => {
  it('converts a real document in the worker, names and hashes it', async () => {
    const bytes = fx.buildDocx();
    const copy = Buffer.from(bytes);
    const out = await convertDocx({ bytes, fileName: '../../etc/passwd.docx' });
    expect(out.html).toContain('<h1>2025年第一季度目标执行情况</h1>');
    expect(out.html).toContain('<ul><li>加强组织领导</li>');
    expect(out.html).toContain('<td colspan="2"><p>合计说明</p></td>');
    expect(out.html).toContain(`<img src="data:image/png;base64,${fx.PNG_1X1.toString('base64')}" alt="示意图" />`);
    expectSafeHtml(out.html);
    expect(out.text).toContain('农村公路建设进展顺利');
    expect(out.title).toBe('2025年第一季度目标执行情况');
    expect(out.warnings).toEqual([]);
    expect(out.safeFileName).toBe('passwd.docx');
    expect(out.storedName).toMatch(STORED_NAME_PATTERN);
    expect(out.storedName).not.toContain('passwd');
    expect(out.sha256).toBe(createHash('sha256').update(copy).digest('hex'));
    expect(bytes.equals(copy)).toBe(true); // the caller's buffer is not detached or changed
    expect(activeConversionWorkers()).toBe(0);
  });

  it('neutralises hostile links and external images in the worker too', async () => {
    const links = await convertDocx({ bytes: fx.hostileLinks(), fileName: 'links.docx' });
    expectSafeHtml(links.html);
    expect(links.html).toContain('<a>危险链接0</a>');
    const linked = await convertDocx({ bytes: fx.linkedImage('file:///etc/passwd'), fileName: 'img.docx' });
    expect(linked.html).not.toContain('<img');
    expect(linked.warnings).toContain('已移除外部链接图片，未读取其内容：file:///etc/passwd');
    const external = await convertDocx({ bytes: fx.externalEmbeddedImage('http://192.0.2.1/x.png'), fileName: 'x.docx' });
    expect(external.html).not.toContain('<img');
  });

  it.each([
    ['a renamed executable', fx.renamedExe, 'NOT_DOCX'],
    ['a .docm with a macro part', fx.docm, 'MACRO_ENABLED'],
    ['a huge highly-compressible entry', fx.zipBombHuge, 'UNCOMPRESSED_TOO_LARGE'],
    ['a ~1000:1 entry', fx.zipBombRatio, 'ZIP_BOMB'],
    ['an entry that under-declares its size', fx.zipBombLying, 'ZIP_BOMB'],
    ['more than 2,000 entries', () => fx.manyEntries(2001), 'TOO_MANY_ENTRIES'],
  ] as const)('refuses %s with 400 VALIDATION_FAILED', async (_what, build, reason) => {
    const err = await expectRejected(convertDocx({ bytes: build(), fileName: 'evidence.docx' }), reason);
    expect(err).toBeInstanceOf(AppError);
    expect(err.status).toBe(400);
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.details).toEqual({ reason, issues: [{ path: 'file', message: err.message, key: err.key, params: err.params }] });
    expect(activeConversionWorkers()).toBe(0);
  });

  it('refuses an upload over 20 MB on the main thread with 413 PAYLOAD_TOO_LARGE', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024 + 1);
    big.write('PK\u0003\u0004', 0, 'latin1');
    const err = await expectRejected(convertDocx({ bytes: big, fileName: 'big.docx' }), 'TOO_LARGE');
    expect(err).toBeInstanceOf(DocumentTooLargeError);
    expect(err.status).toBe(413);
    expect(err.code).toBe('PAYLOAD_TOO_LARGE');
    expect(err.message).toContain('20 MB');
  });

  it('terminates the worker on timeout and fails with a clear error', async () => {
    const started = Date.now();
    const err = await expectRejected(convertDocx({ bytes: fx.buildDocx(), fileName: 'a.docx' }, { timeoutMs: 5 }), 'TIMEOUT');
    expect(err).toBeInstanceOf(DocumentConversionLimitError);
    expect(err.message).toContain('超时');
    expect(Date.now() - started).toBeLessThan(3000);
    expect(activeConversionWorkers()).toBe(0); // terminated before the caller heard back
  });

  it('terminates the worker when it exceeds its memory limit', async () => {
    const err = await expectRejected(
      convertDocx({ bytes: fx.buildDocx(), fileName: 'a.docx' }, { maxOldGenerationSizeMb: 4, maxYoungGenerationSizeMb: 1 }),
      'OUT_OF_MEMORY',
    );
    expect(err).toBeInstanceOf(DocumentConversionLimitError);
    expect(err.message).toContain('内存');
    expect(activeConversionWorkers()).toBe(0);
  });

  it('runs several conversions at once (at most two workers alive) and all succeed', async () => {
    let maxAlive = 0;
    const timer = setInterval(() => (maxAlive = Math.max(maxAlive, activeConversionWorkers())), 1);
    try {
      const results = await Promise.all(Array.from({ length: 4 }, (_v, i) => convertDocx({ bytes: fx.buildDocx(), fileName: `报告${i}.docx` })));
      expect(results.map((r) => r.safeFileName)).toEqual(['报告0.docx', '报告1.docx', '报告2.docx', '报告3.docx']);
      expect(new Set(results.map((r) => r.storedName)).size).toBe(4);
    } finally {
      clearInterval(timer);
    }
    expect(maxAlive).toBeLessThanOrEqual(2);
    expect(activeConversionWorkers()).toBe(0);
  });

  it('rejects bad limit overrides loudly', async () => {
    await expect(convertDocx({ bytes: fx.buildDocx(), fileName: 'a.docx' }, { timeoutMs: -1 })).rejects.toThrow(TypeError);
    await expect(convertDocx({ bytes: fx.buildDocx(), fileName: 'a.docx' }, { nope: 1 } as never)).rejects.toThrow(TypeError);
  });

  it('error classes are AppErrors the error handler renders', () => {
    const err = new DocumentRejectedError('NOT_DOCX', { key: 'documents.notDocx' });
    expect(err).toBeInstanceOf(AppError);
    expect(err.status).toBe(400);
    expect(err.code).toBe('VALIDATION_FAILED');
  });
});
