import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect } from './support/test';
import { DEMO_PASSWORD, serverNow } from './support/api';
import { beijingDate } from './support/world';

export { DEMO_PASSWORD };

/** Logs in through the login form and waits for the application layout. */
export async function loginAs(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('side-menu')).toBeVisible();
}

/** Another user in the same tab, as after signing out: the refresh cookie and the session marker go, then the login form. */
export async function switchUser(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.context().clearCookies();
  await page.evaluate(() => localStorage.removeItem('jx.session'));
  await loginAs(page, username, password);
}

/** A list's 单位 filter (a searchable tree select): types part of the name and takes the unit. */
export async function pickUnit(page: Page, filterTestId: string, unitName: string) {
  const filter = page.getByTestId(filterTestId);
  await expect(async () => {
    await filter.click();
    // A retry starts from an empty search box: select what an earlier attempt typed, then type over it.
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(unitName);
    await page.locator('.ant-select-tree-title:visible').getByText(unitName, { exact: true }).click({ timeout: 2_000 });
    await expect(filter).toContainText(unitName, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

const SHOTS = '/tmp/shots';

/** A full-page screenshot to look at after the run. */
export async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** antd opens its dropdowns with an animation: retry the pick until the option has been taken. */
export async function pick(page: Page, open: () => Promise<void>, option: string, shown: () => Promise<void>) {
  await expect(async () => {
    await open();
    await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).first().click({ timeout: 2_000 });
    await shown();
  }).toPass({ timeout: 15_000 });
}

export interface TargetDraft {
  title: string;
  content: string;
  measures: string;
  expected: string;
  /** The responsible person's name; without it the first person offered is taken. */
  responsible?: string;
}

/**
 * From 目标管理, as a unit: 新建目标 with the first target type, a third-level indicator, a deadline at the year's end,
 * 5 points, milestones spread evenly and one responsible person for 100 %; submitted (待审核), on its detail page.
 */
export async function declareTarget(page: Page, draft: TargetDraft) {
  await page.getByTestId('side-menu').getByText('目标管理').click();
  await expect(page.getByTestId('target-table')).toBeVisible();
  await page.getByTestId('target-create').click();
  await expect(page.getByTestId('target-form')).toBeVisible();
  // The type is enabled only once the unit is known, and the dropdown animates in: retry until the select has a value
  // (in antd 6 the chosen value sits in `.ant-select-content-has-value`).
  const typeSelect = page.getByTestId('target-form-type');
  await expect(async () => {
    await typeSelect.click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click({ timeout: 2_000 });
    await expect(typeSelect.locator('.ant-select-content-has-value')).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await page.getByTestId('target-form-indicator').click();
  // A third-level (leaf) indicator: only leaves can be chosen.
  await page
    .locator('.ant-select-tree-title')
    .filter({ hasText: /^\d+\.\d+\.\d+ / })
    .first()
    .click();
  await page.getByTestId('target-form-title').fill(draft.title);
  await page.getByTestId('target-form-content').fill(draft.content);
  await page.getByTestId('target-form-measures').fill(draft.measures);
  await page.getByTestId('target-form-expected').fill(draft.expected);
  await page.getByTestId('target-form-deadline').click();
  await page.keyboard.type(`${beijingDate(await serverNow()).slice(0, 4)}-12-31`);
  await page.keyboard.press('Enter');
  await page.getByTestId('target-form-score').fill('5');
  await expect(page.getByTestId('milestone-editor')).toBeVisible();
  await page.getByTestId('milestone-even').click();
  await page.getByTestId('responsible-add').click();
  const person = page.getByTestId('responsible-person-0');
  const name = draft.responsible;
  // The people load after the row appears: pick from the open dropdown (retrying) rather than pressing Enter blind.
  await expect(async () => {
    await person.click();
    if (name) await page.keyboard.type(name);
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await (name ? options.filter({ hasText: name }) : options).first().click({ timeout: 2_000 });
    await expect(person.locator('.ant-select-content-has-value')).toBeVisible({ timeout: 1_000 });
    if (name) await expect(person).toContainText(name, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByTestId('responsible-sum')).toContainText('100.00%');
  await page.getByTestId('target-form-submit').click();
  await expect(page.getByTestId('target-detail-title')).toHaveText(draft.title);
  await expect(page.getByTestId('target-detail-status')).toContainText('待审核');
  await expect(page.getByTestId('target-responsibles')).toContainText(name ?? '100.00%');
}

/** As 目标绩效办: approve the submitted target in the review queue, then publish it from 待发布. */
export async function approveAndPublish(page: Page, title: string) {
  await page.getByTestId('side-menu').getByText('目标审核').click();
  await page.getByTestId('review-search').locator('input').fill(title);
  await page.getByTestId('review-search').locator('input').press('Enter');
  const pending = page.getByTestId('review-table').locator('tr.ant-table-row', { hasText: title });
  await expect(pending).toHaveCount(1);
  await pending.locator('.ant-checkbox').click();
  await page.getByTestId('review-bulk-approve').click();
  await confirmBulk(page, 'review-bulk-approve-confirm');

  await page.getByTestId('review-tabs').getByText('待发布').click();
  const approved = page.getByTestId('review-table').locator('tr.ant-table-row', { hasText: title });
  await expect(approved).toHaveCount(1);
  await approved.locator('.ant-checkbox').click();
  await page.getByTestId('review-bulk-publish').click();
  await confirmBulk(page, 'review-bulk-publish-confirm');
}

/**
 * Confirms a bulk action and waits for its result. On a loaded machine a click landing while the confirmation is
 * still animating in can be lost: click again only while the confirmation is still open, so nothing runs twice.
 */
async function confirmBulk(page: Page, confirmTestId: string) {
  const confirm = page.getByTestId(confirmTestId);
  await expect(async () => {
    if (await confirm.isVisible()) await confirm.click({ timeout: 2_000 });
    await expect(page.getByTestId('review-result')).toContainText('成功 1 个，失败 0 个', { timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
}

/** 目标管理, searched by title: the one row that matches. */
export async function findTarget(page: Page, title: string) {
  await page.getByTestId('side-menu').getByText('目标管理').click();
  await expect(page.getByTestId('target-table')).toBeVisible();
  await page.getByTestId('target-search').locator('input').fill(title);
  await page.getByTestId('target-search').locator('input').press('Enter');
  const row = page.getByTestId('target-table').locator('tr.ant-table-row', { hasText: title });
  await expect(row).toHaveCount(1);
  return row;
}

/** 目标管理 → search the title → its detail page. */
export async function openTarget(page: Page, title: string) {
  const row = await findTarget(page, title);
  await row.getByTestId('target-title-link').click();
  await expect(page.getByTestId('target-detail-title')).toHaveText(title);
}
