import { copyFramework, createYear, listYears, type Year } from '@jx/contract';
import { loginAs, pick } from './fixtures';
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
