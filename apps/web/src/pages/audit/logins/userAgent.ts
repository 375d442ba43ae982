import { UAParser } from 'ua-parser-js';

/** `Chrome 156 · Windows 10` from a User-Agent header; null when neither browser nor system can be told. */
export function describeUserAgent(userAgent: string): string | null {
  const { browser, os } = new UAParser(userAgent).getResult();
  const browserText = [browser.name, browser.version?.split('.')[0]].filter(Boolean).join(' ');
  const osText = [os.name, os.version].filter(Boolean).join(' ');
  const parts = [browserText, osText].filter(Boolean);
  return parts.length ? parts.join(' · ') : null;
}
