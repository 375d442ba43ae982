import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Demo#2026';

/** Logs in through the login form and waits for the application layout. */
export async function loginAs(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('side-menu')).toBeVisible();
}
