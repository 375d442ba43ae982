import { loginAs } from './fixtures';
import { expect, test } from './support/test';
import { createUnitWorld, periodAt, periodLabel, publishedTarget } from './support/world';

test('单位首页“本期待报送”：列出本期未报的目标，一键报送后即从清单消失', async ({ page, now }) => {
  const world = await createUnitWorld();
  const title = `E2E 本期待报送的目标 ${world.tag}`;
  const target = await publishedTarget(world, { title });
  const current = periodLabel(periodAt(now, target.reportingRhythm));

  await loginAs(page, world.admin.username, world.admin.password);
  const card = page.getByTestId('home-pending-reports');
  const row = card.locator('tr.ant-table-row').filter({ hasText: title });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(current);
  await expect(row.getByTestId('pending-status')).toHaveText('待报送');
  // Due by the 5th (the demo's 报送日) of the month after the period: the last day shown, not the midnight after it.
  await expect(row.locator('td').nth(2)).toHaveText(/^\d{4}-\d{2}-05$/);
  await page.screenshot({ path: '/tmp/shots/home-unit-pending.png', fullPage: true });

  await row.getByTestId('pending-report').click();
  const form = page.getByTestId('report-form');
  await expect(form).toBeVisible();
  await expect(form).toContainText(title);
  await page.getByTestId('report-percent').fill('30');
  await page.getByTestId('report-narrative').fill(`E2E：从首页报送本期进展。${world.tag}`);
  await page.getByTestId('report-form-ok').click();
  await expect(page.locator('.ant-message')).toContainText('进展报告已报送');
  await expect(form).toBeHidden();
  await expect(row).toHaveCount(0);
  await expect(card).toContainText('没有待报送的进展报告');
});
