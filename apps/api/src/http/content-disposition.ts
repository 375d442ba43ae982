/**
 * `Content-Disposition` for a download: an ASCII fallback name that never carries user input, and the real
 * (already sanitised or built by the server, never raw user input) name as RFC 5987/6266 `filename*` in UTF-8, percent-encoded so that no
 * quote, semicolon, CR/LF or non-ASCII byte reaches the header.
 */
export function contentDisposition(fileName: string, fallback = 'document.docx'): string {
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

/** RFC 5987 `value-chars`: encodeURIComponent, plus the characters it leaves alone that attr-char does not allow. */
export function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
