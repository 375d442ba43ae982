/** Limits for one Word upload (DESIGN.md §5). Every field can be overridden per call, mainly by tests. */
export interface DocxLimits {
  /** Size of the uploaded file. */
  maxUploadBytes: number;
  /** Sum of the uncompressed sizes of all zip entries, declared and actually inflated. */
  maxTotalUncompressedBytes: number;
  /** Zip entries, directories included. */
  maxEntries: number;
  /** Uncompressed : compressed of one entry (Apache POI's ZipSecureFile uses 100, i.e. a minimum ratio of 0.01). */
  maxEntryCompressionRatio: number;
  /** Entries whose declared uncompressed size is at most this are not ratio-checked (tiny repetitive XML parts). */
  compressionRatioGraceBytes: number;
  /** One image inlined as a data: URI; larger images are dropped with a warning. */
  maxImageBytes: number;
  /** All inlined images of one document together. */
  maxTotalImageBytes: number;
  /** Wall-clock time of the conversion worker, start-up included; then it is terminated. */
  timeoutMs: number;
  /** V8 old generation of the conversion worker. */
  maxOldGenerationSizeMb: number;
  /** V8 young generation of the conversion worker. */
  maxYoungGenerationSizeMb: number;
}

const MB = 1024 * 1024;

export const DEFAULT_DOCX_LIMITS: Readonly<DocxLimits> = Object.freeze({
  maxUploadBytes: 20 * MB,
  maxTotalUncompressedBytes: 100 * MB,
  maxEntries: 2000,
  maxEntryCompressionRatio: 100,
  compressionRatioGraceBytes: 1 * MB,
  maxImageBytes: 5 * MB,
  maxTotalImageBytes: 30 * MB,
  timeoutMs: 20_000,
  maxOldGenerationSizeMb: 256,
  maxYoungGenerationSizeMb: 32,
});

export function resolveDocxLimits(overrides?: Partial<DocxLimits>): DocxLimits {
  const limits: DocxLimits = { ...DEFAULT_DOCX_LIMITS };
  for (const [key, value] of Object.entries(overrides ?? {}) as [keyof DocxLimits, unknown][]) {
    if (value === undefined) continue;
    if (!(key in DEFAULT_DOCX_LIMITS)) throw new TypeError(`unknown docx limit: ${String(key)}`);
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new TypeError(`docx limit ${key} must be a positive number`);
    }
    limits[key] = value;
  }
  return limits;
}

export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${Math.round((bytes / MB) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} 字节`;
}
