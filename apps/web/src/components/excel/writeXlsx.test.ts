import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writeXlsx } from './writeXlsx';

/** The stored entries of a zip, read from its local headers, with their CRCs checked. */
function entries(bytes: Uint8Array): Map<string, string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Map<string, string>();
  let at = 0;
  while (view.getUint32(at, true) === 0x04034b50) {
    const size = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 30, at + 30 + nameLength));
    const data = bytes.subarray(at + 30 + nameLength, at + 30 + nameLength + size);
    expect(crc32(data), name).toBe(view.getUint32(at + 14, true));
    out.set(name, new TextDecoder().decode(data));
    at += 30 + nameLength + size;
  }
  return out;
}

describe('writeXlsx', () => {
  const bytes = writeXlsx(
    '完成进度:计划/实际 2026',
    ['单位', '计划（%）'],
    [
      ['成都市<交通>局', 42.5],
      ['=HYPERLINK("http://x")', null],
    ],
  );
  const files = entries(bytes);

  it('writes a workbook with one sheet, named without the characters Excel refuses', () => {
    expect([...files.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    expect(files.get('xl/workbook.xml')).toContain('<sheet name="完成进度 计划 实际 2026"');
  });

  it('keeps numbers as numbers and text as escaped inline text, never a formula', () => {
    const sheet = files.get('xl/worksheets/sheet1.xml')!;
    expect(sheet).toContain('<c r="B2"><v>42.5</v></c>');
    expect(sheet).toContain('成都市&lt;交通&gt;局');
    expect(sheet).toContain('=HYPERLINK(&quot;http://x&quot;)');
    expect(sheet).not.toContain('<f>');
    expect(sheet).not.toContain('r="B3"');
    expect(sheet).toContain('<c r="A1" t="inlineStr" s="1">');
  });
});
