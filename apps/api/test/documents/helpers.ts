import { expect } from 'vitest';
import { DocumentRejectedError, type DocxRejectReason } from '../../src/modules/documents/index.ts';

/** Awaits a promise that must fail with DocumentRejectedError for `reason`, and returns the error. */
export async function expectRejected(promise: Promise<unknown>, reason: DocxRejectReason): Promise<DocumentRejectedError> {
  let caught: unknown;
  try {
    await promise;
  } catch (err) {
    caught = err;
  }
  expect(caught, `expected rejection ${reason}`).toBeInstanceOf(DocumentRejectedError);
  const err = caught as DocumentRejectedError;
  expect(err.reason).toBe(reason);
  expect(err.message).toMatch(/[\u4e00-\u9fff]/); // a Chinese message naming the problem
  return err;
}

/** Nothing executable or external survives in converted HTML. */
export function expectSafeHtml(html: string) {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<(iframe|object|embed|form|style|svg|math|link|meta|base)\b/i);
  expect(html).not.toMatch(/javascript:/i);
  expect(html).not.toMatch(/vbscript:/i);
  // Text is escaped (&lt;), so every raw `<` opens a real tag: check the attributes of each.
  for (const [tag] of html.matchAll(/<[^>]*>/g)) {
    expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
    expect(tag).not.toMatch(/\s(style|class|id|srcset|formaction|xlink:href)\s*=/i);
    expect(tag).toMatch(/^<\/?(p|h[1-6]|strong|em|u|s|sub|sup|ul|ol|li|table|thead|tbody|tr|th|td|br|a|img)[\s/>]/);
  }
  for (const [, src] of html.matchAll(/\ssrc\s*=\s*"([^"]*)"/gi)) {
    expect(src).toMatch(/^data:image\/(png|jpeg|gif);base64,/);
  }
  for (const [, href] of html.matchAll(/\shref\s*=\s*"([^"]*)"/gi)) {
    expect(href).toMatch(/^(https?:\/\/|mailto:)/);
  }
}
