import type { BrowserContext } from '@playwright/test';
import { expect, test } from './support/test';
import { loginAs } from './fixtures';

/**
 * Holds each refresh request until a second one arrives (or a moment has passed), then lets them go together: two tabs
 * loading at once then really do present the same refresh cookie at the same instant, whatever the machine's speed.
 */
async function releaseRefreshesTogether(context: BrowserContext) {
  let release: (() => void) | null = null;
  let arrived = 0;
  await context.route('**/api/auth/refresh', async (route) => {
    arrived += 1;
    if (arrived % 2 === 0 && release) {
      release();
    } else {
      await new Promise<void>((resolve) => {
        release = resolve;
        setTimeout(resolve, 1_500);
      });
      release = null;
    }
    await route.continue();
  });
}

test('两个标签页同时刷新页面：会话不被当作令牌盗用而终止，两页都保持登录', async ({ page, context }) => {
  await loginAs(page, 'perf');
  const second = await context.newPage();
  await second.goto('/');
  await expect(second.getByTestId('side-menu')).toBeVisible();

  // Every page load trades the shared refresh cookie for a new one; the server takes a cookie presented after it was
  // rotated as a stolen token and ends the session. The tabs take turns, so neither presents a rotated cookie.
  await releaseRefreshesTogether(context);
  for (let round = 0; round < 2; round++) {
    await Promise.all([page.reload(), second.reload()]);
    await expect(page.getByTestId('side-menu')).toBeVisible();
    await expect(second.getByTestId('side-menu')).toBeVisible();
  }

  // The session is still alive on the server: a tab opened now is signed in without a login.
  await context.unrouteAll();
  const third = await context.newPage();
  await third.goto('/');
  await expect(third.getByTestId('side-menu')).toBeVisible();
  await expect(third.getByTestId('login-form')).toHaveCount(0);
});
