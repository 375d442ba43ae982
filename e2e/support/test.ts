import { test as base } from '@playwright/test';
import { serverNow } from './api';

export { expect } from '@playwright/test';

/**
 * Every spec's `test`: before the test, the browser's clock is set to the server's "now" and runs on from there (the
 * server lives at the pinned E2E_NOW), so 本期, due days and date pickers agree with the server on any calendar day.
 * `now` is that instant, for a spec that computes dates.
 */
export const test = base.extend<{ now: Date }>({
  now: [
    async ({ context }, use) => {
      const now = await serverNow();
      await context.clock.install({ time: now });
      await use(now);
    },
    { auto: true },
  ],
});
