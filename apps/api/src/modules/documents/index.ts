/** Word documents (工作文档): hardened .docx → sanitised HTML conversion (DESIGN.md §5, docs/decisions/0006). */
export { convertDocx, activeConversionWorkers, MAX_CONCURRENT_CONVERSIONS, type ConvertedDocx } from './convert-docx.ts';
export { convertDocxInProcess, type DocxConversion } from './convert.ts';
export { DocumentRejectedError, DocumentTooLargeError, DocumentConversionLimitError, type DocxRejectReason } from './errors.ts';
export { safeDocxFileName, storedDocxName, STORED_NAME_PATTERN, MAX_DISPLAY_NAME_LENGTH } from './file-name.ts';
export { DEFAULT_DOCX_LIMITS, resolveDocxLimits, type DocxLimits } from './limits.ts';
export { sanitizeDocumentHtml } from './sanitize.ts';
