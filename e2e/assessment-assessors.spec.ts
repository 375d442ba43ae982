import { listIndicators, listTargets, listYears, setAssessors } from '@jx/contract';
import type { Page } from '@playwright/test';
import { loginAs, pick, shot } from './fixtures';
import { apiAs, uniqueTag } from './support/api';
import { expect, test } from './support/test';

/** Takes each division in a multi-select by the name people call it (规划处 finds 综合规划处, 基建处 建设管理处). */
async function pickDivisions(page: Page, testId: string, names: string[]) {
  const select = page.getByTestId(testId);
  for (const name of names) {
    const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: name }).first();
    await expect(async () => {
      await select.click();
      await page.keyboard.type(name);
      const full = (await option.getAttribute('title', { timeout: 2_000 })) ?? name;
      await option.click({ timeout: 2_000 });
      await expect(select).toContainText(full, { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
  }
  // A multi-select stays open after a pick: close it (on the modal's title) so that it does not cover the buttons.
  await page.locator('.ant-modal-title:visible').click();
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
}

/**
 * 目标类型与考核部门 as the performance office: a new target type (the form says what is missing first; a code already
 * taken is refused on the field), assessed by 人事处 and 财务处 together; the indicator 职责任务 named for 规划处, which its
 * sub-indicators inherit. After a reload the page shows the same; a target under 职责任务 shows 规划处 on its page, and
 * naming 基建处 there for that target alone lists it on the office's page.
 */
test('绩效办新建目标类型 → 指定考核部门（人事处、财务处）→ 为指标指定规划处 → 刷新后仍在；目标详情显示考核部门', async ({ page }) => {
  test.setTimeout(120_000);
  const tag = uniqueTag().toUpperCase();
  const name = `E2E 类型 ${tag}`;
  const code = `E2E_${tag}`;

  await loginAs(page, 'perf');
  await page.getByTestId('side-menu').getByText('目标类型与考核部门', { exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/target-types$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('目标类型与考核部门');
  const types = page.getByTestId('target-type-table');
  await expect(types.getByTestId('type-row-SAFETY')).toContainText('安全监督处');
  await expect(types.getByTestId('type-assessors-SAFETY')).toHaveAttribute('data-source', 'inherited');
  await expect(page.getByTestId('indicator-row-1.1')).toBeVisible();
  await shot(page, 'h5/target-types-page');

  // 新建目标类型: nothing filled in is refused in the form; a code already in use is refused by the server on its field.
  await page.getByTestId('target-type-create').click();
  const form = page.getByTestId('target-type-form');
  await expect(form).toBeVisible();
  await page.getByTestId('target-type-form-ok').click();
  await expect(form).toContainText('请填写类型名称');
  await expect(form).toContainText('请填写类型编码');
  await expect(form).toContainText('请选择主管部门');
  await page.getByTestId('target-type-name').fill(name);
  await page.getByTestId('target-type-code').fill('safety');
  await expect(page.getByTestId('target-type-code')).toHaveValue('SAFETY');
  const owner = page.getByTestId('target-type-owner');
  await pick(
    page,
    () => owner.click(),
    '办公室',
    () => expect(owner).toContainText('办公室', { timeout: 1_000 }),
  );
  await page.getByTestId('target-type-form-ok').click();
  await expect(form).toContainText('类型编码“SAFETY”已被目标类型“安全生产”使用');
  await shot(page, 'h5/target-type-form-errors');
  await page.getByTestId('target-type-code').fill(code.toLowerCase());
  await form.getByText('按季', { exact: true }).click();
  await page.getByTestId('target-type-form-ok').click();
  await expect(form).toBeHidden();

  const row = types.getByTestId(`type-row-${code}`);
  await expect(row).toContainText(name);
  await expect(row).toContainText('办公室');
  await expect(row).toContainText('按季');
  await expect(row).toContainText('本年度未适用');
  await expect(row.getByTestId(`type-assessors-${code}`)).toContainText('默认：主管部门');

  // 设置考核部门 for the type: 人事处 and 财务处 together, shown in bold as named on the type.
  await row.getByTestId(`type-assessors-set-${code}`).click();
  const naming = page.getByTestId('assessors-form');
  await expect(naming).toBeVisible();
  await expect(naming).toContainText(`目标类型：${name}`);
  await expect(naming).toContainText('留空则沿用：办公室');
  await pickDivisions(page, 'assessors-select', ['人事处', '财务处']);
  await shot(page, 'h5/assessors-modal');
  await page.getByTestId('assessors-form-ok').click();
  await expect(naming).toBeHidden();
  const typeAssessors = row.getByTestId(`type-assessors-${code}`);
  await expect(typeAssessors).toHaveAttribute('data-source', 'own');
  await expect(typeAssessors).toContainText('人事处');
  await expect(typeAssessors).toContainText('财务处');

  // 职责任务 (1.1) is named for 规划处: bold on it, greyed and inherited on 1.1.1.
  const indicators = page.getByTestId('indicator-assessors');
  await expect(indicators.getByTestId('indicator-assessors-1.1')).toHaveAttribute('data-source', 'inherited');
  await indicators.getByTestId('indicator-assessors-set-1.1').click();
  await expect(naming).toContainText('指标（含下级指标）：职责任务');
  await pickDivisions(page, 'assessors-select', ['规划处']);
  await page.getByTestId('assessors-form-ok').click();
  await expect(naming).toBeHidden();
  await expect(indicators.getByTestId('indicator-assessors-1.1')).toHaveAttribute('data-source', 'own');
  await expect(indicators.getByTestId('indicator-assessors-1.1')).toContainText('综合规划处');
  await expect(indicators.getByTestId('indicator-assessors-1.1.1')).toHaveAttribute('data-source', 'inherited');
  await expect(indicators.getByTestId('indicator-assessors-1.1.1')).toContainText('继承自指标“职责任务”');

  // After a reload: the same.
  await page.reload();
  await expect(types.getByTestId(`type-assessors-${code}`)).toHaveAttribute('data-source', 'own');
  await expect(types.getByTestId(`type-assessors-${code}`)).toContainText('人事处');
  await expect(types.getByTestId(`type-assessors-${code}`)).toContainText('财务处');
  await expect(indicators.getByTestId('indicator-assessors-1.1')).toHaveAttribute('data-source', 'own');
  await expect(indicators.getByTestId('indicator-assessors-1.1')).toContainText('综合规划处');
  await shot(page, 'h5/target-types-after-reload');

  // A target under 职责任务 says on its page who assesses it and why.
  const perf = await apiAs('perf');
  const yearId = (await perf.call(listYears, {})).find((y) => y.status === 'ACTIVE')!.id;
  const leaf = (await perf.call(listIndicators, { query: { yearId } })).roots.flatMap((r) => r.children).find((i) => i.code === '1.1')!.children[0]!;
  const under = (await perf.call(listTargets, { query: { yearId, indicatorId: leaf.id, pageSize: 1 } })).items[0];
  expect(under, `a demo target under ${leaf.code}`).toBeTruthy();
  await page.goto(`/targets/${under!.id}`);
  const field = page.getByTestId('target-assessors');
  await expect(field).toContainText('综合规划处');
  await expect(field).toHaveAttribute('data-source', 'inherited');
  await shot(page, 'h5/target-detail-assessors');

  // 设置 on the target: 基建处 for this target alone, bold on its page and listed on the office's page.
  await page.getByTestId('target-assessors-set').click();
  await expect(naming).toContainText(`目标：${under!.title}`);
  await expect(naming).toContainText('留空则沿用：综合规划处（继承自指标“职责任务”）');
  await pickDivisions(page, 'assessors-select', ['基建处']);
  await page.getByTestId('assessors-form-ok').click();
  await expect(naming).toBeHidden();
  await expect(field).toHaveAttribute('data-source', 'own');
  await expect(field).toContainText('建设管理处');
  await page.goto('/admin/target-types');
  const own = page.getByTestId('target-namings').locator('tr', { hasText: under!.title });
  await expect(own).toContainText('建设管理处');
  await shot(page, 'h5/target-namings');

  // Leave the demo target to its indicator again (other specs follow who assesses the demo data).
  await perf.call(setAssessors, { body: { scope: 'target', id: under!.id, unitIds: [] } });
});
