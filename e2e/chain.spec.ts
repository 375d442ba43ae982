import { buildDocx, GOOD_TABLE, listItem, para } from '../apps/api/test/documents/fixtures/docx-fixtures';
import { approveAndPublish, declareTarget, findTarget, loginAs, shot, switchUser } from './fixtures';
import { expect, test } from './support/test';
import { beijingDate, createUnitWorld, periodAt, periodLabel } from './support/world';

/**
 * The whole year's chain in one run, each step by the role that does it in the office:
 * a unit declares a target with a staff member as responsible person → the performance office approves and publishes it →
 * the responsible person reports the current period with a Word document → the leader opens the report, reads the
 * document as a page and issues a 督办 → 成都 sees the message under the bell and responds.
 */
test('全链路：单位申报 → 绩效办审核发布 → 责任人报送进展（Word）→ 领导阅读文档并下达督办 → 单位收到消息并回复', async ({ page, now }) => {
  test.setTimeout(240_000);
  // A unit of its own, with its 责任单位管理员 and one 责任人 (staff).
  const world = await createUnitWorld();
  const stamp = world.tag;
  const title = `E2E 全链路 农村公路提质改造 ${stamp}`;
  const heading = `农村公路提质改造进展情况 ${stamp}`;
  const narrative = `E2E：完成农村公路提质改造 86 公里，累计完成年度任务。${stamp}`;
  const instruction = `E2E 督办：请报送剩余路段的完工计划和资金到位情况。${stamp}`;
  const response = `已落实：剩余 14 公里 12 月 20 日前完工，资金已全额拨付。${stamp}`;
  const docx = buildDocx({
    body: [
      para(heading, 'Heading1'),
      para('本期农村公路提质改造工程按计划推进，路面工程全部完工，附属设施同步实施。'),
      para('主要做法', 'Heading2'),
      listItem('建立周调度机制'),
      listItem('落实质量安全责任'),
      GOOD_TABLE,
    ].join('\n'),
  });

  const staffName = world.staff.personName;
  const admin = world.admin;
  const staff = world.staff;

  // 1. The unit declares the target: milestones spread evenly, the staff member's person responsible for 100 %.
  await loginAs(page, admin.username, admin.password);
  await declareTarget(page, {
    title,
    content: '完成农村公路提质改造 100 公里。',
    measures: '分片包干，按月调度，季度督查。',
    expected: '年底前全部完工并通过交工验收。',
    responsible: staffName,
  });

  // 2. perf approves it in the review queue and publishes it.
  await switchUser(page, 'perf');
  await approveAndPublish(page, title);

  // 3. The responsible person reports the current period with a Word document.
  await switchUser(page, staff.username, staff.password);
  const mine = await findTarget(page, title);
  await expect(mine.locator('[data-status]')).toHaveText('已发布');
  await mine.getByTestId('target-title-link').click();
  await expect(page.getByTestId('target-detail-title')).toHaveText(title);
  const submitCurrent = page.getByTestId('report-submit-current');
  // declareTarget takes the first target type the unit may declare, 职能绩效, reported monthly.
  const current = periodLabel(periodAt(now, 'MONTHLY'));
  await expect(submitCurrent).toHaveText(`报送${current}进展`);
  await submitCurrent.click();
  const form = page.getByTestId('report-form');
  await expect(form).toBeVisible();
  // Typing waits for the dialog to finish opening: it then focuses its first field, which would take the keystrokes.
  await expect(page.getByTestId('report-percent')).toBeFocused();
  await page.getByTestId('report-percent').fill('86');
  await page.getByTestId('report-narrative').fill(narrative);
  await page.getByTestId('report-problems').fill('个别路段受雨季影响工期偏紧。');
  await page.getByTestId('report-next-steps').fill('加派施工力量，确保年底完工。');
  await form.locator('input[type=file]').setInputFiles({
    name: `提质改造进展-${stamp}.docx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: docx,
  });
  await expect(form.locator('.ant-upload-list-item')).toHaveCount(1);
  await page.getByTestId('report-form-ok').click();
  await expect(page.locator('.ant-message')).toContainText('进展报告已报送', { timeout: 30_000 });
  await expect(form).toBeHidden({ timeout: 60_000 });
  const reported = page.getByTestId('report-periods').locator('tr.ant-table-row').filter({ hasText: current }).first();
  await expect(reported.getByTestId('report-status')).toHaveText('已报');
  await expect(reported).toContainText('86%');
  await expect(reported).toContainText(staffName);
  // Published today: a period that fell due before it (January's, due on the 5th of February) is not required, and
  // nothing is overdue.
  const januaryDue = Date.parse(`${beijingDate(now).slice(0, 4)}-02-06T00:00:00+08:00`);
  const first = page.getByTestId('report-periods').locator('tr.ant-table-row').first();
  await expect(first.getByTestId('report-status')).toHaveText(now.getTime() >= januaryDue ? '发布前（无需报送）' : '已报');
  await expect(page.getByTestId('reports-section')).toContainText('逾期未报 0 期');
  await shot(page, 'chain-staff-reported');

  // 4. The leader opens the report from the target page, reads the document as a page and issues a 督办.
  await switchUser(page, 'leader');
  const row = await findTarget(page, title);
  await row.getByTestId('target-title-link').click();
  await expect(page.getByTestId('target-detail-title')).toHaveText(title);
  const leaderRow = page.getByTestId('report-periods').locator('tr.ant-table-row').filter({ hasText: current }).first();
  await expect(page.getByTestId('report-submit-current')).toHaveCount(0);
  await leaderRow.getByTestId('report-view').click();
  await expect(page.getByTestId('report-detail-title')).toHaveText(`${current}进展报告`);
  await expect(page.getByTestId('report-detail')).toContainText(narrative);
  await expect(page.getByTestId('report-detail')).toContainText(staffName);
  await expect(page.getByTestId('report-detail-edit')).toHaveCount(0);
  await page.getByTestId('report-documents').getByTestId('document-link').first().click();
  const body = page.getByTestId('document-body');
  await expect(body.locator('h1')).toHaveText(heading);
  await expect(body.locator('h2')).toHaveText('主要做法');
  await expect(body.locator('li')).toHaveText(['建立周调度机制', '落实质量安全责任']);
  await expect(body.locator('table td').first()).toHaveText('指标');
  await expect(page.getByTestId('document-facts')).toContainText(`提质改造进展-${stamp}.docx`);
  await expect(page.getByTestId('document-facts')).toContainText(staffName);
  await shot(page, 'chain-leader-reads-document');
  // Back to the target through the document's report, as a reader would.
  await page.getByTestId('document-facts').getByRole('link').click();
  await expect(page.getByTestId('report-detail-title')).toHaveText(`${current}进展报告`);
  await page.getByRole('button', { name: '查看目标' }).click();
  await expect(page.getByTestId('target-detail-title')).toHaveText(title);

  await page.getByTestId('order-issue').click();
  const issueForm = page.getByTestId('order-issue-form');
  await expect(issueForm).toBeVisible();
  await expect(page.getByTestId('order-issue-instruction')).toBeFocused();
  await page.getByTestId('order-issue-instruction').fill(instruction);
  await page.getByTestId('order-issue-due').click();
  await page.keyboard.type(beijingDate(now, 10));
  await page.keyboard.press('Enter');
  await expect(issueForm).toBeHidden();
  const issued = page.getByTestId('target-order').filter({ hasText: instruction });
  await expect(issued.getByTestId('order-status')).toHaveText('待回复');

  // 5. The unit: the bell has the order; its message opens the target's 督办 section, where the unit responds.
  await switchUser(page, admin.username, admin.password);
  await expect(page.getByTestId('notification-count')).not.toHaveAttribute('data-count', '0');
  await page.getByTestId('notification-bell').click();
  const message = page.getByTestId('notification-item').filter({ hasText: `收到督办：${title}` });
  await expect(message).toHaveCount(1);
  await shot(page, 'chain-unit-bell');
  await message.click();
  await expect(page).toHaveURL(/\/targets\/[^/#?]+#supervision$/);
  await expect(page.getByTestId('target-detail-title')).toHaveText(title);
  const order = page.getByTestId('target-order').filter({ hasText: instruction });
  await order.getByTestId('order-respond').click();
  await expect(page.getByTestId('order-respond-form-text')).toBeFocused();
  await page.getByTestId('order-respond-form-text').fill(response);
  await page.getByTestId('order-respond-form-ok').click();
  await expect(page.getByTestId('order-respond-form')).toBeHidden();
  await expect(order.getByTestId('order-status')).toHaveText('已回复');
  await expect(order.getByTestId('order-response')).toContainText(response);
  await shot(page, 'chain-unit-responded');

  // The leader is told of the response.
  await switchUser(page, 'leader');
  await page.getByTestId('notification-bell').click();
  await expect(page.getByTestId('notification-item').filter({ hasText: title }).first()).toBeVisible();
});
