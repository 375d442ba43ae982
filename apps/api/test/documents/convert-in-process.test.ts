import { createServer, type Server } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { convertDocxInProcess } from '../../src/modules/documents/index.ts';
import * as fx from './fixtures/docx-fixtures.ts';
import { expectRejected, expectSafeHtml } from './helpers.ts';

/** The pipeline without the worker (the worker runs exactly this): every DESIGN.md §5 rule, quickly. */

const PNG_B64 = fx.PNG_1X1.toString('base64');

describe('a real Word document', () => {
  it('converts to HTML with the heading, Chinese text, list, table, link and an inline PNG', async () => {
    const out = await convertDocxInProcess(fx.buildDocx());
    expect(out.html).toContain('<h1>2025年第一季度目标执行情况</h1>');
    expect(out.html).toContain('<h2>主要措施</h2>');
    expect(out.html).toContain('<p>本季度全省交通运输系统围绕年度目标，扎实推进各项重点工作，农村公路建设进展顺利。</p>');
    expect(out.html).toContain('<ul><li>加强组织领导</li><li>落实责任分工</li><li>强化督办检查</li></ul>');
    expect(out.html).toMatch(/<table><tr><td><p>指标<\/p><\/td><td><p>完成率<\/p><\/td><\/tr>/);
    expect(out.html).toContain('<td colspan="2"><p>合计说明</p></td>');
    expect(out.html).toContain('<a href="https://www.mot.gov.cn/" rel="noopener noreferrer nofollow" target="_blank">交通运输部网站</a>');
    expect(out.html).toContain(`<img src="data:image/png;base64,${PNG_B64}" alt="示意图" />`);
    expectSafeHtml(out.html);
    expect(out.title).toBe('2025年第一季度目标执行情况');
    expect(out.text).toContain('农村公路建设进展顺利');
    expect(out.text).toContain('国省干线公路养护');
    expect(out.text).not.toMatch(/</);
    expect(out.warnings).toEqual([]);
  });

  it('falls back to the core-properties title when there is no heading', async () => {
    const out = await convertDocxInProcess(fx.buildDocx({ body: fx.para('只有正文') }));
    expect(out.title).toBe('核心属性标题');
  });

  it('drops images that are not PNG/JPEG/GIF by content (an SVG named .png) with a warning', async () => {
    const svg = strToU8('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>');
    const out = await convertDocxInProcess(fx.buildDocx({ parts: { 'word/media/image1.png': svg } }));
    expect(out.html).not.toContain('<img');
    expectSafeHtml(out.html);
    expect(out.warnings.some((w) => w.includes('格式不受支持'))).toBe(true);
  });

  it('drops an image over the size cap with a warning', async () => {
    const out = await convertDocxInProcess(fx.buildDocx(), { maxImageBytes: 10 });
    expect(out.html).not.toContain('<img');
    expect(out.warnings.some((w) => w.includes('图片过大'))).toBe(true);
  });

  it('escapes markup typed into the document text', async () => {
    const out = await convertDocxInProcess(fx.hostileLinks());
    expect(out.html).toContain('&lt;script&gt;alert("text")&lt;/script&gt;');
    expectSafeHtml(out.html);
  });
});

describe('links', () => {
  it('removes javascript:, vbscript:, data: and file: hrefs (relationships and HYPERLINK fields), keeps safe ones', async () => {
    const out = await convertDocxInProcess(fx.hostileLinks());
    expectSafeHtml(out.html);
    for (const target of fx.JS_LINK_TARGETS) expect(out.html).not.toContain(target.trim());
    expect(out.html).not.toMatch(/data:text/i);
    expect(out.html).not.toMatch(/file:/i);
    for (let i = 0; i < fx.JS_LINK_TARGETS.length; i++) expect(out.html).toContain(`<a>危险链接${i}</a>`);
    expect(out.html).toContain('<a>域代码链接</a>');
    expect(out.html).toContain('<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer nofollow" target="_blank">正常链接</a>');
  });
});

describe('external references are never followed', () => {
  let dir: string;
  let server: Server;
  let requests = 0;
  let port = 0;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jx-docx-ext-'));
    // A real PNG on disk: if anything read it, it would be inlined.
    await writeFile(join(dir, 'secret.png'), fx.PNG_1X1);
    server = createServer((_req, res) => {
      requests++;
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(fx.PNG_1X1);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rm(dir, { recursive: true, force: true });
  });

  it('an r:link image pointing at file:///etc/passwd is dropped with a warning', async () => {
    const out = await convertDocxInProcess(fx.linkedImage('file:///etc/passwd'));
    expect(out.html).not.toContain('<img');
    expect(out.html).not.toMatch(/root:/);
    expect(out.text).not.toMatch(/root:/);
    expect(out.html).toContain('<p>图片之后的文字</p>');
    expect(out.warnings).toContain('已移除外部链接图片，未读取其内容：file:///etc/passwd');
    expectSafeHtml(out.html);
  });

  it('an r:link image pointing at a readable PNG on this server is not read (it would be inlined otherwise)', async () => {
    for (const target of [pathToFileURL(join(dir, 'secret.png')).href, join(dir, 'secret.png')]) {
      const out = await convertDocxInProcess(fx.linkedImage(target));
      expect(out.html).not.toContain('<img');
      expect(out.html).not.toContain(PNG_B64);
      expect(out.warnings.some((w) => w.includes('外部链接图片'))).toBe(true);
    }
  });

  it('an r:link image pointing at a UNC share is dropped with a warning', async () => {
    const out = await convertDocxInProcess(fx.linkedImage('\\\\fileserver\\share\\logo.png'));
    expect(out.html).not.toContain('<img');
    expect(out.warnings.some((w) => w.includes('\\\\fileserver\\share\\logo.png'))).toBe(true);
  });

  it('an image relationship with TargetMode="External" (http) is dropped and no request is made', async () => {
    const url = `http://127.0.0.1:${port}/logo.png`;
    const embedded = await convertDocxInProcess(fx.externalEmbeddedImage(url));
    const linked = await convertDocxInProcess(fx.linkedImage(url));
    for (const out of [embedded, linked]) {
      expect(out.html).not.toContain('<img');
      expect(out.html).not.toContain('127.0.0.1');
      expect(out.warnings).toContain(`已移除外部链接图片，未读取其内容：${url}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests).toBe(0);
  });

  it('an image that borrows a hyperlink relationship (kept by the neutraliser) still reads nothing outside the zip', async () => {
    const secret = pathToFileURL(join(dir, 'secret.png')).href;
    for (const mode of ['link', 'embed'] as const) {
      const doc = fx.buildDocx({
        body: [fx.para('借用超链接关系', 'Heading1'), fx.image('rIdHl', mode)].join('\n'),
        relationships: [fx.rel('rIdHl', fx.REL_HYPERLINK, secret, true)],
      });
      const out = await convertDocxInProcess(doc);
      expect(out.html).not.toContain('<img');
      expect(out.html).not.toContain(PNG_B64);
      expect(out.warnings.some((w) => w.includes('不在文档内'))).toBe(true);
    }
  });

  it('second layer: mammoth itself, given the raw document, does not read the linked file (externalFileAccess: false)', async () => {
    const raw = fx.linkedImage(pathToFileURL(join(dir, 'secret.png')).href);
    const reads: string[] = [];
    const result = await mammoth.convertToHtml(
      { buffer: raw },
      {
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async (image) => {
          try {
            const data = await image.readAsBuffer();
            reads.push(data.toString('base64'));
          } catch (err) {
            reads.push(`refused: ${(err as Error).message}`);
          }
          return { src: '' };
        }),
      },
    );
    expect(result.value).not.toContain(PNG_B64);
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatch(/^refused: could not read external image/);
  });
});

describe('what is not a .docx is refused', () => {
  it('a renamed executable (MZ header)', async () => {
    await expectRejected(convertDocxInProcess(fx.renamedExe()), 'NOT_DOCX');
  });

  it('a PDF, a text file and an empty file', async () => {
    await expectRejected(convertDocxInProcess(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n')), 'NOT_DOCX');
    await expectRejected(convertDocxInProcess(Buffer.from('就是一段文字', 'utf8')), 'NOT_DOCX');
    await expectRejected(convertDocxInProcess(Buffer.alloc(0)), 'NOT_DOCX');
  });

  it('a truncated zip (magic bytes but no central directory)', async () => {
    await expectRejected(convertDocxInProcess(fx.buildDocx().subarray(0, 200)), 'NOT_DOCX');
  });

  it('a zip without [Content_Types].xml', async () => {
    const zip = Buffer.from(zipSync({ 'hello.txt': strToU8('你好') } as Zippable));
    const err = await expectRejected(convertDocxInProcess(zip), 'NOT_DOCX');
    expect(err.message).toContain('[Content_Types].xml');
  });

  it('a package without the Word main part, or with another main content type (xlsx, dotx)', async () => {
    await expectRejected(convertDocxInProcess(fx.buildDocx({ parts: { 'word/document.xml': undefined } })), 'NOT_DOCX');
    await expectRejected(
      convertDocxInProcess(fx.buildDocx({ mainContentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml' })),
      'NOT_DOCX',
    );
    await expectRejected(
      convertDocxInProcess(fx.buildDocx({ mainContentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml' })),
      'NOT_DOCX',
    );
  });

  it('a part with a DOCTYPE (entity tricks)', async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>${fx.documentXml('<w:p><w:r><w:t>&x;</w:t></w:r></w:p>').replace(/^<\?xml[^>]*>\n/, '')}`;
    await expectRejected(convertDocxInProcess(fx.buildDocx({ parts: { 'word/document.xml': xxe } })), 'CORRUPT');
  });

  it('duplicate entry names (parser differential)', async () => {
    const parts = fx.docxParts();
    const entries = Object.entries(parts).map(([name, data]) => fx.storedEntry(name, data));
    entries.push(fx.storedEntry('word/document.xml', strToU8(fx.documentXml(fx.para('second')))));
    await expectRejected(convertDocxInProcess(fx.rawZip(entries)), 'CORRUPT');
  });

  it('entry names with ../ or absolute paths', async () => {
    const parts = fx.docxParts();
    for (const evil of ['../../evil.xml', '/etc/cron.d/x']) {
      const entries = Object.entries(parts).map(([name, data]) => fx.storedEntry(name, data));
      entries.push(fx.storedEntry(evil, strToU8('x')));
      await expectRejected(convertDocxInProcess(fx.rawZip(entries)), 'CORRUPT');
    }
  });
});

describe('macros are refused', () => {
  it('a .docm (macro-enabled main content type and vbaProject.bin)', async () => {
    await expectRejected(convertDocxInProcess(fx.docm()), 'MACRO_ENABLED');
  });

  it('a .docx content type with a vbaProject.bin part anywhere, in any case', async () => {
    for (const name of ['word/vbaProject.bin', 'customXml/VBAPROJECT.BIN', 'vbaProject.bin']) {
      await expectRejected(convertDocxInProcess(fx.buildDocx({ parts: { [name]: strToU8('macro') } })), 'MACRO_ENABLED');
    }
  });

  it('a macro-enabled main content type without the binary', async () => {
    await expectRejected(convertDocxInProcess(fx.buildDocx({ mainContentType: fx.DOCM_MAIN })), 'MACRO_ENABLED');
  });

  it('a macro-enabled template content type', async () => {
    await expectRejected(
      convertDocxInProcess(fx.buildDocx({ mainContentType: 'application/vnd.ms-word.template.macroEnabledTemplate.main+xml' })),
      'MACRO_ENABLED',
    );
  });
});

describe('size limits and zip bombs', () => {
  it('a file over the upload limit', async () => {
    await expectRejected(convertDocxInProcess(fx.buildDocx(), { maxUploadBytes: 100 }), 'TOO_LARGE');
  });

  it('a huge highly-compressible entry (200 MB of zeros in ~200 KB), refused from the declared sizes', async () => {
    const bomb = fx.zipBombHuge();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expectRejected(convertDocxInProcess(bomb), 'UNCOMPRESSED_TOO_LARGE');
  });

  it('an entry within the total budget but compressed ~1000:1', async () => {
    const err = await expectRejected(convertDocxInProcess(fx.zipBombRatio()), 'ZIP_BOMB');
    expect(err.message).toContain('压缩比');
  });

  it('an entry whose central directory under-declares its size (4 KB declared, 300 MB real) is stopped while inflating', async () => {
    const before = process.memoryUsage().rss;
    const started = Date.now();
    const err = await expectRejected(convertDocxInProcess(fx.zipBombLying()), 'ZIP_BOMB');
    expect(err.message).toContain('实际大小超过其声明的大小');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('a stored entry whose declared sizes disagree is refused', async () => {
    const parts = fx.docxParts();
    const entries = Object.entries(parts).map(([name, data]) => fx.storedEntry(name, data));
    const lying = fx.storedEntry('word/media/x.bin', Buffer.alloc(5000));
    entries.push({ ...lying, uncompressedSize: 10 });
    await expectRejected(convertDocxInProcess(fx.rawZip(entries)), 'CORRUPT');
  });

  it('the total uncompressed size is enforced (limit override with an incompressible image)', async () => {
    const noise = Buffer.alloc(2 * 1024 * 1024);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
    const doc = fx.buildDocx({ parts: { 'word/media/noise.bin': noise } });
    await expectRejected(convertDocxInProcess(doc, { maxTotalUncompressedBytes: 1024 * 1024 }), 'UNCOMPRESSED_TOO_LARGE');
  });

  it('more than 2,000 entries', async () => {
    const err = await expectRejected(convertDocxInProcess(fx.manyEntries(2001)), 'TOO_MANY_ENTRIES');
    expect(err.message).toContain('2000');
  });

  it('exactly 2,000 entries is fine', async () => {
    const base = Object.keys(fx.docxParts()).length;
    const out = await convertDocxInProcess(fx.manyEntries(2000 - base));
    expect(out.html).toContain('<h1>');
  });
});
