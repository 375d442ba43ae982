import { describe, expect, it } from 'vitest';
import { MAX_DISPLAY_NAME_LENGTH, safeDocxFileName, STORED_NAME_PATTERN, storedDocxName } from '../../src/modules/documents/index.ts';

describe('safeDocxFileName', () => {
  it.each([
    ['../../etc/passwd.docx', 'passwd.docx'],
    ['..\\..\\Windows\\system32\\evil.docx', 'evil.docx'],
    ['/var/www/报告.docx', '报告.docx'],
    ['C:\\Users\\张三\\Desktop\\2025年一季度进展.docx', '2025年一季度进展.docx'],
    ['2025年第一季度工作总结.docx', '2025年第一季度工作总结.docx'],
    ['Report.DOCX', 'Report.docx'],
    ['报告', '报告.docx'],
    ['report.doc', 'report.doc.docx'],
    ['invoice.exe', 'invoice.exe.docx'],
    ['a\u0000b\u0007c\r\n.docx', 'abc.docx'],
    ['gpj.\u202excod.docx', 'gpj.xcod.docx'],
    ['zero\u200bwidth\ufeff.docx', 'zerowidth.docx'],
    ['a<b>c:"d"|e?f*.docx', 'a_b_c__d__e_f_.docx'],
    ['.hidden.docx', 'hidden.docx'],
    ['..', '文档.docx'],
    ['', '文档.docx'],
    ['.docx', '文档.docx'],
    ['   ', '文档.docx'],
    ['name. . .docx', 'name.docx'],
    ['  多个   空格  .docx', '多个 空格.docx'],
  ])('%j → %j', (input, expected) => {
    expect(safeDocxFileName(input)).toBe(expected);
  });

  it('is at most 120 characters (code points), still ends in .docx, and never splits a character', () => {
    const long = safeDocxFileName(`${'交通运输'.repeat(100)}.docx`);
    expect(Array.from(long)).toHaveLength(MAX_DISPLAY_NAME_LENGTH);
    expect(long.endsWith('.docx')).toBe(true);
    const emoji = safeDocxFileName(`${'🚌'.repeat(200)}.docx`);
    expect(Array.from(emoji).length).toBeLessThanOrEqual(MAX_DISPLAY_NAME_LENGTH);
    expect(emoji).toBe(`${'🚌'.repeat(MAX_DISPLAY_NAME_LENGTH - 5)}.docx`);
  });

  it('contains no separator, control character or leading dot for hostile input', () => {
    const nasty = ['../../../../', '\\\\server\\share\\x.docx', '\u0000\u0001../.docx', 'a/b\\c/../d.docx', '....//....//x'];
    for (const input of nasty) {
      const out = safeDocxFileName(input);
      // eslint-disable-next-line no-control-regex -- asserting control characters are gone
      expect(out).not.toMatch(/[\\/\u0000-\u001f]/);
      expect(out.startsWith('.')).toBe(false);
      expect(out).toMatch(/\.docx$/);
    }
  });

  it('tolerates a non-string at runtime', () => {
    expect(safeDocxFileName(undefined as unknown as string)).toBe('文档.docx');
  });
});

describe('storedDocxName', () => {
  it('is a fresh random uuid + .docx, never derived from the user name', () => {
    const a = storedDocxName();
    const b = storedDocxName();
    expect(a).toMatch(STORED_NAME_PATTERN);
    expect(b).toMatch(STORED_NAME_PATTERN);
    expect(a).not.toBe(b);
  });
});
