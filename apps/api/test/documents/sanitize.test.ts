import { describe, expect, it } from 'vitest';
import { sanitizeDocumentHtml } from '../../src/modules/documents/index.ts';
import { expectSafeHtml } from './helpers.ts';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('sanitizeDocumentHtml', () => {
  it('keeps the document-ish tags and drops everything else (keeping its text)', () => {
    const html =
      '<h1 id="x" class="c" style="color:red">标题</h1><p>正文<strong>粗</strong><em>斜</em><u>下</u><s>删</s><sub>1</sub><sup>2</sup><br></p>' +
      '<ul><li>一</li></ul><ol><li>二</li></ol><table><thead><tr><th colspan="2">表头</th></tr></thead><tbody><tr><td rowspan="3" width="9">格</td></tr></tbody></table>' +
      '<div><span>包裹</span></div><font color="red">字体</font>';
    expect(sanitizeDocumentHtml(html)).toBe(
      '<h1>标题</h1><p>正文<strong>粗</strong><em>斜</em><u>下</u><s>删</s><sub>1</sub><sup>2</sup><br /></p>' +
        '<ul><li>一</li></ul><ol><li>二</li></ol><table><thead><tr><th colspan="2">表头</th></tr></thead><tbody><tr><td rowspan="3">格</td></tr></tbody></table>' +
        '包裹字体',
    );
  });

  it('removes script, style, iframe, object, form, svg and their content or attributes', () => {
    const out = sanitizeDocumentHtml(
      '<p>a</p><script>alert(1)</script><style>p{}</style><iframe src="https://evil"></iframe><object data="x"></object>' +
        '<embed src="x"><form action="/x"><input name="q"><button>发送</button></form><svg onload="alert(1)"><script>1</script></svg>' +
        '<math><mi xlink:href="javascript:alert(1)">m</mi></math><p onclick="alert(1)" onmouseover="x">b</p><noscript><img src=x></noscript>',
    );
    expectSafeHtml(out);
    expect(out).not.toMatch(/alert/);
    expect(out).toContain('<p>a</p>');
    expect(out).toContain('<p>b</p>');
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'java&#x09;script:alert(1)',
    'jav&#x61;script:alert(1)',
    '&#106;avascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'file:///etc/passwd',
    '//evil.example/x',
    '/relative/path',
    '#_Toc123',
    'https://user:pass@evil.example/',
    'https://example.org/a b',
  ])('drops the href %j but keeps the link text', (href) => {
    const out = sanitizeDocumentHtml(`<p><a href="${href}" onclick="x()">链接</a></p>`);
    expect(out).toBe('<p><a>链接</a></p>');
  });

  it('keeps http/https/mailto links and forces rel and target', () => {
    expect(sanitizeDocumentHtml('<a href="https://www.mot.gov.cn/" rel="opener" target="_self">部</a>')).toBe(
      '<a href="https://www.mot.gov.cn/" rel="noopener noreferrer nofollow" target="_blank">部</a>',
    );
    expect(sanitizeDocumentHtml('<a href="HTTP://Example.ORG/a%20b">x</a>')).toBe(
      '<a href="http://example.org/a%20b" rel="noopener noreferrer nofollow" target="_blank">x</a>',
    );
    expect(sanitizeDocumentHtml('<a href="mailto:jxb@example.gov.cn">邮件</a>')).toBe(
      '<a href="mailto:jxb@example.gov.cn" rel="noopener noreferrer nofollow" target="_blank">邮件</a>',
    );
  });

  it('keeps only inline PNG/JPEG/GIF images', () => {
    expect(sanitizeDocumentHtml(`<img src="${PNG}" alt="图" width="1" onerror="x">`)).toBe(`<img src="${PNG}" alt="图" />`);
    expect(sanitizeDocumentHtml('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">')).toBe('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />');
    for (const src of [
      'https://evil.example/x.png',
      'http://127.0.0.1/x.png',
      '//evil.example/x.png',
      'file:///etc/passwd',
      'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
      'data:text/html;base64,PHNjcmlwdD4=',
      'data:image/png;base64,AAA"onerror="alert(1)',
      'javascript:alert(1)',
      'x',
      '',
    ]) {
      expect(sanitizeDocumentHtml(`<p>前<img src='${src}' alt="a">后</p>`)).toBe('<p>前后</p>');
    }
    expect(sanitizeDocumentHtml('<p>前<img alt="no src">后</p>')).toBe('<p>前后</p>');
  });

  it('keeps only small numeric colspan/rowspan', () => {
    expect(sanitizeDocumentHtml('<table><tr><td colspan="2" rowspan="x">a</td><th rowspan="0">b</th><td colspan="99999">c</td></tr></table>')).toBe(
      '<table><tr><td colspan="2">a</td><th>b</th><td>c</td></tr></table>',
    );
  });

  it('escapes text that looks like markup', () => {
    const out = sanitizeDocumentHtml('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(out).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expectSafeHtml(out);
  });
});
