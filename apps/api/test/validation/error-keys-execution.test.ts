import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES, ERROR_STATUS, formatPeriodKey, SUPERVISION_STATUS_LABELS, type ErrorMessageKey } from '@jx/contract';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { bj } from '../helpers/dates.ts';
import * as docx from '../documents/fixtures/docx-fixtures.ts';
import { docxUpload, multipartBody } from '../documents-api/helpers.ts';

/**
 * The framework's and execution's errors (indicators, copying a framework, progress reports, supervision orders,
 * work documents, uploads) name their catalogue key and parameters beside the unchanged Chinese text.
 */
describe('error keys: framework and execution', async () => {
  const t = await createTestApp({ now: bj('2026-03-02T09:00:00') });
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const post = (user: string, url: string, payload: object) => t.as(user)({ method: 'POST', url, payload });
  const upload = (user: string, url: string, body: ReturnType<typeof multipartBody>) =>
    t.as(user)({ method: 'POST', url, payload: body.payload, headers: body.headers });

  it('the labels a message names by code say what the Chinese UI says', () => {
    for (const period of [...Array.from({ length: 12 }, (_, k) => `M${String(k + 1).padStart(2, '0')}`), 'Q1', 'Q2', 'Q3', 'Q4']) {
      expect(ERROR_MESSAGES[`reportPeriod.${period}` as ErrorMessageKey], period).toBe(formatPeriodKey(period));
    }
    for (const [status, label] of Object.entries(SUPERVISION_STATUS_LABELS))
      expect(ERROR_MESSAGES[`supervisionStatus.${status}` as ErrorMessageKey]).toBe(label);
  });

  it('an indicator with lower-level indicators: INVALID_STATE with its name and count', async () => {
    const parent = await fx.indicator();
    await fx.indicator({ parent });
    const res = await t.as('perf')({ method: 'DELETE', url: `/api/indicators/${parent.id}`, query: { version: String(parent.version) } });
    expect(res.statusCode).toBe(ERROR_STATUS.INVALID_STATE);
    expect(res.json().error).toMatchObject({
      code: 'INVALID_STATE',
      key: 'framework.indicatorHasChildren',
      params: { name: parent.name, count: 1 },
      message: `指标“${parent.name}”下还有 1 个下级指标，请先删除下级指标`,
    });
  });

  it('copying a framework into its own year: the field issue carries the key', async () => {
    const year = await fx.year();
    const res = await post('perf', `/api/years/${year.id}/copy-framework`, { fromYearId: year.id });
    const error = res.json().error;
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', key: 'framework.copyIntoSameYear', message: '不能从本年度复制到本年度' });
    expect(error.details.issues).toEqual([{ path: 'fromYearId', message: '不能从本年度复制到本年度', key: 'framework.copyIntoSameYear' }]);
  });

  it('a period reported twice: CONFLICT naming the period by its code, said 1月 in Chinese', async () => {
    const tg = await fx.target({ status: 'PUBLISHED' });
    await fx.report(tg.id, { periodKey: 'M01', actualPercent: 8 });
    const res = await post('unit.chengdu', `/api/targets/${tg.id}/reports`, { periodKey: 'M01', actualPercent: 9, narrative: '按计划推进' });
    const error = res.json().error;
    expect(res.statusCode).toBe(ERROR_STATUS.CONFLICT);
    expect(error).toMatchObject({
      code: 'CONFLICT',
      key: 'reports.periodAlreadyReported',
      params: { reportPeriod: 'M01' },
      message: '1月的进展已报送，请修改已有报告',
    });
    expect(error.details.issues).toEqual([{ path: 'periodKey', message: '该时段已报送', key: 'reports.periodTaken' }]);
  });

  it('closing an order that awaits its response: INVALID_STATE naming the status and the action by code', async () => {
    const tg = await fx.target({ status: 'PUBLISHED' });
    const order = await fx.order(tg.id);
    const res = await post('leader', `/api/supervision-orders/${order.id}/close`, { version: order.version });
    expect(res.json().error).toMatchObject({
      code: 'INVALID_STATE',
      key: 'supervision.notAllowedInStatus',
      params: { supervisionStatus: 'OPEN', supervisionAction: 'close' },
      message: '督办单当前为“待回复”，不能办结',
    });
  });

  it('refused uploads: a zip that is no Word document (said by the conversion worker, with its detail), a duplicate field', async () => {
    const tg = await fx.target({ status: 'PUBLISHED' });
    const url = `/api/targets/${tg.id}/documents`;
    const zip = docx.rawZip([docx.storedEntry('hello.txt', Buffer.from('不是 Word 文档'))]);
    const res = await upload('unit.chengdu', url, docxUpload(zip, 'hello.docx'));
    const error = res.json().error;
    const message = '文件不是有效的 Word 文档（.docx）：缺少 [Content_Types].xml，请上传用 Word 或 WPS 保存的 .docx 文件';
    const text = { key: 'documents.notDocxBecause', params: { detail: { key: 'documents.contentTypesMissing' } } };
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', ...text, message });
    expect(error.details).toEqual({ reason: 'NOT_DOCX', issues: [{ path: 'file', message, ...text }] });

    const twice = await upload(
      'unit.chengdu',
      url,
      multipartBody([
        { name: 'title', value: '甲' },
        { name: 'title', value: '乙' },
        { name: 'file', filename: 'a.docx', content: docx.buildDocx() },
      ]),
    );
    expect(twice.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      key: 'uploads.duplicateField',
      message: '字段重复',
      details: { issues: [{ path: 'title', key: 'uploads.duplicateField' }] },
    });
  });
});
