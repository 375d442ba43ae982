import { buildDocx, GOOD_TABLE, hyperlink, image, listItem, para } from '../apps/api/test/documents/fixtures/docx-fixtures';
import { loginAs, openTarget, pick, shot } from './fixtures';
import { expect, test } from './support/test';
import { createUnitWorld, periodAt, periodLabel, publishedTarget } from './support/world';

test('责任单位报送本期进展并附 Word 文档 → 列表中可见 → 文档以网页形式阅读', async ({ page, now }) => {
  test.setTimeout(180_000);
  // A unit of its own with one published target: whatever the date or other specs do, this report is its only one.
  const world = await createUnitWorld();
  const stamp = world.tag;
  const title = `E2E 路面养护工程 ${stamp}`;
  const target = await publishedTarget(world, { title });
  const current = periodAt(now, target.reportingRhythm);
  const heading = `E2E 进展材料 ${stamp}`;
  const narrative = `E2E：本期完成路面养护工程量，累计完成全部任务。${stamp}`;
  const docx = buildDocx({
    body: [
      para(heading, 'Heading1'),
      para('本期围绕年度目标推进各项重点工作，工程进展顺利，累计完成全年任务。'),
      para('主要措施', 'Heading2'),
      listItem('加强组织领导'),
      listItem('落实责任分工'),
      GOOD_TABLE,
      hyperlink('rIdLink', '交通运输部网站'),
      image('rIdImg'),
    ].join('\n'),
  });

  await loginAs(page, world.admin.username, world.admin.password);
  await openTarget(page, title);
  await page.getByTestId('reports-section').scrollIntoViewIfNeeded();
  await shot(page, 'reports-target-section-before');

  // 报送 the current period: percent, value (quantitative targets), progress, one .docx.
  const submitCurrent = page.getByTestId('report-submit-current');
  const currentLabel = periodLabel(current);
  await expect(submitCurrent).toHaveText(`报送${currentLabel}进展`);
  await submitCurrent.click();
  const form = page.getByTestId('report-form');
  await expect(form).toBeVisible();
  // An empty form is refused with the contract's messages.
  await page.getByTestId('report-form-ok').click();
  await expect(form).toContainText('请填写进展情况');
  await page.getByTestId('report-percent').fill('100');
  await page.getByTestId('report-narrative').fill(narrative);
  await page.getByTestId('report-problems').fill('无');
  await form
    .locator('input[type=file]')
    .setInputFiles({ name: `进展材料-${stamp}.docx`, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx });
  // A file that is not .docx is refused in the browser.
  await form.locator('input[type=file]').setInputFiles({ name: '说明.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
  await expect(page.locator('.ant-message')).toContainText('只能上传 Word 文档（.docx）');
  await expect(form.locator('.ant-upload-list-item')).toHaveCount(1);
  await shot(page, 'reports-form');
  await page.getByTestId('report-form-ok').click();
  await expect(page.locator('.ant-message')).toContainText('进展报告已报送', { timeout: 30_000 });
  await expect(form).toBeHidden({ timeout: 60_000 });

  // The period row now shows the report: 已报, 100 %, the reporter, one document; the button is gone.
  // Reported within its own period, so before the due day: on time.
  const row = page.getByTestId('report-periods').locator('tr.ant-table-row').filter({ hasText: currentLabel }).first();
  await expect(row.getByTestId('report-status')).toHaveText('已报');
  await expect(row).toContainText('100%');
  await expect(row.locator('td').nth(-2)).toHaveText('1', { timeout: 15_000 });
  await expect(page.getByTestId('report-submit-current')).toBeHidden();
  await page.getByTestId('reports-section').scrollIntoViewIfNeeded();
  await shot(page, 'reports-target-section-after');
  await page.getByTestId('reports-section').screenshot({ path: '/tmp/shots/reports-section-card.png' });

  // The report page shows what was written and the document.
  await row.getByTestId('report-view').click();
  await expect(page.getByTestId('report-detail-title')).toHaveText(`${currentLabel}进展报告`);
  await expect(page.getByTestId('report-detail')).toContainText(narrative);
  await expect(page.getByTestId('report-documents')).toContainText(`进展材料-${stamp}.docx`);
  await shot(page, 'reports-detail');

  // 修改 sends the version: a second tab saving first makes this one's save a conflict, explained and reloaded.
  await page.getByTestId('report-detail-edit').click();
  await expect(form).toBeVisible();
  const other = await page.context().newPage();
  await other.goto(page.url());
  await other.getByTestId('report-detail-edit').click();
  await other.getByTestId('report-problems').fill('另一窗口修改的问题');
  await other.getByTestId('report-form-ok').click();
  await expect(other.locator('.ant-message')).toContainText('进展报告已修改', { timeout: 30_000 });
  await expect(other.getByTestId('report-detail')).toContainText('另一窗口修改的问题');
  await other.close();
  await page.getByTestId('report-next-steps').fill('继续巩固成果');
  await page.getByTestId('report-form-ok').click();
  const conflict = page.locator('.ant-modal-confirm');
  await expect(conflict).toContainText('数据已被他人修改', { timeout: 30_000 });
  await shot(page, 'reports-edit-conflict');
  await conflict.getByRole('button', { name: '重新加载' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('report-detail')).toContainText('另一窗口修改的问题');

  // The document reads as a page: its heading rendered as a heading.
  await page.getByTestId('report-documents').getByTestId('document-link').first().click();
  await expect(page.getByTestId('document-body').locator('h1')).toHaveText(heading);
  await expect(page.getByTestId('document-body').locator('h2')).toHaveText('主要措施');
  await expect(page.getByTestId('document-body').locator('table td').first()).toHaveText('指标');
  await expect(page.getByTestId('document-body').locator('img[src^="data:image/png;base64,"]')).toHaveCount(1);
  await expect(page.getByTestId('document-facts')).toContainText(`进展材料-${stamp}.docx`);
  await shot(page, 'documents-page');

  // The original downloads through the API (blob), under its own name.
  const download = page.waitForEvent('download');
  await page.getByTestId('document-download').click();
  expect((await download).suggestedFilename()).toBe(`进展材料-${stamp}.docx`);

  // 上传新版本: the page moves to version 2 and offers both versions.
  await page
    .locator('.ant-upload input[type=file]')
    .setInputFiles({ name: `进展材料-${stamp}-修订.docx`, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx });
  await expect(page.getByTestId('document-facts')).toContainText('第 2 版（共 2 版）', { timeout: 30_000 });
  await expect(page.getByTestId('document-version-select')).toBeVisible();
  await shot(page, 'documents-page-v2');

  // 进展报告 list: the unit's one report; a period it has not reported shows the empty state.
  await page.getByTestId('side-menu').getByText('进展报告').click();
  const table = page.getByTestId('report-table');
  await expect(table.locator('tr.ant-table-row')).toHaveCount(1);
  await expect(table.locator('tr.ant-table-row').first()).toContainText(title);
  await shot(page, 'reports-list');
  const otherLabel = periodLabel(current === 'M01' ? 'M02' : 'M01');
  const filterPeriod = page.getByTestId('report-filter-period');
  await pick(
    page,
    async () => {
      await filterPeriod.click();
      await page.keyboard.type(otherLabel);
    },
    otherLabel,
    () => expect(filterPeriod).toContainText(otherLabel, { timeout: 1_000 }),
  );
  await expect(table).toContainText('没有符合条件的进展报告');
  await shot(page, 'reports-list-empty');
});
