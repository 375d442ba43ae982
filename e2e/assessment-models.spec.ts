import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { loginAs, pick, shot as fullShot } from './fixtures';
import { uniqueTag } from './support/api';
import { expect, test } from './support/test';

/** A screenshot from the top of the page (a full-page shot of a scrolled page repeats the fixed header). */
async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await fullShot(page, name);
}

/** No serious or critical WCAG 2 A/AA violation on the page as it is (soft: every page is checked). */
async function accessible(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).exclude('.ant-table-measure-row').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect
    .soft(
      serious.map(
        (v) =>
          `${v.id}: ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
      ),
      name,
    )
    .toEqual([]);
}

const SICHUAN = '厅直单位和市州绩效考评（四川办法）';

/** The tree row of the node with this label. */
const nodeRow = (page: Page, label: string) =>
  page
    .getByTestId('model-tree')
    .locator('tr.ant-table-row')
    .filter({ has: page.getByTestId('node-label').getByText(label, { exact: true }) });
const pointsOf = (page: Page, label: string) => nodeRow(page, label).locator('[data-testid="node-points"] input, input[data-testid="node-points"]');

async function setPoints(page: Page, label: string, points: string) {
  const input = pointsOf(page, label);
  await input.fill(points);
  await input.press('Tab');
}

/**
 * 绩效模型 as the performance office: the seeded 四川-style model is opened from the list; 目标考核 goes from 70 to 60,
 * which the editor refuses by name until 综合评价 takes the 10 points; the JSON follows; the preview of 半年 for 厅直单位
 * shows how every unit moves; saving makes a new version.
 */
test('绩效办修改绩效模型：校验提示 → 修正 → JSON → 效果预览 → 保存为新版本', async ({ page }) => {
  test.setTimeout(120_000);
  const tag = uniqueTag();
  await loginAs(page, 'perf');
  await page.getByTestId('side-menu').getByText('绩效模型', { exact: true }).click();
  await expect(page).toHaveURL(/\/assessment\/models$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('绩效模型');
  const row = page.getByTestId('model-list').locator('tr.ant-table-row').filter({ hasText: SICHUAN });
  await expect(row).toContainText('厅直单位');
  await expect(row).toContainText('市州交通运输局');
  const before = Number(/第 (\d+) 版/.exec(await row.getByTestId('model-version').innerText())![1]);
  await shot(page, 'h3/models-list');
  await accessible(page, '绩效模型列表');

  await row.getByTestId('model-name').click();
  await expect(page).toHaveURL(/\?model=/);
  await expect(page.getByTestId('model-name-input')).toHaveValue(SICHUAN);
  await expect(page.getByTestId('editor-version')).toHaveText(`第 ${before} 版`);
  await expect(pointsOf(page, '目标考核')).toHaveValue('70');

  // 70 → 60 leaves 绩效考评 at 90: named at the top and on its row, and saving is off.
  await setPoints(page, '目标考核', '60');
  const issues = page.getByTestId('model-issues');
  await expect(issues).toContainText('绩效考评：各组成部分分值之和应为 100，当前为 90');
  await expect(nodeRow(page, '绩效考评').getByTestId('node-sum')).toHaveText('合计 90');
  await expect(nodeRow(page, '绩效考评').getByTestId('node-issue')).toBeVisible();
  await expect(page.getByTestId('editor-save')).toBeDisabled();
  await shot(page, 'h3/models-editor-invalid');

  await setPoints(page, '综合评价', '40');
  await expect(issues).toBeHidden();
  await expect(nodeRow(page, '绩效考评').getByTestId('node-sum')).toHaveText('合计 100');
  await nodeRow(page, '绩效组织评价').getByTestId('node-label').click();
  await expect(page.getByTestId('node-panel')).toContainText('绩效组织评价');
  await shot(page, 'h3/models-editor');
  await accessible(page, '计分结构');

  await page.getByTestId('tab-rules').click();
  await expect(page.getByTestId('grade-name').first()).toHaveValue('先进');
  await shot(page, 'h3/models-rules');
  await accessible(page, '等次与加减分');

  await page.getByTestId('tab-json').click();
  const json = page.getByTestId('model-json');
  await expect(json).toContainText('"label": "目标考核"');
  expect(await json.inputValue()).toMatch(/"points": 60,\s+"node": \{\s+"kind": "indicators"/);
  await shot(page, 'h3/models-json');

  await page.getByTestId('tab-preview').click();
  const periodSelect = page.getByTestId('preview-period');
  await pick(
    page,
    () => periodSelect.click(),
    '半年考核',
    () => expect(periodSelect).toContainText('半年考核', { timeout: 1_000 }),
  );
  await expect(page.getByTestId('preview-category')).toContainText('厅直单位');
  const rows = page.getByTestId('preview-table').locator('tr.ant-table-row');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThanOrEqual(5);
  await expect(page.getByTestId('preview-summary')).toContainText(`${await rows.count()} 个单位`);
  // The targets' share went down: the units move, each shown with its direction.
  await expect(page.getByTestId('preview-score-change').and(page.locator('[data-direction="up"], [data-direction="down"]')).first()).toBeVisible();
  await shot(page, 'h3/models-preview');
  await accessible(page, '效果预览');

  await page.getByTestId('editor-note').fill(`目标考核调整为 60 分 ${tag}`);
  await page.getByTestId('editor-save').click();
  await expect(page.getByTestId('editor-version')).toHaveText(`第 ${before + 1} 版`);
  await expect(page.getByTestId('editor-dirty')).toBeHidden();
  await page.getByTestId('editor-back').click();
  await expect(row.getByTestId('model-version')).toHaveText(`第 ${before + 1} 版`);
  await row.getByTestId('model-history').click();
  await expect(page.getByTestId('model-versions')).toContainText(`目标考核调整为 60 分 ${tag}`);
  await shot(page, 'h3/models-versions');
});

/** 新建模型 from a reference scheme for the category that has none (三大公司): version 1 opens in the editor. */
test('绩效办从参考方案新建绩效模型', async ({ page }) => {
  const tag = uniqueTag();
  await loginAs(page, 'perf');
  await page.goto('/assessment/models');
  await expect(page.getByTestId('models-unscored')).toContainText('三大公司');
  await page.getByTestId('model-create').click();
  const form = page.getByTestId('model-create-form');
  await expect(form).toBeVisible();
  const scheme = page.getByTestId('model-create-scheme');
  await expect(async () => {
    await scheme.click();
    await page.getByTestId('scheme-option-bailian').click({ timeout: 2_000 });
    await expect(scheme).toContainText('白莲镇绩效评估', { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByTestId('model-create-name')).toHaveValue('白莲镇绩效评估');
  await page.getByTestId('model-create-name').fill(`三大公司绩效评估 ${tag}`);
  const categories = page.getByTestId('model-create-categories');
  await pick(
    page,
    () => categories.click(),
    '三大公司',
    () => expect(categories).toContainText('三大公司', { timeout: 1_000 }),
  );
  await shot(page, 'h3/models-create');
  await page.getByTestId('model-create-ok').click();
  await expect(page.getByTestId('model-name-input')).toHaveValue(`三大公司绩效评估 ${tag}`);
  await expect(page.getByTestId('editor-version')).toHaveText('第 1 版');
  await expect(pointsOf(page, '指标考核')).toHaveValue('80');
  await expect(pointsOf(page, '公众评议')).toHaveValue('20');
  await expect(page.getByTestId('model-issues')).toBeHidden();
});
