import { DEMO_PASSWORD, loginAs } from './fixtures';
import { strongPassword, uniqueTag } from './support/api';
import { expect, test } from './support/test';

test('管理员新建账户，新用户首次登录必须修改初始密码', async ({ page, request }) => {
  const username = `e2e.${uniqueTag()}`;
  const issued = strongPassword();
  const chosen = strongPassword();
  const login = await request.post('/api/auth/login', { data: { username: 'admin', password: DEMO_PASSWORD } });
  const headers = { authorization: `Bearer ${(await login.json()).accessToken}` };
  const units = await (await request.get('/api/units', { headers })).json();
  const find = (nodes: { name: string; id: string; children: unknown[] }[], name: string): string | undefined => {
    for (const n of nodes) {
      if (n.name === name) return n.id;
      const hit = find(n.children as typeof nodes, name);
      if (hit) return hit;
    }
  };
  const unitId = find(units, '德阳市交通运输局');
  const created = await request.post('/api/accounts', {
    headers,
    data: { username, displayName: '德阳联络员', password: issued, access: { roles: ['UNIT_ADMIN'], unitId } },
  });
  expect(created.status()).toBe(201);

  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(issued);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('forced-password-change')).toBeVisible();

  await page.getByTestId('current-password').fill(issued);
  await page.getByTestId('new-password').fill('short');
  await expect(page.getByTestId('password-policy')).toBeVisible();
  await page.getByTestId('new-password').fill(chosen);
  await page.getByTestId('confirm-password').fill(chosen);
  await page.getByTestId('change-password-submit').click();
  await expect(page.getByTestId('side-menu')).toBeVisible();
  await expect(page.getByTestId('current-user')).toContainText('德阳联络员');

  // The new password works from now on, the issued one does not.
  await page.getByTestId('user-menu').click();
  await page.getByTestId('logout').click();
  await loginAs(page, username, chosen);
});
