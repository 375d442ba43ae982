import type { Page } from '@playwright/test';
import { loginAs, shot } from './fixtures';
import { expect, test } from './support/test';

/** One demo account per role; the tour visits whatever that role's side menu offers. */
const ROLES: { role: string; username: string }[] = [
  { role: 'leader', username: 'leader' },
  { role: 'deputy', username: 'deputy' },
  { role: 'perf', username: 'perf' },
  { role: 'dept', username: 'safety' },
  { role: 'unit', username: 'unit.chengdu' },
  { role: 'staff', username: 'staff.chengdu' },
  { role: 'admin', username: 'admin' },
  { role: 'auditor', username: 'auditor' },
];

/** The desk and the phone the pages are shot at. */
const DESK = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const WIDTHS = [DESK, PHONE];

/** The home shows one of the role queues instead of a page title. */
const HOME_READY = '[data-testid="leader-home"], [data-testid="home-todos"], [data-testid="home-pending-reports"]';

test.use({ viewport: DESK });

/** The paths of the side menu's entries: antd keeps each item's key (its path) at the end of its `data-menu-id`. */
async function menuPaths(page: Page): Promise<string[]> {
  const items = page.getByTestId('side-menu').locator('li.ant-menu-item');
  await expect(items.first()).toBeVisible();
  return items.evaluateAll((lis) =>
    lis.map((li) => {
      const id = li.getAttribute('data-menu-id') ?? '';
      return id.slice(id.indexOf('-/') + 1);
    }),
  );
}

/** The page has drawn its title (or its queue, at home), shows no failed load and no spinner is left. */
async function expectRendered(page: Page, path: string) {
  const content = page.locator('.app-content');
  if (path === '/') await expect(content.locator(HOME_READY).first()).toBeVisible();
  else await expect(content.locator('h1').first()).not.toBeEmpty();
  await page.waitForLoadState('networkidle');
  await expect(content.locator('.ant-spin-spinning')).toHaveCount(0);
  await expect(content.getByTestId('error-state')).toHaveCount(0);
}

for (const { role, username } of ROLES) {
  test(`页面巡览：${username} 菜单中的每个页面在桌面与手机宽度下都能打开，控制台没有错误`, async ({ page }) => {
    test.setTimeout(240_000);
    const problems: string[] = [];
    let where = 'login';
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${where}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${where}: ${e.message}`));
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/api/auth/refresh')) problems.push(`${where}: ${r.status()} ${r.url()}`);
    });

    await loginAs(page, username);
    const paths = await menuPaths(page);
    expect(paths.length).toBeGreaterThan(1);
    for (const path of paths) {
      where = path;
      await page.setViewportSize(DESK);
      if (new URL(page.url()).pathname !== path) {
        // The page before is marked, so its title is not taken for the next page's while the next page is still loading.
        await page.locator('.app-content > *').evaluateAll((els) => els.forEach((el) => el.setAttribute('data-tour-left', '')));
        await page.getByTestId('side-menu').locator(`li.ant-menu-item[data-menu-id$="-${path}"]`).click();
        await expect(page).toHaveURL((url) => url.pathname === path);
        await expect(page.locator('.app-content [data-tour-left]')).toHaveCount(0);
        // The pointer rests where the menu was: off the page, so no hover tooltip opens in the phone layout.
        await page.mouse.move(0, 0);
      }
      const slug = path === '/' ? 'home' : path.slice(1).replaceAll('/', '-');
      for (const size of WIDTHS) {
        await page.setViewportSize(size);
        await expectRendered(page, path);
        await shot(page, `tour/${role}-${slug}-${size.width}`);
      }
    }
    expect(problems).toEqual([]);
  });
}
