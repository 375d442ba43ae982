import { MAX_DOCUMENT_BYTES } from '@jx/contract';
import type { TFunction } from '../../locales';

/** `1.2 MB`, `35 KB`, `812 B`. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} B`;
}

/**
 * The browser's first check of a chosen file (the server checks the content again): a .docx name, not empty,
 * at most 20 MB. Returns the message to show, or null when the file may be uploaded.
 */
export function docxFileProblem(file: { name: string; size: number }, t: TFunction): string | null {
  if (!/\.docx$/i.test(file.name)) return t('documents.upload.notDocx');
  if (file.size === 0) return t('documents.upload.empty');
  if (file.size > MAX_DOCUMENT_BYTES) return t('documents.upload.tooLarge', { size: formatBytes(file.size) });
  return null;
}

/** The accept attribute of a .docx file picker. */
export const DOCX_ACCEPT = '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
