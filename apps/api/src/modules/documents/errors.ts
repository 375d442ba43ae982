import { AppError } from '../../lib/errors.ts';

/** Why an uploaded Word document was refused; `details.reason` in the error body, for the browser and the tests. */
export type DocxRejectReason =
  | 'TOO_LARGE'
  | 'NOT_DOCX'
  | 'MACRO_ENABLED'
  | 'ENCRYPTED'
  | 'TOO_MANY_ENTRIES'
  | 'UNCOMPRESSED_TOO_LARGE'
  | 'ZIP_BOMB'
  | 'CORRUPT'
  | 'TIMEOUT'
  | 'OUT_OF_MEMORY'
  | 'CONVERSION_FAILED';

export const DOCX_REJECT_REASONS: readonly DocxRejectReason[] = [
  'TOO_LARGE',
  'NOT_DOCX',
  'MACRO_ENABLED',
  'ENCRYPTED',
  'TOO_MANY_ENTRIES',
  'UNCOMPRESSED_TOO_LARGE',
  'ZIP_BOMB',
  'CORRUPT',
  'TIMEOUT',
  'OUT_OF_MEMORY',
  'CONVERSION_FAILED',
];

/**
 * The uploaded file is not an acceptable .docx (DESIGN.md §5 Uploads). 400 VALIDATION_FAILED with the Chinese
 * message naming the problem and `details: { reason, issues: [{ path: 'file', message }] }`, the shape the web client
 * already shows for field errors.
 */
export class DocumentRejectedError extends AppError {
  constructor(
    readonly reason: DocxRejectReason,
    message: string,
    status = 400,
  ) {
    super(status === 413 ? 'PAYLOAD_TOO_LARGE' : 'VALIDATION_FAILED', message, {
      reason,
      issues: [{ path: 'file', message }],
    });
    this.name = 'DocumentRejectedError';
  }
}

/** The upload itself is over the size limit: 413 PAYLOAD_TOO_LARGE. */
export class DocumentTooLargeError extends DocumentRejectedError {
  constructor(message: string) {
    super('TOO_LARGE', message, 413);
    this.name = 'DocumentTooLargeError';
  }
}

/** The conversion worker ran out of time or memory: the document is refused, the worker was terminated. */
export class DocumentConversionLimitError extends DocumentRejectedError {
  constructor(reason: 'TIMEOUT' | 'OUT_OF_MEMORY', message: string) {
    super(reason, message);
    this.name = 'DocumentConversionLimitError';
  }
}

export function rejected(reason: DocxRejectReason, message: string): DocumentRejectedError {
  return new DocumentRejectedError(reason, message);
}

export function isDocxRejectReason(value: unknown): value is DocxRejectReason {
  return typeof value === 'string' && (DOCX_REJECT_REASONS as readonly string[]).includes(value);
}
