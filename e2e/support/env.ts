/**
 * Where the end-to-end server listens and the instant it lives at. Shared by playwright.config.ts and the specs'
 * API helpers, so both talk to the same server.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

/**
 * The pinned "now" of a run: the server's clock starts here (CLOCK_START), the demo seed is written as of it, and every
 * page's clock follows the server's. Set E2E_NOW to run the suite at another date (tools/e2e-dates.sh runs several).
 */
export const E2E_NOW = process.env.E2E_NOW ?? '2026-09-15T10:00:00+08:00';
if (Number.isNaN(Date.parse(E2E_NOW)) || !/[+-]\d\d:\d\d$|Z$/.test(E2E_NOW)) {
  throw new Error(`E2E_NOW 应为带时区的 ISO 时间，例如 2026-09-15T10:00:00+08:00（现为 ${E2E_NOW}）`);
}
