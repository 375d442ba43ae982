import { DEMO_PASSWORD, shot } from './fixtures';
import { uniqueTag } from './support/api';
import { expect, test } from './support/test';

test('登录页可切换为英文：服务器的错误说英文，刷新与登录后仍保持所选语言', async ({ page }) => {
  await page.goto('/login');
  await page.getByTestId('login-language').getByTestId('language-switch').getByText('EN', { exact: true }).click();
  await expect(page.getByTestId('login-submit')).toHaveText('Sign in');

  // A wrong password (an unknown name, so no demo account is pushed toward its lock): the server's answer, in English.
  await page.getByTestId('login-username').fill(`nobody.${uniqueTag()}`);
  await page.getByTestId('login-password').fill('Wrong#pass1');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-error')).toContainText('4 more failed attempts lock the account');
  await expect(page.getByTestId('login-error')).not.toContainText('用户名');
  await shot(page, 'login-english-error');

  // The choice is kept: after a reload, and after signing in.
  await page.reload();
  await expect(page.getByTestId('login-submit')).toHaveText('Sign in');
  await page.getByTestId('login-username').fill('perf');
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('side-menu')).toContainText('Home');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');

  // A domain error names its entity in English too (common.notFound with { entity: 'target' }).
  await page.goto('/targets/00000000-0000-4000-8000-000000000000');
  await expect(page.locator('.ant-result-subtitle')).toContainText('The target does not exist');
  await expect(page.locator('.ant-result')).not.toContainText('目标不存在');
  await page.goto('/');

  // And back to Chinese from the header.
  await page.getByTestId('language-switch').getByText('中', { exact: true }).click();
  await expect(page.getByTestId('side-menu')).toContainText('首页');
  await page.reload();
  await expect(page.getByTestId('side-menu')).toContainText('首页');
});
