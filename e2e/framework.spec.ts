import { copyFramework, createFrameworkProposal, createYear, listTargetTypes, listYears, type Year } from '@jx/contract';
import { loginAs, pick, shot, switchUser } from './fixtures';
import { apiAs } from './support/api';
import { expect, test } from './support/test';
import { demoYear } from './support/world';

/**
 * A year of its own, its framework copied from the demo year: the weights this test unbalances on the way are never
 * the demo year's, where publishing (in other tests) needs a whole tree.
 */
async function yearOfItsOwn(): Promise<Year> {
  const [admin, perf] = await Promise.all([apiAs('admin'), apiAs('perf')]);
  const taken = new Set((await admin.call(listYears)).map((y) => y.year));
  const free = Array.from({ length: 60 }, (_, i) => 2040 + i).filter((y) => !taken.has(y));
  const number = free[Math.floor(Math.random() * free.length)]!;
  const year = await admin.call(createYear, { body: { year: number, name: `${number}年度（端到端）` } });
  await perf.call(copyFramework, { params: { id: year.id }, body: { fromYearId: (await demoYear(perf)).id } });
  return year;
}

test('目标绩效办把一组同级指标的权重调整到恰好 100%，合计变为有效', async ({ page }) => {
  const year = await yearOfItsOwn();
  await loginAs(page, 'perf');
  await page.getByTestId('side-menu').getByText('年度目标框架').click();
  const yearSelect = page.getByTestId('framework-year-select');
  const pickYear = () =>
    pick(
      page,
      () => yearSelect.click(),
      `${year.name}（筹备中）`,
      () => expect(yearSelect).toContainText(year.name, { timeout: 1_000 }),
    );
  await pickYear();
  await expect(page.getByTestId('indicator-tree')).toContainText('职能职责');
  const dutiesSum = page.getByTestId('sum-1');
  await expect(dutiesSum).toHaveAttribute('data-valid', 'true');

  // A single edit may leave the set short of 100 %: the tree shows it in red and lists it.
  await page.getByTestId('edit-1.2').click();
  await page.getByTestId('indicator-weight').fill('20');
  await page.getByTestId('indicator-form-ok').click();
  await expect(page.getByText('指标已保存')).toBeVisible();
  await expect(dutiesSum).toHaveAttribute('data-valid', 'false');
  await expect(dutiesSum).toContainText('95.00%');
  await expect(page.getByTestId('weight-problems')).toContainText('职能职责');

  // Rebalance the whole set: saving stays disabled until the total is exactly 100.00 %.
  await page.getByTestId('adjust-1').click();
  await expect(page.getByTestId('weights-modal')).toBeVisible();
  const sum = page.getByTestId('weights-sum');
  await expect(sum).toHaveAttribute('data-valid', 'false');
  await page.getByTestId('weight-input-1.3').fill('33.33');
  await expect(sum).toContainText('103.33%（超出 3.33%）');
  await expect(page.getByTestId('weights-submit')).toBeDisabled();
  await page.getByTestId('weight-input-1.1').fill('46.675');
  await expect(page.getByTestId('weights-modal')).toContainText('两位小数');
  await expect(page.getByTestId('weights-submit')).toBeDisabled();
  await page.getByTestId('weight-input-1.1').fill('46.67');
  await expect(sum).toHaveAttribute('data-valid', 'true');
  await expect(sum).toContainText('100.00%');
  await page.getByTestId('weights-submit').click();

  await expect(page.getByText('权重已保存')).toBeVisible();
  await expect(page.getByTestId('weights-modal')).toHaveCount(0);
  await expect(dutiesSum).toHaveAttribute('data-valid', 'true');
  await expect(dutiesSum).toContainText('100.00%');
  await expect(page.getByTestId('weight-problems')).toHaveCount(0);
  await expect(page.getByTestId('weight-1.1')).toHaveText('46.67');

  // The server has it: after a reload, the year shows the same weights.
  await page.reload();
  await pickYear();
  await expect(page.getByTestId('weight-1.3')).toHaveText('33.33');
  await expect(page.getByTestId('sum-1')).toHaveAttribute('data-valid', 'true');
});

test('安监处提议新增本部门目标类型的一级指标，目标绩效办看到变更内容后采纳，指标体系随之出现', async ({ page }) => {
  const year = await yearOfItsOwn();
  const code = `E2E-S${Date.now() % 100000}`;
  const pickYear = async () => {
    const yearSelect = page.getByTestId('framework-year-select');
    await pick(
      page,
      () => yearSelect.click(),
      `${year.name}（筹备中）`,
      () => expect(yearSelect).toContainText(year.name, { timeout: 1_000 }),
    );
  };

  // The department finds the page in its menu, sees its own type's subtree (empty) and proposes under 安全生产.
  await loginAs(page, 'safety');
  await page.getByTestId('side-menu').getByText('年度目标框架').click();
  await pickYear();
  await expect(page.getByTestId('proposal-hint')).toContainText('安全生产');
  await expect(page.getByTestId('indicator-tree')).not.toContainText('职能职责');
  await expect(page.getByTestId('edit-1')).toHaveCount(0);
  await page.getByTestId('indicator-create-root').click();
  const form = page.getByTestId('indicator-form');
  await expect(page.getByRole('dialog')).toContainText('提议新增一级指标');
  await expect(page.getByTestId('indicator-target-type')).toContainText('安全生产');
  await form.getByLabel('指标名称').fill('安全生产责任落实');
  await form.getByLabel('指标编码').fill(code);
  await page.getByTestId('indicator-weight').fill('10');
  await page.getByTestId('proposal-note').fill('落实安全生产责任制，纳入年度考核');
  await page.getByTestId('indicator-form-ok').click();
  await expect(page.getByText('提议已提交，待目标绩效办处理')).toBeVisible();
  const mine = page.getByTestId('framework-proposals');
  await expect(mine).toContainText('安全生产责任落实');
  await expect(mine).toContainText('待处理');
  // Nothing in the tree until the office accepts.
  await expect(page.getByTestId(`indicator-${code}`)).toHaveCount(0);
  await shot(page, 'framework-dept-1440');
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, 'framework-dept-390');
  await page.setViewportSize({ width: 1440, height: 900 });

  // The office sees it waiting, with what would change, and accepts it.
  await switchUser(page, 'perf');
  await page.getByTestId('side-menu').getByText('年度目标框架').click();
  await pickYear();
  const waiting = page.getByTestId('framework-proposals');
  await expect(waiting).toContainText('待处理提议');
  const row = waiting.locator('tr', { hasText: '安全生产责任落实' });
  await expect(row).toContainText(code);
  await expect(row).toContainText('10.00%');
  await shot(page, 'framework-office-1440');
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, 'framework-office-390');
  await page.setViewportSize({ width: 1440, height: 900 });
  await row.getByRole('button', { name: '采纳' }).click();
  await page.getByTestId('proposal-accept-ok').click();
  await expect(page.getByText('已采纳，指标体系已更新')).toBeVisible();
  await expect(page.getByTestId(`indicator-${code}`)).toContainText('安全生产责任落实');
  await expect(waiting).toContainText('没有待处理的提议');

  // The department sees the decision, and the indicator in its subtree.
  await switchUser(page, 'safety');
  await page.getByTestId('side-menu').getByText('年度目标框架').click();
  await pickYear();
  await expect(page.getByTestId(`indicator-${code}`)).toBeVisible();
  await expect(page.getByTestId('framework-proposals')).toContainText('已采纳');
});

test('目标绩效办退回提议须填写原因，指标体系不变', async ({ page }) => {
  const year = await yearOfItsOwn();
  const safety = await apiAs('safety');
  const safetyType = (await safety.call(listTargetTypes)).find((tt) => tt.code === 'SAFETY')!;
  const p = await safety.call(createFrameworkProposal, {
    body: { kind: 'CREATE', yearId: year.id, targetTypeId: safetyType.id, code: `E2E-R${Date.now() % 100000}`, name: '待退回的指标', weight: '5' },
  });
  await loginAs(page, 'perf');
  await page.getByTestId('side-menu').getByText('年度目标框架').click();
  const yearSelect = page.getByTestId('framework-year-select');
  await pick(
    page,
    () => yearSelect.click(),
    `${year.name}（筹备中）`,
    () => expect(yearSelect).toContainText(year.name, { timeout: 1_000 }),
  );
  await page.getByTestId(`proposal-reject-${p.id}`).click();
  await page.getByTestId('proposal-reject-form-ok').click();
  await expect(page.getByTestId('proposal-reject-form')).toContainText('请填写原因');
  await page.getByTestId('proposal-reject-reason').fill('与年度重点工作不符');
  await page.getByTestId('proposal-reject-form-ok').click();
  await expect(page.getByText('提议已退回')).toBeVisible();
  await expect(page.getByTestId('indicator-tree')).not.toContainText('待退回的指标');
});
