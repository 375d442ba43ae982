import { afterAll, describe, expect, it } from 'vitest';
import type { ResultSet } from '@jx/contract';
import { createTestApp } from '../helpers/app.ts';
import { createResultsWorld } from './world.ts';

/**
 * 批量自动汇总 on a world of its own (world.ts), checked against finals computed by hand:
 * 市州 (indicators only; A 60 %, B 40 %):
 *   成都 A 4.5/5 = 90, B 5/5 = 100 → 54 + 40 = 94, + bonus 2 → 96.00; reaches 优秀 but the one 优秀 place goes to 绵阳 → 良好 (quota)
 *   绵阳 A 9.5/10 = 95, B 5/5 = 100 → 57 + 40 = 97.00 → 优秀
 *   自贡 A 5/5 = 100, B not assessed (left out, A takes 100 %) → 100.00, rank 1, but vetoed → 一般; missing: its B target
 * 厅直 (indicators 80 + public survey 20):
 *   公路局 A 8/10 = 80, B 10/10 = 100 → 88; survey 90 → 0.8 × 88 + 0.2 × 90 = 70.4 + 18 = 88.40 → 合格
 *   高管局 A 10/10 = 100 (no B target: A alone) → 100; survey missing → 0 → 80.00 → 合格; missing: the survey
 */
describe('batch summary into a result set', async () => {
  const t = await createTestApp();
  const w = await createResultsWorld(t);
  const perf = t.as('perf');
  afterAll(() => t.app.close());

  const run = async (categoryIds = [w.city.id, w.direct.id]) => {
    const res = await perf({ method: 'POST', url: '/api/assessment/summary-runs', payload: { periodId: w.annual.id, categoryIds } });
    expect(res.statusCode, res.body).toBe(201);
    await t.app.deps.summaryRuns.drain();
    const status = await perf({ method: 'GET', url: `/api/assessment/summary-runs/${res.json().id}` });
    return status.json();
  };
  const resultSet = async (): Promise<ResultSet> => (await perf({ method: 'GET', url: `/api/assessment/result-sets?periodId=${w.annual.id}` })).json();
  const rows = (set: ResultSet, categoryId: string) =>
    set.categories.find((c) => c.categoryId === categoryId)!.units.map((u) => [u.unitName, u.final, u.rank, u.grade, u.gradeReason, u.openMissingCount]);
  const unitId = (code: string) => w.seeded.unitId(code);

  it('scores two categories with their own models, ranks and grades them, and lists what is missing', async () => {
    const before = await perf({ method: 'GET', url: `/api/assessment/result-sets?periodId=${w.annual.id}` });
    expect(before.json()).toBeNull();
    const done = await run();
    expect(done).toMatchObject({ status: 'SUCCEEDED', total: 2, done: 2, moved: 0, error: null, requestedByName: expect.any(String) });
    const set = await resultSet();
    expect(rows(set, w.city.id)).toEqual([
      ['自贡市交通运输局', 100, 1, '一般', 'veto', 1],
      ['绵阳市交通运输局', 97, 2, '优秀', 'score', 0],
      ['成都市交通运输局', 96, 3, '良好', 'quota', 0],
    ]);
    expect(rows(set, w.direct.id)).toEqual([
      ['四川省公路局', 88.4, 1, '合格', 'score', 0],
      ['四川省高速公路管理局', 80, 2, '合格', 'score', 1],
    ]);
    expect(set.openMissingCount).toBe(2);
    expect(set.categories[0]!.distribution).toEqual([
      { grade: '优秀', count: 1 },
      { grade: '良好', count: 1 },
      { grade: '一般', count: 1 },
    ]);
    expect(set.categories[0]!.quotas).toEqual([expect.objectContaining({ grade: '优秀', limit: 1, demoted: [unitId('CITY-CD')] })]);
  });

  it('shows the receipt with its records, the veto and the missing input with where to supply it', async () => {
    const set = await resultSet();
    const zg = (await perf({ method: 'GET', url: `/api/assessment/result-sets/${set.id}/units/${unitId('CITY-ZG')}` })).json();
    expect(zg).toMatchObject({ final: 100, grade: '一般', rank: 1, unitCount: 3, modelName: '市州模型', modelVersionNo: 1 });
    expect(zg.receipt.veto).toHaveLength(1);
    expect(zg.missing).toEqual([
      expect.objectContaining({
        kind: 'target-unassessed',
        href: `/assessment/scoring?periodId=${w.annual.id}`,
        waiver: null,
        label: `目标“${w.targets.zgB.title}”未考核（年终考核）`,
      }),
    ]);
    expect(zg.receipt.grade).toEqual({ byScore: '优秀', grade: '一般', reason: 'veto' });
    expect(zg.records[w.records.zgA!]).toMatchObject({ assessorName: expect.any(String), status: 'SUBMITTED' });
    const cd = (await perf({ method: 'GET', url: `/api/assessment/result-sets/${set.id}/units/${unitId('CITY-CD')}` })).json();
    expect(cd.receipt.grade).toEqual({ byScore: '优秀', grade: '良好', reason: 'quota' });
    expect(cd.receipt.bonus).toMatchObject({ total: 2, counted: 2, cap: 5 });
    expect(cd.missing).toEqual([]);
    const ggj = (await perf({ method: 'GET', url: `/api/assessment/result-sets/${set.id}/units/${unitId('DU-GGJ')}` })).json();
    expect(ggj.missing).toEqual([
      {
        key: 'import:public',
        kind: 'import-missing',
        label: '“社会公众评价”的导入值（public）尚未导入',
        href: `/assessment/raters?periodId=${w.annual.id}&tab=survey`,
        waiver: null,
      },
    ]);
    const other = await perf({ method: 'GET', url: `/api/assessment/result-sets/${set.id}/units/${unitId('CITY-GY')}` });
    expect(other.statusCode).toBe(404);
  });

  it('gives the same bytes for the same inputs, and shows what moved when an input changed', async () => {
    const receipts = async () =>
      t.db.resultUnit.findMany({
        where: { resultSet: { periodId: w.annual.id } },
        orderBy: { unitId: 'asc' },
        select: { unitId: true, final: true, rank: true, grade: true, receipt: true, missing: true },
      });
    // results.get without what names the run (ids, run numbers, times, the set's version).
    const page = async () =>
      JSON.stringify(await resultSet(), (key, value) => (['latestRun', 'runNo', 'computedAt', 'version', 'id'].includes(key) ? undefined : value));
    const first = JSON.stringify(await receipts());
    expect(await run()).toMatchObject({ status: 'SUCCEEDED', moved: 0 });
    expect(JSON.stringify(await receipts())).toBe(first);
    const second = await page();
    expect(await run()).toMatchObject({ status: 'SUCCEEDED', moved: 0 });
    expect(JSON.stringify(await receipts())).toBe(first);
    expect(await page()).toBe(second);
    expect(second).toContain('"prev":{"final":96,"grade":"良好","rank":3}');

    // 成都's A target is rescored 5/5: 60 + 40 + 2 = 102.00, first; the one 优秀 place is now 成都's, 绵阳 falls to 良好.
    await t.db.assessmentRecord.update({ where: { id: w.records.cdA! }, data: { score: '5' } });
    expect(await run([w.city.id])).toMatchObject({ status: 'SUCCEEDED', moved: 3 });
    const set = await resultSet();
    expect(rows(set, w.city.id)).toEqual([
      ['成都市交通运输局', 102, 1, '优秀', 'score', 0],
      ['自贡市交通运输局', 100, 2, '一般', 'veto', 1],
      ['绵阳市交通运输局', 97, 3, '良好', 'quota', 0],
    ]);
    expect(set.categories[0]!.units[0]!.prev).toEqual({ final: 96, grade: '良好', rank: 3 });
    await t.db.assessmentRecord.update({ where: { id: w.records.cdA! }, data: { score: '4.5' } });
    expect(await run([w.city.id])).toMatchObject({ moved: 3 });
  });

  it('refuses to publish while a missing input is neither supplied nor waived; waivers unblock it and are audited', async () => {
    let set = await resultSet();
    const publish = (version: number) =>
      perf({
        method: 'POST',
        url: `/api/assessment/result-sets/${set.id}/publish`,
        payload: { version, title: '年终考核结果通报', docNo: '川交绩〔2026〕1号' },
      });
    const blocked = await publish(set.version);
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error).toMatchObject({ code: 'RESULTS_MISSING_INPUTS', key: 'results.missingInputs', params: { count: 2 } });

    const zgKey = `target:${w.targets.zgB.id}:ANNUAL`;
    const waive = (code: string, key: string) =>
      perf({ method: 'POST', url: `/api/assessment/result-sets/${set.id}/waivers`, payload: { unitId: unitId(code), key, reason: '该目标因政策调整取消' } });
    expect((await waive('CITY-ZG', zgKey)).statusCode).toBe(201);
    expect((await waive('CITY-ZG', zgKey)).statusCode).toBe(409);
    expect((await waive('CITY-CD', zgKey)).statusCode).toBe(400);
    expect((await waive('DU-GGJ', 'import:public')).statusCode).toBe(201);
    const unwaived = await perf({ method: 'DELETE', url: `/api/assessment/result-sets/${set.id}/waivers?unitId=${unitId('DU-GGJ')}&key=import:public` });
    expect(unwaived.json().waiver).toBeNull();
    set = await resultSet();
    expect(set.openMissingCount).toBe(1);
    expect((await publish(set.version)).statusCode).toBe(409);
    expect((await waive('DU-GGJ', 'import:public')).statusCode).toBe(201);
    set = await resultSet();
    expect(set.openMissingCount).toBe(0);
    expect((await publish(set.version - 1)).statusCode).toBe(409);
    const published = await publish(set.version);
    expect(published.statusCode, published.body).toBe(201);
    expect(published.json().versionNo).toBe(1);
    const audits = await t.db.auditEvent.findMany({
      where: { action: { in: ['results.waive', 'results.unwaive', 'bulletins.publish'] } },
      select: { action: true },
    });
    expect(audits.map((a) => a.action).sort()).toEqual(['bulletins.publish', 'results.unwaive', 'results.waive', 'results.waive', 'results.waive']);

    // The waiver is on the published receipt; a re-run keeps it (keys are stable).
    const bulletinUnit = await t.db.bulletinUnit.findFirstOrThrow({ where: { bulletinId: published.json().bulletinId, unitId: unitId('CITY-ZG') } });
    expect(bulletinUnit.waivers).toEqual([{ key: zgKey, label: expect.stringContaining('未考核'), reason: '该目标因政策调整取消' }]);
  });

  it('publishes version 2 after a re-run, leaving version 1 as it was and superseded', async () => {
    const v1 = await t.db.bulletin.findFirstOrThrow({
      where: { resultSet: { periodId: w.annual.id }, versionNo: 1 },
      include: { units: { orderBy: { unitId: 'asc' } } },
    });
    let set = await resultSet();
    expect(set).toMatchObject({ publishedVersionNo: 1, changedSincePublished: false });
    await t.db.assessmentRecord.update({ where: { id: w.records.cdA! }, data: { score: '5' } });
    await run([w.city.id]);
    set = await resultSet();
    expect(set.changedSincePublished).toBe(true);
    const res = await perf({
      method: 'POST',
      url: `/api/assessment/result-sets/${set.id}/publish`,
      payload: { version: set.version, title: '年终考核结果通报（更正）', docNo: '川交绩〔2026〕2号' },
    });
    expect(res.json().versionNo).toBe(2);
    const v2 = await t.db.bulletin.findUniqueOrThrow({ where: { id: res.json().bulletinId } });
    expect((v2.snapshot as { changes: unknown[] }).changes).toContainEqual({
      unitName: '成都市交通运输局',
      categoryName: '测试市州',
      text: '得分 96.00 → 102.00，排名 3 → 1，等次 良好 → 优秀',
    });
    const v1After = await t.db.bulletin.findUniqueOrThrow({ where: { id: v1.id }, include: { units: { orderBy: { unitId: 'asc' } } } });
    expect(v1After.supersededAt).not.toBeNull();
    expect(JSON.stringify({ ...v1After, supersededAt: null })).toBe(JSON.stringify({ ...v1, supersededAt: null }));
  });

  it("ends a run that the inputs do not fit as FAILED, with the engine's message and its progress", async () => {
    const broken = await t.db.assessmentCategory.create({
      data: { yearId: w.year.id, code: 'R-BROKEN', name: '模型有误', targetTypes: { create: { targetTypeId: w.safety.id } } },
    });
    await t.db.scoringModel.create({
      data: {
        yearId: w.year.id,
        name: '引用了不存在的指标',
        categories: { create: { categoryId: broken.id } },
        versions: {
          create: {
            versionNo: 1,
            definition: { name: '坏模型', root: { kind: 'indicators', label: '指标', indicatorId: 'no-such-indicator' }, grades: [{ grade: '合格' }] },
            createdById: w.seeded.accountId('perf'),
          },
        },
      },
    });
    const failed = await run([w.city.id, broken.id]);
    expect(failed).toMatchObject({ status: 'FAILED', total: 2, done: 1, moved: null });
    expect(failed.error).toContain('no-such-indicator');
  });

  it('refuses a category without a model (by path), open processes, and a second run while one is queued', async () => {
    const bare = await t.db.assessmentCategory.create({ data: { yearId: w.year.id, code: 'R-BARE', name: '无模型类别' } });
    const noModel = await perf({ method: 'POST', url: '/api/assessment/summary-runs', payload: { periodId: w.annual.id, categoryIds: [w.city.id, bare.id] } });
    expect(noModel.statusCode).toBe(400);
    expect(noModel.json().error.details.issues[0].path).toBe('categoryIds.1');

    await t.db.assessmentProcess.updateMany({ where: { periodId: w.annual.id }, data: { status: 'OPEN' } });
    const open = await perf({ method: 'POST', url: '/api/assessment/summary-runs', payload: { periodId: w.annual.id, categoryIds: [w.city.id] } });
    expect(open.statusCode).toBe(409);
    expect(open.json().error.key).toBe('results.processesNotClosed');
    await t.db.assessmentProcess.updateMany({ where: { periodId: w.annual.id }, data: { status: 'CLOSED' } });

    t.app.deps.summaryRuns.stop();
    const set = await resultSet();
    await t.db.summaryRun.create({ data: { resultSetId: set.id, runNo: 99, categoryIds: [w.city.id], total: 1, requestedById: w.seeded.accountId('perf') } });
    const busy = await perf({ method: 'POST', url: '/api/assessment/summary-runs', payload: { periodId: w.annual.id, categoryIds: [w.city.id] } });
    expect(busy.statusCode).toBe(409);
    expect(busy.json().error.key).toBe('results.runInProgress');
  });
});
