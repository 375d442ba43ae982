import { loginAs, openTarget } from './fixtures';
import { expect, test } from './support/test';
import { createUnitWorld, issuedOrder, publishedTarget } from './support/world';

test('批示跟踪：领导在“我下达的”督办中找到待回复的一条，催办并附说明，次数与记录随督办显示', async ({ page }) => {
  const world = await createUnitWorld();
  const title = `E2E 催办的目标 ${world.tag}`;
  const target = await publishedTarget(world, { title });
  const instruction = `E2E 督办：请说明滞后原因。${world.tag}`;
  await issuedOrder(target, instruction);

  await loginAs(page, 'leader');
  await page.goto('/supervision?mine=true');
  await expect(page.getByTestId('order-filter-mine')).toBeChecked();
  await expect(page.getByTestId('order-table')).toContainText(title);

  await openTarget(page, title);
  const order = page.getByTestId('target-order').filter({ hasText: instruction });
  await order.getByTestId('order-urge').click();
  const form = page.getByTestId('order-urge-form');
  await expect(form).toContainText('此前已催办 0 次');
  await page.getByTestId('order-urge-form-text').fill('请于本周五前书面回复落实情况');
  await page.getByTestId('order-urge-form-ok').click();
  await expect(page.locator('.ant-message')).toContainText('已催办');
  await expect(order.getByTestId('order-urged')).toHaveText('已催办 1 次');
  await expect(order.getByTestId('order-urges')).toContainText('请于本周五前书面回复落实情况');
  await page.getByTestId('orders-section').screenshot({ path: '/tmp/shots/order-urged.png' });
});
