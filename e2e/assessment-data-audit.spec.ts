import { loginAs, pick, shot } from './fixtures';
import { expect, test } from './support/test';

/**
 * 考核数据审计 as the office: the 半年 (closed on the pinned date) lists the assessing departments; 安全监督处 opens in
 * a drawer on its 考核记录, one archived record is returned (退档) with a reason, and the department's counts follow:
 * one archived fewer, one returned more, and the return is in 操作明细.
 */
test('目标绩效办打开考核数据审计 → 选择半年 → 查看安全监督处 → 退档一条已归档记录，计数随之变化', async ({ page }) => {
  test.setTimeout(120_000);
  await loginAs(page, 'perf');
  const menu = page.getByTestId('side-menu');
  await menu.getByText('考核数据审计', { exact: true }).click();
  await expect(page).toHaveURL(/\/assessment\/data-audit$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('考核数据审计');

  const periodSelect = page.getByTestId('data-audit-period-select');
  await pick(
    page,
    () => periodSelect.click(),
    '半年考核',
    () => expect(periodSelect).toContainText('半年考核', { timeout: 1_000 }),
  );
  const table = page.getByTestId('data-audit-table');
  const row = table.locator('tr.ant-table-row', { hasText: '安全监督处' });
  await expect(row).toBeVisible();
  await expect(page.getByTestId('data-audit-window')).toContainText('登录统计区间');
  const archivedTag = row.getByTestId('data-audit-count-archived');
  const archived = Number(await archivedTag.getAttribute('data-count'));
  expect(archived).toBeGreaterThan(0);
  // A tag shows only a state the department has records in.
  const returnedTag = row.getByTestId('data-audit-count-returned');
  const returnedBefore = (await returnedTag.count()) ? Number(await returnedTag.getAttribute('data-count')) : 0;
  await shot(page, 'data-audit-page');

  // The drawer opens on 考核记录.
  await row.getByTestId('data-audit-department').click();
  const drawer = page.locator('.ant-drawer-open', { hasText: '安全监督处 · 半年考核' });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByRole('tab', { name: /考核记录/ })).toHaveAttribute('aria-selected', 'true');
  const records = drawer.getByTestId('data-audit-records-table').locator('tr.ant-table-row');
  const target = records.filter({ has: page.locator('[data-status="ARCHIVED"]') }).first();
  await expect(target).toBeVisible();
  const title = (await target.locator('td').nth(1).innerText()).trim();

  // 退档 asks why; an empty reason is refused with a message.
  await target.getByTestId('data-audit-return').click();
  const form = page.getByTestId('data-audit-record-form');
  await expect(page.locator('.ant-modal', { has: form })).toContainText(`退档考核记录：${title}`);
  await page.getByTestId('data-audit-record-form-ok').click();
  await expect(page.locator('.ant-modal', { has: form }).locator('.ant-form-item-explain-error')).toBeVisible();
  await page.getByTestId('data-audit-record-reason').fill('得分依据不足，请补充佐证材料后重新评分');
  await shot(page, 'data-audit-return');
  await page.getByTestId('data-audit-record-form-ok').click();
  await expect(page.locator('.ant-message')).toContainText('已退档');
  await expect(page.locator('.ant-modal', { has: form })).toHaveCount(0);

  const returned = records.filter({ hasText: title }).first();
  await expect(returned.getByTestId('data-audit-record-status')).toHaveText('已退档');
  // Returned after the close: late, and voiding is now offered.
  await expect(returned.getByTestId('data-audit-record-late')).toBeVisible();
  await expect(returned.getByTestId('data-audit-void')).toBeVisible();
  await shot(page, 'data-audit-drawer');

  await drawer.getByRole('tab', { name: /操作明细/ }).click();
  const firstEvent = drawer.getByTestId('data-audit-events').locator('tr.ant-table-row').first();
  await expect(firstEvent).toContainText('退档');
  await expect(firstEvent).toContainText('得分依据不足');
  await expect(firstEvent).toContainText(title);
  await shot(page, 'data-audit-events');

  await drawer.getByRole('tab', { name: /登录记录/ }).click();
  await expect(drawer.getByTestId('data-audit-logins')).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(archivedTag).toHaveAttribute('data-count', String(archived - 1));
  await expect(returnedTag).toHaveAttribute('data-count', String(returnedBefore + 1));
  await shot(page, 'data-audit-after');
});
