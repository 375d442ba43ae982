import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { buildDocx, para } from '../apps/api/test/documents/fixtures/docx-fixtures';
import { loginAs, openTarget } from './fixtures';
import { expect, test } from './support/test';
import { createUnitWorld, declaredTarget, issuedOrder, publishedTarget, reportedPeriod, targetDocument, type UnitWorld } from './support/world';

type AxeViolation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** What a developer needs to act on a violation: the rule, where it is and what to do. */
function describe(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`);
      const more = v.nodes.length > 5 ? [`    …及另外 ${v.nodes.length - 5} 处`] : [];
      return [`[${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} 处)`, `  ${v.helpUrl}`, ...nodes, ...more].join('\n');
    })
    .join('\n');
}

/** The page has loaded: no spinner or skeleton is left, so axe sees the data a user sees. */
async function settled(page: Page) {
  await expect(page.locator('.ant-spin-spinning, .ant-skeleton-active')).toHaveCount(0, { timeout: 20_000 });
  // A dialog or dropdown still fading in is half transparent: axe would measure the contrast of a passing frame.
  await expect(page.locator('[class*="-appear-active"], [class*="-enter-active"]')).toHaveCount(0, { timeout: 10_000 });
}

/** Runs axe (WCAG 2 A and AA) on the page as it is and records the serious and critical violations (soft). */
async function checkPage(page: Page, name: string) {
  await settled(page);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa'])
    // antd tables with a horizontal scroll measure their columns in a hidden (aria-hidden, zero-height) row made of
    // copies of the column titles, so the select-all checkbox appears there a second time: antd's, not ours to change.
    .exclude('.ant-table-measure-row')
    .analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect
    .soft(
      serious.map((v) => v.id),
      `${name}：\n${describe(serious)}`,
    )
    .toEqual([]);
}

async function openMenu(page: Page, label: string, ready: string) {
  await page.getByTestId('side-menu').getByText(label, { exact: true }).click();
  await expect(page.getByTestId(ready)).toBeVisible();
}

/** The target's page → its first 工作文档's page. */
async function openDocumentOf(page: Page, title: string) {
  await openTarget(page, title);
  await settled(page);
  await page.getByTestId('target-documents').getByTestId('document-link').first().click();
  await expect(page.getByTestId('document-facts')).toBeVisible();
}

/** Opens a dialog with its button, waits for its content (a test id inside it), runs axe, then closes it unsaved. */
async function checkDialog(page: Page, open: string, content: string, name: string) {
  await page.getByTestId(open).click();
  await expect(page.getByTestId(content)).toBeVisible();
  await checkPage(page, name);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId(content)).toBeHidden();
}

/** A popup (dropdown, popover) opened by a click: axe runs with it open, Escape closes it. */
async function checkPopup(page: Page, open: string, content: string, name: string) {
  await page.getByTestId(open).click();
  await expect(page.getByTestId(content)).toBeVisible();
  await checkPage(page, name);
  await page.keyboard.press('Escape');
}

test.describe('无障碍：主要页面没有严重（serious / critical）的 axe 问题', () => {
  test.describe.configure({ timeout: 180_000 });

  // Pages with content on any date: a unit of its own with a target that has a report, a 工作文档 and a 督办, one
  // still waiting for this period's report, and one waiting for review.
  let world: UnitWorld;
  let reported: string;
  let awaiting: string;
  test.beforeAll(async () => {
    test.setTimeout(60_000);
    world = await createUnitWorld();
    reported = `E2E 无障碍检查目标 ${world.tag}`;
    awaiting = `E2E 等待本期报送的目标 ${world.tag}`;
    const target = await publishedTarget(world, { title: reported });
    await reportedPeriod(world, target, { actualPercent: 30 });
    await targetDocument(
      world,
      target,
      `年度工作方案-${world.tag}.docx`,
      buildDocx({ body: [para('年度工作方案', 'Heading1'), para('全年分三个阶段推进。')].join('\n') }),
    );
    await issuedOrder(target, `E2E 督办：请报送下阶段计划。${world.tag}`);
    await publishedTarget(world, { title: awaiting });
    await declaredTarget(world, { title: `E2E 待审核的目标 ${world.tag}` });
  });

  test('登录页', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByTestId('login-submit')).toBeVisible();
    await checkPage(page, '登录页');
  });

  test('领导：首页、目标、预警、督办、进展报告、文档、统计分析、决策分析、站内消息', async ({ page }) => {
    await loginAs(page, 'leader');
    await checkPage(page, '首页（leader）');
    await openMenu(page, '目标管理', 'target-table');
    await checkPage(page, '目标管理（leader）');
    await openTarget(page, reported);
    await checkPage(page, '目标详情（leader）');
    await openMenu(page, '预警中心', 'warning-table');
    await checkPage(page, '预警中心（leader）');
    await openMenu(page, '督办事项', 'order-table');
    await checkPage(page, '督办事项（leader）');
    await openMenu(page, '进展报告', 'report-table');
    await checkPage(page, '进展报告（leader）');
    await page.getByTestId('report-table').locator('tr.ant-table-row').first().click();
    await expect(page).toHaveURL(/\/reports\/[\w-]+$/);
    await checkPage(page, '进展报告详情（leader）');
    await openDocumentOf(page, reported);
    await checkPage(page, '文档（leader）');
    await page.getByTestId('side-menu').getByText('统计分析', { exact: true }).click();
    await expect(page.locator('.page-header')).toContainText('统计分析');
    await checkPage(page, '统计分析（leader）');
    await page.getByTestId('side-menu').getByText('决策分析', { exact: true }).click();
    await expect(page.getByTestId('heat-cell').first()).toBeVisible();
    await checkPage(page, '决策分析（leader）');
    await page.goto('/notifications');
    await expect(page.locator('.page-header')).toContainText('站内消息');
    await checkPage(page, '站内消息（leader）');
  });

  test('绩效办：首页、目标审核', async ({ page }) => {
    await loginAs(page, 'perf');
    await checkPage(page, '首页（perf）');
    await openMenu(page, '目标审核', 'review-table');
    await checkPage(page, '目标审核（perf）');
  });

  test('责任单位：首页、目标、目标详情、预警、督办、进展报告、新建目标的校验提示', async ({ page }) => {
    await loginAs(page, world.admin.username, world.admin.password);
    await checkPage(page, '首页（unit）');
    await openMenu(page, '目标管理', 'target-table');
    await checkPage(page, '目标管理（unit）');
    await openTarget(page, reported);
    await checkPage(page, '目标详情（unit）');
    await openMenu(page, '预警中心', 'warning-table');
    await checkPage(page, '预警中心（unit）');
    await openMenu(page, '督办事项', 'order-table');
    await checkPage(page, '督办事项（unit）');
    await openMenu(page, '进展报告', 'report-table');
    await checkPage(page, '进展报告（unit）');
    // A form showing its errors: the messages are text and must be readable too.
    await openMenu(page, '目标管理', 'target-table');
    await page.getByTestId('target-create').click();
    await page.getByTestId('target-form-submit').click();
    await expect(page.getByTestId('target-form').locator('.ant-form-item-explain-error').first()).toBeVisible();
    await checkPage(page, '新建目标：校验错误（unit）');
  });

  test('系统管理员：人员管理、单位管理、账户管理', async ({ page }) => {
    await loginAs(page, 'admin');
    await checkPage(page, '首页（admin）');
    await openMenu(page, '人员管理', 'person-table');
    await checkPage(page, '人员管理（admin）');
    await openMenu(page, '单位管理', 'unit-tree');
    await checkPage(page, '单位管理（admin）');
    await openMenu(page, '账户管理', 'account-table');
    await checkPage(page, '账户管理（admin）');
  });

  test('安全审计员：操作日志、登录日志', async ({ page }) => {
    await loginAs(page, 'auditor');
    await expect(page.getByTestId('home-auditor-accounts')).toBeVisible();
    await checkPage(page, '首页（auditor）');
    await openMenu(page, '操作日志', 'audit-events-table');
    await checkPage(page, '操作日志（auditor）');
    await openMenu(page, '登录日志', 'login-events-table');
    await checkPage(page, '登录日志（auditor）');
  });

  test('绩效办：专项工作、年度目标框架（含指标编辑）、考核类别、新建目标（填写一半）、退回对话框', async ({ page }) => {
    await loginAs(page, 'perf');
    await openMenu(page, '专项工作', 'special-table');
    await checkPage(page, '专项工作（perf）');
    await openMenu(page, '年度目标框架', 'indicator-tree');
    await expect(page.getByTestId('sum-1')).toBeVisible();
    await checkPage(page, '年度目标框架（perf）');
    await checkDialog(page, 'edit-1.2', 'indicator-form', '年度目标框架：编辑指标（perf）');
    await checkDialog(page, 'adjust-1', 'weights-modal', '年度目标框架：调整权重（perf）');
    await openMenu(page, '考核类别与考核对象', 'category-table');
    await checkPage(page, '考核类别与考核对象（perf）');

    await openMenu(page, '目标管理', 'target-table');
    await page.getByTestId('target-create').click();
    await expect(page.getByTestId('target-form')).toBeVisible();
    const unit = page.getByTestId('target-form-unit');
    await expect(async () => {
      await unit.click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click({ timeout: 2_000 });
      await expect(unit.locator('.ant-select-content-has-value')).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    const type = page.getByTestId('target-form-type');
    await expect(async () => {
      await type.click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click({ timeout: 2_000 });
      await expect(type.locator('.ant-select-content-has-value')).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await page.getByTestId('target-form-indicator').click();
    await page
      .locator('.ant-select-tree-title')
      .filter({ hasText: /^\d+\.\d+\.\d+ / })
      .first()
      .click();
    await page.getByTestId('target-form-title').fill('无障碍检查：只填了一半的目标');
    await page.getByTestId('target-form-content').fill('目标内容已填写，其余尚未填写。');
    await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
    await checkPage(page, '新建目标：填写一半（perf）');

    await openMenu(page, '目标审核', 'review-table');
    await page.getByTestId('review-search').locator('input').fill(`E2E 待审核的目标 ${world.tag}`);
    await page.getByTestId('review-search').locator('input').press('Enter');
    await expect(page.getByTestId('review-table').locator('tr.ant-table-row')).toHaveCount(1);
    await page.getByTestId('review-table').locator('tr.ant-table-row').first().locator('.ant-checkbox').click();
    await checkDialog(page, 'review-bulk-return', 'bulk-return-form', '目标审核：退回对话框（perf）');
  });

  test('系统管理员：公告管理、系统设置、账户安全、修改密码、新进与批量导入对话框', async ({ page }) => {
    await loginAs(page, 'admin');
    await openMenu(page, '公告管理', 'announcement-table');
    await checkPage(page, '公告管理（admin）');
    await openMenu(page, '系统设置', 'settings');
    await checkPage(page, '系统设置（admin）');
    await page.goto('/account/security');
    await expect(page.getByTestId('security-totp')).toBeVisible();
    await checkPage(page, '账户安全（admin）');
    await page.goto('/account/password');
    await expect(page.getByTestId('change-password-form')).toBeVisible();
    await checkPage(page, '修改密码（admin）');
    await openMenu(page, '人员管理', 'person-table');
    await checkDialog(page, 'person-onboard', 'onboard-form', '人员管理：新进对话框（admin）');
    await checkDialog(page, 'person-import', 'import-start', '人员管理：批量导入对话框（admin）');
  });

  test('领导：下达督办对话框、消息铃铛、用户菜单', async ({ page }) => {
    await loginAs(page, 'leader');
    await openTarget(page, reported);
    await expect(page.getByTestId('orders-section')).toBeVisible();
    await checkDialog(page, 'order-issue', 'order-issue-form', '目标详情：下达督办对话框（leader）');
    await checkPopup(page, 'notification-bell', 'notification-list', '消息铃铛（leader）');
    await checkPopup(page, 'user-menu', 'menu-account-security', '用户菜单（leader）');
  });

  test('责任单位：报送进展对话框', async ({ page }) => {
    await loginAs(page, world.admin.username, world.admin.password);
    await openTarget(page, awaiting);
    await checkDialog(page, 'report-submit-current', 'report-form', '目标详情：报送进展对话框（unit）');
  });

  test('工作人员：首页、目标详情', async ({ page }) => {
    await loginAs(page, world.staff.username, world.staff.password);
    await checkPage(page, '首页（staff）');
    await openTarget(page, reported);
    await checkPage(page, '目标详情（staff）');
  });
});
