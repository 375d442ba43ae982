import { expect, test } from './support/test';
import { loginAs } from './fixtures';

test('责任单位账户只看到自己的菜单，进不了管理页面', async ({ page }) => {
  await loginAs(page, 'unit.chengdu');
  const menu = page.getByTestId('side-menu');
  await expect(menu).toContainText('首页');
  for (const item of ['单位管理', '人员管理', '账户管理', '公告管理', '系统设置', '操作日志', '登录日志', '考核类别']) {
    await expect(menu).not.toContainText(item);
  }
  await expect(page.getByTestId('current-user')).toContainText('成都市交通运输局');

  await page.goto('/admin/accounts');
  await expect(page.getByTestId('page-403')).toBeVisible();
});
