import { approveAndPublish, declareTarget, findTarget, loginAs, switchUser } from './fixtures';
import { expect, test } from './support/test';
import { createUnitWorld, publishedTarget, revisionInProgress } from './support/world';

test('单位申报目标（里程碑、责任人）并提交 → 绩效办在审核队列审核通过并发布 → 单位看到已发布', async ({ page }) => {
  const world = await createUnitWorld();
  const title = `E2E 智慧交通试点 ${world.tag}`;

  // The unit declares a target with a milestone plan and one responsible person, and submits it.
  await loginAs(page, world.admin.username, world.admin.password);
  await declareTarget(page, { title, content: '建设智慧交通综合服务平台。', measures: '成立专班，按月调度。', expected: '平台上线运行。' });

  // perf approves it from the review queue, then publishes it.
  await switchUser(page, 'perf');
  await approveAndPublish(page, title);

  // The unit sees it published.
  await switchUser(page, world.admin.username, world.admin.password);
  const mine = await findTarget(page, title);
  await expect(mine.locator('[data-status]')).toHaveText('已发布');
});

test('单位撤销进行中的修订：确认后目标恢复为现行发布版本', async ({ page }) => {
  // A published target of the unit's own with a revision (a draft) in progress.
  const world = await createUnitWorld();
  const title = `E2E 推进智慧交通项目建设 ${world.tag}`;
  await revisionInProgress(world, await publishedTarget(world, { title }));

  await loginAs(page, world.admin.username, world.admin.password);
  const row = await findTarget(page, title);
  await expect(row.locator('[data-status]')).toHaveText('草稿');
  // A target published before cannot be deleted, only its revision cancelled.
  await expect(row.getByTestId('target-action-delete')).toHaveCount(0);
  await row.getByTestId('target-action-cancelRevision').click();
  await expect(page.locator('.ant-modal-confirm-title')).toHaveText(`撤销“${title}”的修订吗？`);
  await page.getByTestId('target-cancelRevision-confirm').click();
  await expect(page.getByText('已撤销修订，目标恢复为现行版本')).toBeVisible();
  await expect(row.locator('[data-status]')).toHaveText('已发布');
  await expect(row.getByTestId('target-action-revise')).toBeVisible();
});
