import { randomUUID } from 'node:crypto';

export const MAX_DISPLAY_NAME_LENGTH = 120;
const EXTENSION = '.docx';
const FALLBACK_BASE = '文档';

/**
 * The user's file name reduced to a safe display name: the last path segment only (`../../etc/passwd.docx` →
 * `passwd.docx`, either separator), no control, bidi-override or zero-width characters, no characters that are
 * reserved in file names or awkward in headers (`<>:"|?*`), no leading dots, at most 120 characters (code points),
 * always ending in `.docx`. It is only ever shown and offered as the download name — storage uses `storedDocxName()`.
 */
export function safeDocxFileName(original: string): string {
  let name = typeof original === 'string' ? original.normalize('NFC') : '';
  name = name.split(/[\\/]/).pop() ?? '';
  // C0/C1 controls, DEL, zero-width and direction marks/overrides/isolates, BOM, line/paragraph separators.
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  name = name.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu, '');
  name = name.replace(/[<>:"|?*]/g, '_');
  name = name.replace(/\s+/gu, ' ').trim();
  let base = /\.docx$/i.test(name) ? name.slice(0, -EXTENSION.length) : name;
  base = trimEnd(base.replace(/^[.\s]+/u, ''));
  const chars = Array.from(base);
  if (chars.length > MAX_DISPLAY_NAME_LENGTH - EXTENSION.length) {
    base = trimEnd(chars.slice(0, MAX_DISPLAY_NAME_LENGTH - EXTENSION.length).join(''));
  }
  return `${base || FALLBACK_BASE}${EXTENSION}`;
}

function trimEnd(value: string): string {
  return value.replace(/[.\s]+$/u, '');
}

/** A generated storage name (random UUID + `.docx`); the user's name never reaches the file system. */
export function storedDocxName(): string {
  return `${randomUUID()}${EXTENSION}`;
}

/** A generated name: a .docx, or a PDF or image kept as evidence (stored-file-types.ts). */
export const STORED_NAME_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\.(docx|pdf|png|jpg)$/;
