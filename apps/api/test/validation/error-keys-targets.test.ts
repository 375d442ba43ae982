import { describe, expect, it } from 'vitest';
import {
  ERROR_MESSAGES,
  ERROR_STATUS,
  formatMessage,
  formatPeriodKey,
  TARGET_STATUS_LABELS,
  type ErrorMessageKey,
  type ImportErrorDetails,
} from '@jx/contract';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { bj } from '../helpers/dates.ts';
import { goodRow, importUpload, xlsx } from '../excel/helpers.ts';

/**
 * Targets' errors (the workflow, field checks, revisions, the responsibility letter, the Excel import) name their
 * catalogue key and parameters beside the unchanged Chinese text.
 */
describe('error keys: targets, the responsibility letter and the Excel import', async () => {
  const t = await createTestApp({ now: bj('2026-03-02T09:00:00') });
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const CD = seeded.unitId('CITY-CD');
  const post = (user: string, url: string, payload: object) => t.as(user)({ method: 'POST', url, payload });
  const chinese = (key: ErrorMessageKey, params?: Record<string, string | number>) => formatMessage(ERROR_MESSAGES[key], params);

  it('the labels a message names by code say what the Chinese UI says', () => {
    for (const [status, label] of Object.entries(TARGET_STATUS_LABELS)) expect(ERROR_MESSAGES[`targetStatus.${status}` as ErrorMessageKey]).toBe(label);
    for (const period of [...Array.from({ length: 12 }, (_, k) => `M${String(k + 1).padStart(2, '0')}`), 'Q1', 'Q2', 'Q3', 'Q4']) {
      expect(ERROR_MESSAGES[`milestonePeriod.${period}` as ErrorMessageKey], period).toBe(formatPeriodKey(period));
    }
  });

  it('submitting a published target: INVALID_STATE naming the status and the action by code; deleting one with a comment: CONFLICT with the count', async () => {
    const published = await fx.target({ status: 'PUBLISHED' });
    const res = await post('perf', `/api/targets/${published.id}/submit`, { version: 1 });
    expect(res.statusCode).toBe(ERROR_STATUS.INVALID_STATE);
    expect(res.json().error).toMatchObject({
      code: 'INVALID_STATE',
      key: 'targets.notAllowedInStatus',
      params: { targetStatus: 'PUBLISHED', targetAction: 'submit' },
      message: '目标当前为“已发布”，不能提交',
    });

    const draft = await fx.target({ status: 'DRAFT' });
    await db.comment.create({ data: { targetId: draft.id, authorId: seeded.accountId('leader'), body: '请抓紧' } });
    const del = await t.as('unit.chengdu')({ method: 'DELETE', url: `/api/targets/${draft.id}?version=1` });
    expect(del.statusCode).toBe(ERROR_STATUS.CONFLICT);
    expect(del.json().error).toMatchObject({
      code: 'CONFLICT',
      key: 'targets.deleteHasComments',
      params: { count: 1 },
      message: '该目标已有 1 条点评，不能删除',
    });
  });

  it('a new target outside its year with shares short of 100 %: every field issue carries its key, the error says the first', async () => {
    const frame = await fx.frameworkYear();
    const year = await db.year.findUniqueOrThrow({ where: { id: frame.yearId } });
    const safety = await db.targetType.findUniqueOrThrow({ where: { code: 'SAFETY' } });
    const res = await post('perf', '/api/targets', {
      yearId: frame.yearId,
      unitId: CD,
      targetTypeId: safety.id,
      indicatorId: frame.leafId,
      title: '时限越界的目标',
      content: '内容',
      measures: '措施',
      deadline: `${year.year + 1}-01-15`,
      expectedResult: '效果',
      maxScore: '5',
      milestones: [{ period: 'M12', plannedPercent: 100 }],
      responsibles: [{ personId: await seeded.personIn('CITY-CD'), share: '60' }],
    });
    expect(res.statusCode).toBe(ERROR_STATUS.VALIDATION_FAILED);
    const error = res.json().error;
    const byPath = Object.fromEntries(error.details.issues.map((i: { path: string }) => [i.path, i]));
    expect(byPath.deadline).toEqual({
      path: 'deadline',
      key: 'targets.deadlineOutsideYear',
      params: { year: year.year },
      message: `工作时限须在 ${year.year} 年内`,
    });
    expect(byPath['responsibles.0.share']).toEqual({
      path: 'responsibles.0.share',
      key: 'targets.sharesNot100',
      params: { sum: '60.00' },
      message: '责任人份额合计须为 100%，当前为 60.00%',
    });
    const first = error.details.issues[0];
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', key: first.key, params: first.params, message: first.message });
  });

  it('a revision rewriting an ended period names the period by its code, said 1月 in Chinese', async () => {
    const tg = await fx.target({ status: 'PUBLISHED' });
    expect((await post('perf', `/api/targets/${tg.id}/revise`, { version: 1, reason: '年中调整' })).statusCode).toBe(200);
    const leaf = await db.indicator.findUniqueOrThrow({ where: { yearId_code: { yearId: seeded.yearId, code: '2.3.1' } } });
    const milestones = Array.from({ length: 12 }, (_, k) => ({
      period: `M${String(k + 1).padStart(2, '0')}`,
      plannedPercent: Math.round(((k + 1) * 100) / 12),
    }));
    milestones[0] = { period: 'M01', plannedPercent: 1 };
    const res = await t.as('perf')({
      method: 'PATCH',
      url: `/api/targets/${tg.id}`,
      payload: {
        indicatorId: leaf.id,
        title: tg.title,
        content: '内容',
        measures: '措施',
        deadline: '2026-12-31',
        expectedResult: '效果',
        maxScore: '5',
        milestones,
        responsibles: [{ personId: await seeded.personIn('CITY-CD'), share: '100' }],
        version: 2,
      },
    });
    expect(res.statusCode).toBe(ERROR_STATUS.VALIDATION_FAILED);
    expect(res.json().error).toMatchObject({
      key: 'targets.endedPeriodChanged',
      params: { milestonePeriod: 'M01', percent: 8 },
      message: '1月已结束，修订不能改动其计划（8%）',
    });
    expect(res.json().error.details.issues).toEqual([
      {
        path: 'milestones.0.plannedPercent',
        key: 'targets.endedPeriodChanged',
        params: { milestonePeriod: 'M01', percent: 8 },
        message: '1月已结束，修订不能改动其计划（8%）',
      },
    ]);
  });

  it('a responsibility letter with nothing published yet: CONFLICT naming the unit and the year as data', async () => {
    const frame = await fx.frameworkYear();
    const year = await db.year.findUniqueOrThrow({ where: { id: frame.yearId } });
    const res = await t.as('perf')({ method: 'GET', url: '/api/targets/responsibility-letter', query: { yearId: frame.yearId, unitId: CD } });
    expect(res.statusCode).toBe(ERROR_STATUS.CONFLICT);
    expect(res.json().error).toMatchObject({
      code: 'CONFLICT',
      key: 'letter.noPublishedTargets',
      params: { unitName: '成都市交通运输局', year: year.year },
      message: `成都市交通运输局${year.year}年度尚无已发布的目标，发布后才能生成目标责任书`,
    });
  });

  it('an import: each row issue carries its key (a schema rule keeps the contract’s words), the file its count; a file problem alone is the error', async () => {
    const upload = async (content: Buffer, filename?: string) => {
      const { payload, headers } = importUpload(content, seeded.yearId, filename);
      return t.as('perf')({ method: 'POST', url: '/api/targets/import', payload, headers });
    };
    const res = await upload(
      await xlsx([goodRow('键值导入一', { 责任单位: '查无此单位' }), goodRow('键值导入二', { 指标: '9.9.9' }), goodRow('键值导入三', { 分值: 'abc' })]),
    );
    expect(res.statusCode).toBe(ERROR_STATUS.VALIDATION_FAILED);
    const error = res.json().error as { key: string; params: object; message: string; details: ImportErrorDetails };
    expect(error).toMatchObject({
      key: 'excel.rejected',
      params: { count: error.details.total },
      message: `导入文件有 ${error.details.total} 处问题，未导入任何数据`,
    });
    const at = (row: number, column: string) => error.details.issues.find((i) => i.row === row && i.column === column);
    expect(at(2, '责任单位')).toEqual({
      path: 'rows.2.责任单位',
      row: 2,
      column: '责任单位',
      key: 'excel.unitUnknown',
      params: { text: '查无此单位' },
      message: '没有名为“查无此单位”的单位，请从下拉列表选择',
    });
    expect(at(3, '指标')).toMatchObject({ key: 'excel.indicatorCodeUnknown', params: { code: '9.9.9' }, message: '该年度没有编码为 9.9.9 的指标' });
    const score = at(4, '分值')!;
    expect(score.message).toMatch(/分值应为数字/);
    expect(score.key! in ERROR_MESSAGES).toBe(true);

    const empty = await upload(Buffer.alloc(0), '空.xlsx');
    expect(empty.json().error).toMatchObject({ code: 'VALIDATION_FAILED', key: 'excel.fileEmpty', message: chinese('excel.fileEmpty') });
    expect(empty.json().error.message).toBe('上传的文件是空的，请选择填写好的 Excel 文件（.xlsx）');
    expect(empty.json().error.details.issues).toEqual([{ path: 'file', row: null, column: null, key: 'excel.fileEmpty', message: empty.json().error.message }]);
  });
});
