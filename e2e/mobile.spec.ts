import type { Locator, Page } from '@playwright/test';
import { buildDocx, GOOD_TABLE, para } from '../apps/api/test/documents/fixtures/docx-fixtures';
import { DEMO_PASSWORD, shot } from './fixtures';
import { expect, test } from './support/test';
import { createUnitWorld, issuedOrder, publishedTarget, reportedPeriod, targetDocument } from './support/world';

// A phone held upright.
test.use({ viewport: { width: 390, height: 844 } });

/** `loginAs` waits for the side menu, which a phone keeps in a drawer: wait for the header instead. */
async function loginOnPhone(page: Page, username: string) {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('app-title')).toHaveText('目标绩效');
}

/** Opens the menu drawer, picks an entry; the drawer closes on the choice. */
async function goByMenu(page: Page, entry: string) {
  const menu = page.getByTestId('side-menu');
  await page.getByTestId('menu-drawer-open').click();
  await expect(menu).toBeVisible();
  await menu.getByText(entry, { exact: true }).click();
  await expect(menu).toBeHidden();
}

/** The card holding `inner` (or `inner` itself, a card) takes nearly the whole width of the phone. */
async function expectFullWidthCard(inner: Locator) {
  const width = await inner.first().evaluate((el) => el.closest('.ant-card')?.getBoundingClientRect().width ?? 0);
  expect(width).toBeGreaterThanOrEqual(350);
}

/** A wide table scrolls sideways inside its card instead of squeezing its columns. */
async function expectScrollsSideways(table: Locator) {
  const scroller = table.locator('.ant-table-content').first();
  expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth + 50)).toBe(true);
}

test('手机上菜单收进抽屉，预警中心、目标管理与目标详情占满屏宽', async ({ page }) => {
  // A target of its own with a report, a 工作文档 (with a wide table) and a 督办, whatever the date.
  const world = await createUnitWorld();
  const title = `E2E 落实“放管服”改革事项 ${world.tag}`;
  const target = await publishedTarget(world, { title });
  await reportedPeriod(world, target, { actualPercent: 50 });
  await targetDocument(
    world,
    target,
    `改革事项清单-${world.tag}.docx`,
    buildDocx({ body: [para('改革事项清单', 'Heading1'), para('共 8 项，逐项明确责任处室和完成时限。'), GOOD_TABLE].join('\n') }),
  );
  await issuedOrder(target, `E2E 督办：请报送改革事项完成情况。${world.tag}`);

  await loginOnPhone(page, 'leader');
  const menu = page.getByTestId('side-menu');
  await expect(menu).toBeHidden();
  await expect(page.getByTestId('notification-bell')).toBeVisible();

  // 首页: the leader's figures two tiles a row.
  const todos = page.getByTestId('leader-kpis');
  await expect(todos.locator('.todo-tile').first()).toBeVisible();
  await expectFullWidthCard(todos);
  const [first, second] = await Promise.all([0, 1].map((i) => todos.locator('.todo-tile').nth(i).boundingBox()));
  expect(first?.y).toBe(second?.y);
  await shot(page, 'mobile-home');

  // The drawer closes without a choice too (its mask).
  await page.getByTestId('menu-drawer-open').click();
  await expect(menu).toBeVisible();
  // Fully slid in (the shot would catch it half way).
  await expect.poll(async () => (await menu.boundingBox())?.x).toBe(0);
  await shot(page, 'mobile-menu-drawer');
  await page.locator('.ant-drawer-mask').click({ position: { x: 370, y: 400 } });
  await expect(menu).toBeHidden();

  // The user menu holds the name, the roles and the language choice.
  await page.getByTestId('user-menu').click();
  await expect(page.getByTestId('current-user')).toHaveText('熊川东（厅长）');
  const userMenu = page.locator('.ant-dropdown:visible');
  await expect(userMenu).toContainText('English');
  await expect(userMenu).toHaveCSS('opacity', '1');
  await shot(page, 'mobile-user-menu');
  await page.keyboard.press('Escape');

  await goByMenu(page, '预警中心');
  await expect(page).toHaveURL(/\/warnings$/);
  const warnings = page.getByTestId('warning-table');
  await expect(warnings.locator('tr.ant-table-row').first()).toBeVisible();
  await expectFullWidthCard(warnings);
  await expectScrollsSideways(warnings);
  await shot(page, 'mobile-warnings');

  await goByMenu(page, '目标管理');
  const targets = page.getByTestId('target-table');
  await page.getByTestId('target-search').locator('input').fill(title);
  await page.getByTestId('target-search').locator('input').press('Enter');
  const row = targets.locator('tr.ant-table-row', { hasText: world.unit.name });
  await expect(row).toHaveCount(1);
  await expectFullWidthCard(targets);
  await expectScrollsSideways(targets);
  await shot(page, 'mobile-targets');

  await row.getByRole('link', { name: title }).click();
  const detail = page.getByTestId('target-detail');
  await expect(detail).toBeVisible();
  await expectFullWidthCard(detail);
  // One column: each label on a row of its own.
  const unitLabel = await detail.getByText('责任单位', { exact: true }).boundingBox();
  const typeLabel = await detail.getByText('目标类型', { exact: true }).boundingBox();
  expect(unitLabel?.x).toBe(typeLabel?.x);
  await expect(page.getByTestId('milestone-chart')).toBeVisible();
  const chart = await page.getByTestId('milestone-chart').boundingBox();
  expect((chart?.x ?? 0) + (chart?.width ?? 999)).toBeLessThanOrEqual(390);
  await expectScrollsSideways(page.getByTestId('report-periods'));
  await shot(page, 'mobile-target-detail');

  // 文档: the body fits the phone, its tables scroll in their own box.
  await page.getByTestId('document-link').first().click();
  const body = page.getByTestId('document-body');
  await expect(body).toBeVisible();
  const bodyBox = await body.boundingBox();
  expect(bodyBox?.width ?? 0).toBeGreaterThanOrEqual(350);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await shot(page, 'mobile-document');

  for (const [entry, testId, name] of [
    ['督办事项', 'order-table', 'mobile-supervision'],
    ['统计分析', 'statistics-table', 'mobile-statistics'],
  ] as const) {
    await goByMenu(page, entry);
    await expect(page.getByTestId(testId).locator('tr.ant-table-row').first()).toBeVisible();
    await expectFullWidthCard(page.getByTestId(testId));
    await shot(page, name);
  }

  await page.getByTestId('notification-bell').click();
  await page.getByTestId('notification-view-all').click();
  await expect(page.getByTestId('notifications-table')).toBeVisible();
  await expectFullWidthCard(page.getByTestId('notifications-table'));
  await shot(page, 'mobile-notifications');
});
