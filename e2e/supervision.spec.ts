import { loginAs, openTarget, pickUnit, shot, switchUser } from './fixtures';
import { expect, test } from './support/test';
import { beijingDate, createUnitWorld, publishedTarget, reportedPeriod } from './support/world';

test('领导点评并下达督办 → 单位从站内消息进入目标并回复 → 领导在督办事项中办结', async ({ page, now }) => {
  test.setTimeout(180_000);
  // A unit of its own with a published target and this period's report: its orders and messages are only this test's.
  const world = await createUnitWorld();
  const stamp = world.tag;
  const title = `E2E 国省干线养护 ${stamp}`;
  const target = await publishedTarget(world, { title });
  await reportedPeriod(world, target, { actualPercent: 40 });
  const comment = `E2E 点评：进度总体符合计划，请继续压实责任。${stamp}`;
  const instruction = `E2E 督办：请说明下阶段节点保障措施。${stamp}`;
  const due = beijingDate(now, 7);

  // The leader opens the target from the target list.
  await loginAs(page, 'leader');
  await openTarget(page, title);
  await expect(page.getByTestId('comments-section')).toBeVisible();
  await expect(page.getByTestId('orders-section')).toBeVisible();
  await page.getByTestId('orders-section').scrollIntoViewIfNeeded();
  await shot(page, 'target-sections-before');

  // 领导点评: an empty text is refused, Ctrl+Enter posts the comment.
  await page.getByTestId('comment-submit').click();
  await expect(page.getByTestId('comment-form')).toContainText('请填写点评内容');
  // About one period's report: the comment shows which report it refers to.
  await expect(async () => {
    await page.getByTestId('comment-report').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').nth(1).click({ timeout: 2_000 });
    await expect(page.getByTestId('comment-report')).toContainText('进展报告', { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  const period = (await page.getByTestId('comment-report').innerText()).trim();
  await page.getByTestId('comment-input').fill(comment);
  await expect(page.getByTestId('comment-form')).toContainText(`${comment.length} / 2000`);
  await page.getByTestId('comment-input').press('Control+Enter');
  await expect(page.getByTestId('comment-list')).toContainText(comment);
  await expect(page.getByTestId('comment-list').getByTestId('comment-item').last()).toContainText(`点评${period}`);
  await expect(page.getByTestId('comment-input')).toHaveValue('');

  // 下达督办 due in 7 days: past dates cannot be picked.
  await page.getByTestId('order-issue').click();
  const issueForm = page.getByTestId('order-issue-form');
  await expect(issueForm).toBeVisible();
  await page.getByTestId('order-issue-form-ok').click();
  await expect(issueForm).toContainText('请填写督办要求');
  await expect(issueForm).toContainText('请选择回复期限');
  await page.getByTestId('order-issue-instruction').fill(instruction);
  await page.getByTestId('order-issue-due').click();
  await expect(page.locator('.ant-picker-dropdown:visible td.ant-picker-cell-disabled').first()).toBeVisible();
  await page.keyboard.type(due);
  await shot(page, 'order-issue-modal');
  // Enter takes the typed date and submits the form.
  await page.keyboard.press('Enter');
  await expect(issueForm).toBeHidden();
  const issued = page.getByTestId('target-order').filter({ hasText: instruction });
  await expect(issued).toHaveCount(1);
  await expect(issued.getByTestId('order-status')).toHaveText('待回复');
  await expect(issued).toContainText(`回复期限：${due}`);
  // The leader is not the unit: no 回复 button; nothing to close yet.
  await expect(issued.getByTestId('order-respond')).toHaveCount(0);
  await expect(issued.getByTestId('order-close')).toHaveCount(0);
  await page.getByTestId('comments-section').scrollIntoViewIfNeeded();
  await shot(page, 'target-sections-leader');

  // The unit: the bell shows unread messages; the order's message opens the target at its 督办 section.
  await switchUser(page, world.admin.username, world.admin.password);
  const count = page.getByTestId('notification-count');
  await expect(count).not.toHaveAttribute('data-count', '0');
  await page.getByTestId('notification-bell').click();
  const message = page.getByTestId('notification-item').filter({ hasText: `收到督办：${title}` });
  await expect(message).toHaveCount(1);
  await expect(page.getByTestId('notification-item').filter({ hasText: `点评了目标：${title}` })).toHaveCount(1);
  await shot(page, 'notification-bell');
  await message.click();
  await expect(page).toHaveURL(/\/targets\/[^/#?]+#supervision$/);
  await expect(page.getByTestId('target-detail-title')).toHaveText(title);
  await expect(page.getByTestId('orders-section')).toBeInViewport();
  await expect(page.getByTestId('comment-list')).toContainText(comment);
  await expect(page.getByTestId('comment-form')).toHaveCount(0);
  await expect(page.getByTestId('order-issue')).toHaveCount(0);

  // The unit admin responds (a response is required).
  const mine = page.getByTestId('target-order').filter({ hasText: instruction });
  await mine.getByTestId('order-respond').click();
  const respondForm = page.getByTestId('order-respond-form');
  await page.getByTestId('order-respond-form-ok').click();
  await expect(respondForm).toContainText('请填写回复内容');
  await page.getByTestId('order-respond-form-text').fill('已制定节点保障方案：专班每周调度，确保 12 月底前完成。');
  await shot(page, 'order-respond-modal');
  await page.getByTestId('order-respond-form-ok').click();
  await expect(respondForm).toBeHidden();
  await expect(mine.getByTestId('order-status')).toHaveText('已回复');
  await expect(mine.getByTestId('order-response')).toContainText('已制定节点保障方案');
  await expect(mine.getByTestId('order-respond')).toHaveCount(0);

  // The leader returns the response from the target page (a note is required) …
  const targetUrl = page.url().replace(/#.*$/, '');
  await switchUser(page, 'leader');
  await page.goto(`${targetUrl}#supervision`);
  const answered = page.getByTestId('target-order').filter({ hasText: instruction });
  await answered.getByTestId('order-reject').click();
  const rejectForm = page.getByTestId('order-reject-form');
  await expect(rejectForm).toContainText('退回后督办回到“待回复”');
  await page.getByTestId('order-reject-form-ok').click();
  await expect(rejectForm).toContainText('请填写退回意见');
  await page.getByTestId('order-reject-form-text').fill('请补充具体节点和责任人。');
  await shot(page, 'order-reject-modal');
  await page.getByTestId('order-reject-form-ok').click();
  await expect(rejectForm).toBeHidden();
  await expect(answered.getByTestId('order-status')).toHaveText('待回复');
  await expect(answered.getByTestId('order-reject-note')).toContainText('请补充具体节点和责任人');

  // … and the unit answers again, seeing why it was returned.
  await switchUser(page, world.admin.username, world.admin.password);
  await page.goto(`${targetUrl}#supervision`);
  const again = page.getByTestId('target-order').filter({ hasText: instruction });
  await again.getByTestId('order-respond').click();
  await expect(respondForm).toContainText('上次回复被退回：请补充具体节点和责任人。');
  await page.getByTestId('order-respond-form-text').fill('已制定节点保障方案：专班每周调度，张三负责，确保 12 月底前完成。');
  await page.getByTestId('order-respond-form-ok').click();
  await expect(respondForm).toBeHidden();
  await expect(again.getByTestId('order-status')).toHaveText('已回复');

  // 督办事项 for the unit: what it must answer first.
  await page.getByTestId('side-menu').getByText('督办事项').click();
  await expect(page.getByTestId('order-table')).toBeVisible();
  await expect(page.getByTestId('order-filter-status')).toContainText('待回复');
  await expect(page.getByTestId('order-filter-unit')).toHaveCount(0);
  await shot(page, 'supervision-page-unit');

  // The leader closes it from 督办事项 (drawer, confirmation with an optional note), the list narrowed to the unit.
  await switchUser(page, 'leader');
  await page.getByTestId('side-menu').getByText('督办事项').click();
  await expect(page.getByTestId('order-table')).toBeVisible();
  await expect(page.getByTestId('order-count-RESPONDED')).not.toHaveAttribute('data-count', '0');
  await shot(page, 'supervision-page-leader');
  await pickUnit(page, 'order-filter-unit', world.unit.name);
  await expect(page.getByTestId('order-count-RESPONDED')).toHaveAttribute('data-count', '1');
  await page.getByTestId('order-count-RESPONDED').click();
  const row = page
    .getByTestId('order-table')
    .locator('tr.ant-table-row', { hasText: title })
    .filter({ hasText: instruction.slice(0, 12) });
  await expect(row).toHaveCount(1);
  await row.first().getByTestId('order-detail').click();
  const drawer = page.locator('.ant-drawer-open');
  await expect(drawer).toContainText(instruction);
  await expect(drawer.getByTestId('order-response')).toContainText('已制定节点保障方案');
  await shot(page, 'supervision-drawer');
  await drawer.getByTestId('order-close').click();
  const closeForm = page.getByTestId('order-close-form');
  await expect(closeForm).toContainText('办结后该督办不能再回复或退回');
  await page.getByTestId('order-close-form-text').fill('措施具体可行，同意办结。');
  await shot(page, 'order-close-modal');
  await page.getByTestId('order-close-form-ok').click();
  await expect(closeForm).toBeHidden();
  await expect(drawer.getByTestId('order-status')).toHaveText('已办结');
  await expect(drawer.getByTestId('order-close-note')).toContainText('同意办结');
  await shot(page, 'supervision-drawer-closed');

  // The target page shows it 已办结 with the closing note.
  await drawer.getByTestId('order-drawer-target').click();
  await expect(page.getByTestId('target-detail-title')).toHaveText(title);
  const closed = page.getByTestId('target-order').filter({ hasText: instruction });
  await expect(closed.getByTestId('order-status')).toHaveText('已办结');
  await expect(closed.getByTestId('order-close-note')).toContainText('同意办结');
  await expect(closed.getByTestId('order-close')).toHaveCount(0);
  await shot(page, 'target-sections-closed');
});
