import { AppError, issue, type ErrorText } from '../../lib/errors.ts';

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
 * message naming the problem, its catalogue key and parameters, and `details: { reason, issues: [{ path: 'file',
 * message, key, params }] }`, the shape the web client already shows for field errors.
 */
export class DocumentRejectedError extends AppError {
  constructor(
    readonly reason: DocxRejectReason,
    text: ErrorText,
    status = 400,
  ) {
    super(status === 413 ? 'PAYLOAD_TOO_LARGE' : 'VALIDATION_FAILED', text, {
      reason,
      issues: [issue('file', text)],
    });
    this.name = 'DocumentRejectedError';
  }
}

/** The upload itself is over the size limit: 413 PAYLOAD_TOO_LARGE. */
export class DocumentTooLargeError extends DocumentRejectedError {
  constructor(text: ErrorText) {
    super('TOO_LARGE', text, 413);
    this.name = 'DocumentTooLargeError';
  }
}

/** The conversion worker ran out of time or memory: the document is refused, the worker was terminated. */
export class DocumentConversionLimitError extends DocumentRejectedError {
  constructor(reason: 'TIMEOUT' | 'OUT_OF_MEMORY', text: ErrorText) {
    super(reason, text);
    this.name = 'DocumentConversionLimitError';
  }
}

export function rejected(reason: DocxRejectReason, text: ErrorText): DocumentRejectedError {
  return new DocumentRejectedError(reason, text);
}

export function isDocxRejectReason(value: unknown): value is DocxRejectReason {
  return typeof value === 'string' && (DOCX_REJECT_REASONS as readonly string[]).includes(value);
}
