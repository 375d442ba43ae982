import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { loginAs, shot, switchUser } from './fixtures';
import {
  createAssessmentPeriod,
  listAssessedUnits,
  listAssessmentPeriods,
  listCategories,
  listRaterCandidates,
  listTargetTypes,
  listYears,
  me,
  myRatings,
  openAssessmentProcess,
} from '@jx/contract';
import { apiAs, uniqueTag } from './support/api';
import { expect, test } from './support/test';

const SHOTS = 'h6';

/** Takes an option of an antd select (opened by clicking it, optionally narrowed by typing); a single select is left closed. */
async function choose(page: Page, select: Locator, option: string, type?: string, multiple = false) {
  await expect(async () => {
    await select.click();
    if (type) {
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(type);
    }
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click({ timeout: 2_000 });
    await expect(select).toContainText(option, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  // A single select closes once an option is taken (a multiple one stays open for more).
  if (!multiple) await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
}

/** The row of one unit in the visible slot of 我的评价. */
const unitRow = (page: Page, unitName: string) =>
  page
    .locator('[data-testid="my-ratings-slot"]:visible')
    .getByTestId('my-ratings-table')
    .locator('tr.ant-table-row')
    .filter({ has: page.getByTestId('my-rating-unit').getByText(unitName, { exact: true }) });

/**
 * 评价 end to end, on a 专项考核 of its own (a unique name, its process opened through the API) so that nothing else in
 * the shared demo database moves: 绩效办 reads the seeded 半年考核 roster with its progress, then sets the raters of two
 * slots of its period (厅长 as 主要领导评价 of the category with the fewest units; a 绩效委 member) → `leader` rates the
 * units (a submit with one unit unrated is refused, naming it), then submits → 绩效办 sees the slot finished and returns
 * one rating → `leader` sees it 已退回, changes it and resubmits. A peer (单位管理员) never sees its own unit.
 */
test('绩效办设置评价名单 → 厅长评价并提交 → 绩效办退回一项 → 厅长修改后重新提交；互评不含本单位', async ({ page }) => {
  test.setTimeout(240_000);
  const tag = uniqueTag();
  const periodName = `E2E 评价 ${tag}`;

  const perfApi = await apiAs('perf');
  const yearId = (await perfApi.call(listYears, {})).find((y) => y.status === 'ACTIVE')!.id;
  const typeId = (await perfApi.call(listTargetTypes, {})).find((x) => x.name === '安全生产')!.id;
  const created = await perfApi.call(createAssessmentPeriod, {
    body: { yearId, kind: 'SPECIAL', code: null, name: periodName, specialTaskId: null, targetTypeId: typeId },
  });
  const process = created.processes[0]!;
  await perfApi.call(openAssessmentProcess, { params: { id: process.id }, body: { version: process.version } });
  const h1 = (await perfApi.call(listAssessmentPeriods, { query: { yearId } })).items.find((p) => p.code === 'H1')!;

  // The category with the fewest (but at least two) units, and another one for the 绩效委 slot.
  const assessed = await perfApi.call(listAssessedUnits, { query: { yearId } });
  const categories = await perfApi.call(listCategories, { query: { yearId } });
  const unitsOf = (categoryId: string) => assessed.filter((u) => u.categoryId === categoryId);
  const cat = categories.filter((c) => unitsOf(c.id).length >= 2).sort((a, b) => unitsOf(a.id).length - unitsOf(b.id).length)[0]!;
  const category = cat.name;
  const orgCategory = categories.find((c) => c.id !== cat.id)!.name;
  const leaderName = (await perfApi.call(listRaterCandidates, { query: { periodId: created.id, categoryId: cat.id, group: 'LEADER_MAIN' } })).items.find(
    (c) => c.username === 'leader',
  )!.displayName;
  const orgName = (await perfApi.call(listRaterCandidates, { query: { periodId: created.id, categoryId: cat.id, group: 'ORG' } })).items.find(
    (c) => c.username === 'party',
  )!.displayName;

  // ── 绩效办: 评价管理 shows the seeded 半年考核 roster with its progress; then its own period's roster is set up. ──
  await loginAs(page, 'perf');
  const menu = page.getByTestId('side-menu');
  await menu.getByText('评价管理', { exact: true }).click();
  await expect(page).toHaveURL(/\/assessment\/raters$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('评价管理');
  const periodSelect = page.getByTestId('raters-period-select');
  await choose(page, periodSelect, h1.name);
  const slots = page.getByTestId('roster-slots').locator('.ant-collapse-item');
  await expect(slots.first()).toBeVisible();
  await expect(page.getByTestId('roster-rater-progress').first()).toHaveText(/^\d+ \/ \d+$/);
  await expect(page.getByTestId('roster-slot-done').first()).toBeVisible();
  await shot(page, `${SHOTS}/raters-roster-perf`);

  // On a phone the same roster opens with every group folded to its header (counts and 设置评价人 inside it); a tap opens one.
  const desk = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await choose(page, periodSelect, h1.name);
  await expect(slots.first()).toBeVisible();
  await expect(slots.first().getByTestId('roster-slot-progress')).toBeVisible();
  await expect(page.getByTestId('roster-slots').locator('.ant-collapse-item-active')).toHaveCount(0);
  await expect(page.getByTestId('roster-rater').filter({ visible: true })).toHaveCount(0);
  const header = slots.first().locator('.ant-collapse-header');
  const headerBox = (await header.boundingBox())!;
  const editBox = (await header.getByTestId('roster-edit-slot').boundingBox())!;
  expect(editBox.x + editBox.width).toBeLessThanOrEqual(headerBox.x + headerBox.width);
  await slots.first().getByTestId('roster-slot-title').click();
  await expect(slots.first()).toHaveClass(/ant-collapse-item-active/);
  await expect(slots.first().getByTestId('roster-rater').first()).toBeVisible();
  await expect(page.getByTestId('roster-slots').locator('.ant-collapse-item-active')).toHaveCount(1);
  await shot(page, `${SHOTS}/raters-roster-perf-phone`);
  await page.setViewportSize(desk);

  await choose(page, periodSelect, periodName);
  await expect(page.getByTestId('roster')).toContainText('该考核时机还没有设置评价名单');
  const slotOf = (title: string) => slots.filter({ has: page.getByTestId('roster-slot-title').getByText(title, { exact: true }) });

  // 设置评价人: nothing chosen → the form says what is missing; then 厅长 as 主要领导评价 of the category.
  await page.getByTestId('roster-add-slot').click();
  const form = page.getByTestId('raters-form');
  await expect(form).toBeVisible();
  // The form fills itself once the modal has opened; a click during that may have its messages cleared: click again.
  await expect(async () => {
    await page.getByTestId('raters-form-ok').click();
    await expect(form).toContainText('请选择考核类别', { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await expect(form).toContainText('请选择评价主体');
  await choose(page, page.getByTestId('raters-form-category'), category);
  await choose(page, page.getByTestId('raters-form-group'), '主要领导评价');
  await expect(page.getByTestId('raters-form-scale')).toContainText('好/较好/差');
  await expect(page.getByTestId('raters-form-indicator')).toHaveCount(0);
  await choose(page, page.getByTestId('raters-form-raters'), leaderName, 'leader', true);
  await page.keyboard.press('Escape');
  await page.getByTestId('raters-form-ok').click();
  await expect(form).toBeHidden();
  const leaderSlot = slotOf(`${category} · 主要领导评价`);
  await expect(leaderSlot.getByTestId('roster-rater')).toHaveCount(1);
  await expect(leaderSlot.getByTestId('roster-rater-name')).toHaveText(leaderName);
  await expect(leaderSlot.getByTestId('roster-rater-state')).toHaveText('未完成');
  await expect(leaderSlot.getByTestId('roster-rater-progress')).toHaveText(`0 / ${unitsOf(cat.id).length}`);

  // A 绩效委 member (ORG may be per indicator: the field shows).
  await page.getByTestId('roster-add-slot').click();
  await choose(page, page.getByTestId('raters-form-category'), orgCategory);
  await choose(page, page.getByTestId('raters-form-group'), '绩效委评价');
  await expect(page.getByTestId('raters-form-indicator')).toBeVisible();
  await choose(page, page.getByTestId('raters-form-raters'), orgName, 'party', true);
  await page.keyboard.press('Escape');
  await shot(page, `${SHOTS}/raters-set-modal`);
  await page.getByTestId('raters-form-ok').click();
  await expect(form).toBeHidden();
  await expect(slotOf(`${orgCategory} · 绩效委评价`).getByTestId('roster-rater-state')).toHaveText('未完成');
  await expect(page.getByTestId('roster-summary')).toHaveText('2 个评价组，2 人次评价人，2 人次未完成');

  // ── 厅长: 我的评价 in the period; levels save as drafts; a submit with a unit unrated is refused naming it. ──
  const leaderMine = await (await apiAs('leader')).call(myRatings, { query: { periodId: created.id } });
  expect(leaderMine.period?.open).toBe(true);
  const unitNames = leaderMine.items.find((x) => x.group === 'LEADER_MAIN' && x.categoryId === cat.id)!.units.map((u) => u.unitName);
  const last = unitNames[unitNames.length - 1]!;
  const returnedUnit = unitNames[0]!;

  await switchUser(page, 'leader');
  await menu.getByText('我的评价', { exact: true }).click();
  await expect(page).toHaveURL(/\/assessment\/my-ratings$/);
  const myPeriod = page.getByTestId('my-ratings-period');
  await choose(page, myPeriod, periodName);
  await expect(page.getByTestId('my-ratings-period-state')).toHaveText('可评价');
  await page.getByRole('tab', { name: new RegExp(`主要领导评价 · ${category}`) }).click();
  const panel = page.locator('[data-testid="my-ratings-slot"]:visible');
  await expect(panel.getByTestId('my-ratings-table').locator('tr.ant-table-row')).toHaveCount(unitNames.length);
  await expect(panel.getByTestId('my-rating-context').first()).toContainText('项目标');
  await shot(page, `${SHOTS}/my-ratings-leader`);

  for (const name of unitNames.slice(0, -1)) {
    const row = unitRow(page, name);
    await row.getByTestId('my-rating-level').getByText('好', { exact: true }).click();
    await expect(row.getByTestId('my-rating-status')).toHaveText('草稿');
  }
  await panel.getByTestId('my-ratings-submit').click();
  await page.getByTestId('my-ratings-submit-confirm').click();
  await expect(panel.getByTestId('my-ratings-refused')).toContainText('还有 1 个考核对象未评价');
  await expect(panel.getByTestId('my-ratings-unrated-list')).toHaveText(last);
  await shot(page, `${SHOTS}/my-ratings-refused`);

  // The last unit by keyboard: focus its first level, arrow to the second (较好).
  const lastRow = unitRow(page, last);
  await lastRow.getByTestId('my-rating-level').locator('input[type=radio]').first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(lastRow.getByTestId('my-rating-status')).toHaveText('草稿');
  await expect(lastRow.locator('.ant-radio-button-wrapper-checked')).toHaveText('较好');
  await expect(panel.getByTestId('my-ratings-refused')).toHaveCount(0);
  await panel.getByTestId('my-ratings-submit').click();
  await page.getByTestId('my-ratings-submit-confirm').click();
  await expect(panel.getByTestId('my-ratings-all-submitted')).toBeVisible();
  await expect(panel.getByTestId('my-rating-status').filter({ hasText: '已提交' })).toHaveCount(unitNames.length);
  await expect(panel.getByTestId('my-rating-level')).toHaveCount(0);
  await expect(panel.getByTestId('my-ratings-progress')).toHaveText(`已提交 ${unitNames.length} / ${unitNames.length}`);
  await shot(page, `${SHOTS}/my-ratings-submitted`);

  // ── 绩效办: the leader's slot is finished; 评价明细 → 退回 one rating with a reason. ──
  await switchUser(page, 'perf');
  await menu.getByText('评价管理', { exact: true }).click();
  await choose(page, periodSelect, periodName);
  await expect(leaderSlot.getByTestId('roster-rater-state')).toHaveText('已完成');
  await expect(leaderSlot.getByTestId('roster-slot-done')).toBeVisible();
  await page.getByRole('tab', { name: '评价明细' }).click();
  await choose(page, page.getByTestId('raters-category-select'), category);
  await choose(page, page.getByTestId('rating-filter-group'), '主要领导评价');
  await choose(page, page.getByTestId('rating-filter-unit'), returnedUnit, returnedUnit);
  const ratingRows = page.getByTestId('rating-table').locator('tr.ant-table-row');
  await expect(ratingRows).toHaveCount(1);
  await expect(ratingRows.getByTestId('rating-row-status')).toHaveText('已提交');
  await shot(page, `${SHOTS}/raters-details-perf`);
  await ratingRows.getByTestId('rating-row-return').click();
  await page.getByTestId('record-reason-ok').click();
  await expect(page.getByTestId('record-reason-form')).toContainText('请填写原因');
  await page.getByTestId('record-reason').fill('评价等级与该单位本季度预警情况不符，请复核');
  await page.getByTestId('record-reason-ok').click();
  await expect(ratingRows.getByTestId('rating-row-status')).toHaveText('已退回');
  await expect(ratingRows.getByTestId('rating-row-return')).toHaveCount(0);

  // 社会公众评价: the period's template, uploaded as it came (no satisfaction filled in), is refused row by row and
  // nothing is imported; 半年考核 shows the seeded survey.
  await page.getByRole('tab', { name: '社会公众评价' }).click();
  await expect(page.getByTestId('survey-table')).toContainText('该考核时机还没有导入社会公众评价结果');
  const download = page.waitForEvent('download');
  await page.getByTestId('survey-template').click();
  const template = await (await download).path();
  await page.getByTestId('survey-import').click();
  await page
    .locator('[data-testid="import-file"] input[type=file], input[type=file]')
    .first()
    .setInputFiles({
      name: 'survey.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: readFileSync(template),
    });
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-error-count')).toHaveAttribute('data-count', String(unitsOf(cat.id).length));
  await expect(page.getByTestId('import-error-row').first()).toContainText('请填写满意度');
  await shot(page, `${SHOTS}/raters-survey-import-errors`);
  await page
    .getByRole('button', { name: '关 闭' })
    .or(page.getByRole('button', { name: '关闭' }))
    .first()
    .click();
  await expect(page.getByTestId('import-errors')).toHaveCount(0);
  await choose(page, periodSelect, h1.name);
  await expect(page.getByTestId('survey-table').getByTestId('survey-value').first()).toHaveText(/^\d+\.\d\d$/);
  await shot(page, `${SHOTS}/raters-survey-perf`);
  // The office rates too (a 绩效委 member and a peer of 厅机关处室).
  await menu.getByText('我的评价', { exact: true }).click();
  await choose(page, page.getByTestId('my-ratings-period'), h1.name);
  await expect(page.getByTestId('my-ratings-slot-tab').first()).toBeVisible();
  await shot(page, `${SHOTS}/my-ratings-perf`);

  // ── 厅长: the returned rating is marked 已退回; changed and resubmitted. ──
  await switchUser(page, 'leader');
  await menu.getByText('我的评价', { exact: true }).click();
  await choose(page, myPeriod, periodName);
  await page.getByRole('tab', { name: new RegExp(`主要领导评价 · ${category}`) }).click();
  await expect(panel.getByTestId('my-ratings-returned')).toContainText('有 1 项评价被绩效办退回');
  const returnedRow = unitRow(page, returnedUnit);
  await expect(returnedRow.getByTestId('my-rating-status')).toHaveText('已退回');
  await expect(returnedRow.getByTestId('my-rating-return-reason')).toHaveText('退回原因：评价等级与该单位本季度预警情况不符，请复核');
  await expect(panel.getByTestId('my-rating-level')).toHaveCount(1);
  await shot(page, `${SHOTS}/my-ratings-returned`);
  await returnedRow.getByTestId('my-rating-level').getByText('较好', { exact: true }).click();
  await expect(returnedRow.locator('.ant-radio-button-wrapper-checked')).toHaveText('较好');
  await expect(returnedRow.getByTestId('my-rating-status')).toHaveText('已退回');
  await panel.getByTestId('my-ratings-submit').click();
  await page.getByTestId('my-ratings-submit-confirm').click();
  await expect(panel.getByTestId('my-ratings-all-submitted')).toBeVisible();
  await expect(returnedRow.getByTestId('my-rating-status')).toHaveText('已提交');
  await expect(returnedRow.getByTestId('my-rating-level-text')).toHaveText('较好');
  await expect(panel.getByTestId('my-ratings-returned')).toHaveCount(0);

  // The main leader may read the roster too (no menu entry, no changes).
  await page.goto('/assessment/raters');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('评价管理');
  await choose(page, periodSelect, periodName);
  await expect(leaderSlot.getByTestId('roster-rater-state')).toHaveText('已完成');
  await expect(page.getByTestId('roster-add-slot')).toHaveCount(0);
  await expect(page.getByRole('tab', { name: '评价明细' })).toHaveCount(0);
  await shot(page, `${SHOTS}/raters-roster-leader`);

  // ── 单位管理员 as a peer: 半年考核 (closed, read-only) lists the other units of its category, never its own. ──
  const peerApi = await apiAs('unit.chengdu');
  const ownUnit = (await peerApi.call(me, {})).unitName!;
  const peerMine = await peerApi.call(myRatings, { query: { periodId: h1.id } });
  const peerSlot = peerMine.items.find((s) => s.group === 'PEER')!;
  expect(peerSlot.units.length).toBeGreaterThan(0);

  await switchUser(page, 'unit.chengdu');
  await menu.getByText('我的评价', { exact: true }).click();
  await choose(page, myPeriod, h1.name);
  await expect(page.getByTestId('my-ratings-not-open')).toBeVisible();
  await page.getByRole('tab', { name: new RegExp(`互评 · ${peerSlot.categoryName}`) }).click();
  const peerRows = panel.getByTestId('my-ratings-table').locator('tr.ant-table-row');
  await expect(peerRows).toHaveCount(peerSlot.units.length);
  await expect(panel.getByTestId('my-rating-unit').getByText(ownUnit, { exact: true })).toHaveCount(0);
  await expect(panel.getByTestId('my-rating-level')).toHaveCount(0);
  await expect(panel.getByTestId('my-ratings-submit')).toHaveCount(0);
  await shot(page, `${SHOTS}/my-ratings-peer`);
  // A unit administrator has no 评价管理.
  await expect(menu.getByText('评价管理', { exact: true })).toHaveCount(0);
  await page.goto('/assessment/raters');
  await expect(page.getByTestId('page-403')).toBeVisible();
  await shot(page, `${SHOTS}/raters-unit-admin`);
});
