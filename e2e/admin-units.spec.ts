import { loginAs } from './fixtures';
import { uniqueTag } from './support/api';
import { expect, test } from './support/test';

test('系统管理员新建单位后在单位树中看到它', async ({ page }) => {
  const tag = uniqueTag();
  const name = `端到端测试中心${tag}`;
  await loginAs(page, 'admin');
  await page.getByTestId('side-menu').getByText('单位管理').click();
  await expect(page.getByTestId('unit-tree')).toContainText('成都市交通运输局');

  await page.getByTestId('unit-create').click();
  const form = page.getByTestId('unit-form');
  await form.getByLabel('单位编码').fill(`E2E-${tag}`);
  await form.getByLabel('单位名称').fill(name);
  // antd opens its dropdown with an animation; retry the pick until the select shows the value.
  await expect(async () => {
    await form.getByLabel('单位类型').click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('厅直单位', { exact: true }).click({ timeout: 2_000 });
    await expect(form.getByTitle('厅直单位', { exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await form.getByLabel('上级单位').click();
  await page.locator('.ant-select-dropdown').getByText('四川省交通运输厅', { exact: true }).first().click();
  await page.getByRole('button', { name: /保\s*存/ }).click();

  await expect(page.getByText('单位已创建')).toBeVisible();
  await expect(page.getByTestId('unit-tree')).toContainText(name);

  // The server has it too: a reload shows the same tree.
  await page.reload();
  await expect(page.getByTestId('unit-tree')).toContainText(name);
});

test('编辑另一个单位时表单显示的是那个单位的数据', async ({ page }) => {
  await loginAs(page, 'admin');
  await page.goto('/admin/units');
  const editOf = (name: string) => page.getByRole('row', { name: new RegExp(`^\\s*${name}`) }).getByRole('button', { name: /编\s*辑/ });
  await editOf('财务处').click();
  const form = page.getByTestId('unit-form');
  await expect(form.getByLabel('单位名称')).toHaveValue('财务处');
  await page.getByRole('button', { name: /取\s*消/ }).click();
  await expect(page.getByTestId('unit-form')).toBeHidden();
  await editOf('人事处').click();
  await expect(page.getByTestId('unit-form').getByLabel('单位名称')).toHaveValue('人事处');
});
