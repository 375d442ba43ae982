import { randomUUID } from 'node:crypto';
import { DOCX_CONTENT_TYPE, type EvidenceKind } from '@jx/contract';
import { safeDocxFileName } from './file-name.ts';

/**
 * The kinds of file the document store keeps. A Word document is converted and read as a page; a PDF or an image
 * (加减分 evidence) is kept as it came, for download only. The stored name's extension says which it is, so the
 * download sends the right content type; the store accepts no other names (STORED_NAME_PATTERN).
 */
interface StoredFileType {
  kind: EvidenceKind;
  /** The extension of the stored name and of the offered download name. */
  extension: 'docx' | 'pdf' | 'png' | 'jpg';
  /** The user's file names this type accepts. */
  accepts: readonly string[];
  contentType: string;
  /** Whether the bytes are what the name says (magic bytes). */
  matches: (bytes: Buffer) => boolean;
}

const startsWith = (bytes: Buffer, magic: readonly number[]) => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

export const STORED_FILE_TYPES: readonly StoredFileType[] = [
  { kind: 'DOCX', extension: 'docx', accepts: ['.docx'], contentType: DOCX_CONTENT_TYPE, matches: (b) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]) },
  // `%PDF-`
  { kind: 'PDF', extension: 'pdf', accepts: ['.pdf'], contentType: 'application/pdf', matches: (b) => startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d]) },
  {
    kind: 'IMAGE',
    extension: 'png',
    accepts: ['.png'],
    contentType: 'image/png',
    matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  { kind: 'IMAGE', extension: 'jpg', accepts: ['.jpg', '.jpeg'], contentType: 'image/jpeg', matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
];

/** The type a user's file name asks for (by its extension, any case), or undefined. */
export function fileTypeOfName(fileName: string): StoredFileType | undefined {
  const lower = fileName.toLowerCase();
  return STORED_FILE_TYPES.find((t) => t.accepts.some((ext) => lower.endsWith(ext)));
}

/** The type of a stored file, from its generated name (a name the store holds always has one). */
export function fileTypeOfStored(storedName: string): StoredFileType {
  return STORED_FILE_TYPES.find((t) => storedName.endsWith(`.${t.extension}`)) ?? STORED_FILE_TYPES[0]!;
}

/** A generated storage name for a file of this type (random UUID + its extension). */
export const storedNameOf = (type: StoredFileType) => `${randomUUID()}.${type.extension}`;

/**
 * The user's name made safe as safeDocxFileName does (last path segment, no control or reserved characters, at most
 * 120 characters), ending in the type's own extension.
 */
export function safeFileNameOf(original: string, type: StoredFileType): string {
  const base = String(original ?? '').replace(/\.[^.\\/]*$/u, '');
  return `${safeDocxFileName(base).slice(0, -'.docx'.length)}.${type.extension}`;
}
