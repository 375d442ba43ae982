import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '@jx/contract';

/** What an uploaded workbook may be (docs/decisions/0010-excel.md). Tests override single fields. */
export interface XlsxReadLimits {
  /** Size of the uploaded file. */
  maxBytes: number;
  /** Data rows (the header row aside) of the sheet that is read. */
  maxRows: number;
  /** Zip entries of the package, directories included. */
  maxEntries: number;
  /** Sum of the declared uncompressed sizes of all entries (a zip bomb is refused before anything is inflated). */
  maxUncompressedBytes: number;
}

const MB = 1024 * 1024;

export const DEFAULT_XLSX_LIMITS: Readonly<XlsxReadLimits> = Object.freeze({
  maxBytes: MAX_IMPORT_BYTES,
  maxRows: MAX_IMPORT_ROWS,
  maxEntries: 500,
  maxUncompressedBytes: 50 * MB,
});

export function formatMb(bytes: number): string {
  return `${Math.round((bytes / MB) * 10) / 10} MB`;
}
