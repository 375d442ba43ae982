import { createRequire } from 'node:module';
import type * as MammothModule from '../apps/api/node_modules/mammoth';
import { loginAs, shot } from './fixtures';
import { expect, test } from './support/test';
import { createUnitWorld, declaredTarget, publishedTarget } from './support/world';

// mammoth is a dependency of the API only; the spec borrows it to read the downloaded letter.
const mammoth = createRequire(import.meta.url)('../apps/api/node_modules/mammoth') as typeof MammothModule;

test('责任单位在目标管理下载本单位目标责任书，文件里有本单位已发布的目标', async ({ page }) => {
  // A unit of its own: one published target (in the letter) and one still in review (not in it).
  const world = await createUnitWorld();
  const title = `E2E 责任书中的目标 ${world.tag}`;
  await publishedTarget(world, { title });
  const pending = `E2E 尚在审核的目标 ${world.tag}`;
  await declaredTarget(world, { title: pending });

  await loginAs(page, world.admin.username, world.admin.password);
  await page.getByTestId('side-menu').getByText('目标管理').click();
  await expect(page.getByTestId('target-table').locator('tr.ant-table-row')).toHaveCount(2);

  // A unit user's letter is always its own unit's: the button needs no filter.
  const button = page.getByTestId('target-responsibility-letter');
  await expect(button).toBeEnabled();
  await expect(button).toHaveText('下载目标责任书');
  await shot(page, 'targets-responsibility-letter');
  const download = page.waitForEvent('download');
  await button.click();
  const file = await download;
  expect(file.suggestedFilename()).toContain('目标责任书');
  expect(file.suggestedFilename()).toMatch(/\.docx$/);

  const { value: text } = await mammoth.extractRawText({ path: await file.path() });
  expect(text).toContain(world.unit.name);
  expect(text).toContain('目标责任书');
  expect(text).toContain(title);
  expect(text).not.toContain(pending);
  expect(text).toContain('省交通运输厅（盖章）');
});

test('绩效办未选择责任单位时，下载目标责任书按钮不可用', async ({ page }) => {
  await loginAs(page, 'perf');
  await page.getByTestId('side-menu').getByText('目标管理').click();
  await expect(page.getByTestId('target-table')).toBeVisible();
  await expect(page.getByTestId('target-responsibility-letter')).toBeDisabled();
});
