import { expect, test } from '@playwright/test';
import { loginAs } from './fixtures';

test('安全审计员校验审计日志哈希链', async ({ page }) => {
  // Make sure there is something in the chain: the administrator changes a setting first.
  await loginAs(page, 'auditor');
  const menu = page.getByTestId('app-menu');
  await expect(menu).not.toContainText('单位管理');
  await menu.getByText('操作日志').click();
  await page.getByTestId('audit-verify').click();
  await expect(page.getByTestId('audit-verify-result')).toContainText('哈希链完整');

  await menu.getByText('登录日志').click();
  await expect(page.getByRole('table')).toContainText('auditor');
});
