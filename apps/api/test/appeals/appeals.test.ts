import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { createResultsWorld } from '../results/world.ts';
import { publishWorld } from '../results/publish-helper.ts';

/**
 * 申诉 on a published bulletin of a world of its own (results/world.ts): 成都 96.00, third of three, 良好 by quota.
 * Its A target scored 4.5 of 5; the office accepts its appeal and corrects the score to 5 → 102.00, first, 优秀.
 */
describe('申诉', async () => {
  const t = await createTestApp();
  const w = await createResultsWorld(t);
  const { bulletinId, resultSetId } = await publishWorld(t, w);
  afterAll(() => t.app.close());
  const unit = t.as('unit.chengdu');
  const perf = t.as('perf');
  const targetLine = `target:${w.targets.cdA.id}`;
  const file = (lineKey: string, as = unit) =>
    as({ method: 'POST', url: '/api/assessment/appeals', payload: { bulletinId, lineKey, reason: '该目标已全部完成，请复核得分' } });

  it('lets a unit appeal a line of its own receipt once at a time, and refuses lines it does not have', async () => {
    const first = await file(targetLine);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ status: 'OPEN', lineLabel: w.targets.cdA.title, unitName: '成都市交通运输局', bulletinVersionNo: 1 });
    const second = await file(targetLine);
    expect(second.statusCode).toBe(409);
    expect(second.json().error.key).toBe('appeals.openOnLine');
    expect((await file(`target:${w.targets.myA.id}`)).statusCode).toBe(400);
    const notices = await t.db.notification.count({ where: { accountId: w.seeded.accountId('perf'), kind: 'APPEAL_FILED' } });
    expect(notices).toBe(1);
  });

  it('shows a unit only its own appeals, the office all', async () => {
    const bonusLine = (await t.db.adjustment.findFirstOrThrow({ where: { assessedUnitId: w.assessed['CITY-CD'], kind: 'BONUS' } })).id;
    expect((await file(`adjustment:${bonusLine}`)).statusCode).toBe(201);
    expect((await unit({ method: 'GET', url: '/api/assessment/appeals' })).json().total).toBe(2);
    expect((await t.as('unit.mianyang')({ method: 'GET', url: '/api/assessment/appeals' })).json().total).toBe(0);
    expect((await perf({ method: 'GET', url: `/api/assessment/appeals?bulletinId=${bulletinId}&status=OPEN` })).json().total).toBe(2);
  });

  it('rejects with a reason and notifies the unit; the line may then be appealed again', async () => {
    const open = (await perf({ method: 'GET', url: '/api/assessment/appeals?status=OPEN' }))
      .json()
      .items.find((a: { lineKey: string }) => a.lineKey.startsWith('adjustment:'));
    const noReason = await perf({ method: 'POST', url: `/api/assessment/appeals/${open.id}/reject`, payload: { version: open.version, reason: '' } });
    expect(noReason.statusCode).toBe(400);
    const rejected = await perf({
      method: 'POST',
      url: `/api/assessment/appeals/${open.id}/reject`,
      payload: { version: open.version, reason: '加分依据充分，维持原结果' },
    });
    expect(rejected.json()).toMatchObject({ status: 'REJECTED', decisionReason: '加分依据充分，维持原结果' });
    expect(
      (await perf({ method: 'POST', url: `/api/assessment/appeals/${open.id}/reject`, payload: { version: rejected.json().version, reason: '再次' } }))
        .statusCode,
    ).toBe(409);
    expect(await t.db.notification.count({ where: { accountId: w.seeded.accountId('unit.chengdu'), kind: 'APPEAL_REJECTED' } })).toBe(1);
    const again = await file(open.lineKey);
    expect(again.statusCode).toBe(201);
    await perf({ method: 'POST', url: `/api/assessment/appeals/${again.json().id}/reject`, payload: { version: again.json().version, reason: '同上' } });
  });

  it('accepts with a corrected score: the record keeps its old value as a revision, the category is re-run, and version 2 shows the change while version 1 stays', async () => {
    const open = (await perf({ method: 'GET', url: '/api/assessment/appeals?status=OPEN' }))
      .json()
      .items.find((a: { lineKey: string }) => a.lineKey === targetLine);
    const tooHigh = await perf({
      method: 'POST',
      url: `/api/assessment/appeals/${open.id}/accept`,
      payload: { version: open.version, reason: '复核属实', correctedScore: 6 },
    });
    expect(tooHigh.statusCode).toBe(400);
    expect(tooHigh.json().error.details.issues[0].path).toBe('correctedScore');
    const accepted = await perf({
      method: 'POST',
      url: `/api/assessment/appeals/${open.id}/accept`,
      payload: { version: open.version, reason: '复核属实，更正为满分', correctedScore: 5 },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'ACCEPTED', resolvedVersionNo: null });
    const record = await t.db.assessmentRecord.findUniqueOrThrow({ where: { id: w.records.cdA! }, include: { revisions: true } });
    expect(record.score?.toFixed(2)).toBe('5.00');
    expect(record.status).toBe('SUBMITTED');
    expect(record.revisions.map((r) => (r.snapshot as { score: string }).score)).toEqual(['4.50']);

    await t.app.deps.summaryRuns.drain();
    const set = (await perf({ method: 'GET', url: `/api/assessment/result-sets?periodId=${w.annual.id}` })).json();
    expect(set.changedSincePublished).toBe(true);
    const v2 = await perf({
      method: 'POST',
      url: `/api/assessment/result-sets/${resultSetId}/publish`,
      payload: { version: set.version, title: '考核结果通报（更正）', docNo: '川交绩〔2026〕9号' },
    });
    expect(v2.json().versionNo).toBe(2);
    const b2 = (await t.as('leader')({ method: 'GET', url: `/api/assessment/bulletins/${v2.json().bulletinId}` })).json();
    expect(b2.categories[0].rows[0]).toMatchObject({
      unitName: '成都市交通运输局',
      rank: 1,
      final: 102,
      grade: '优秀',
      prev: { final: 96, rank: 3, grade: '良好' },
    });
    expect(b2.changes).toContainEqual({ unitName: '成都市交通运输局', categoryName: '测试市州', text: '得分 96.00 → 102.00，排名 3 → 1，等次 良好 → 优秀' });
    const b1 = (await t.as('leader')({ method: 'GET', url: `/api/assessment/bulletins/${bulletinId}` })).json();
    expect(b1.supersededAt).not.toBeNull();
    expect(b1.categories[0].rows[2]).toMatchObject({ unitName: '成都市交通运输局', rank: 3, final: 96 });
    const resolved = (await unit({ method: 'GET', url: '/api/assessment/appeals?status=ACCEPTED' })).json().items[0];
    expect(resolved.resolvedVersionNo).toBe(2);
    // The old version can no longer be appealed.
    const onOld = await file(`target:${w.targets.cdB.id}`);
    expect(onOld.statusCode).toBe(409);
    expect(onOld.json().error.key).toBe('appeals.superseded');
  });

  it('closes the window after the configured working days', async () => {
    const v2 = await t.db.bulletin.findFirstOrThrow({ where: { resultSetId, supersededAt: null } });
    // Published on a day of the fake clock; eight calendar days later at least five working days have passed unless
    // a holiday intervenes — add none, so the window is closed then.
    t.clock.set(new Date(v2.publishedAt.getTime() + 8 * 86_400_000));
    const { token } = await t.login('unit.chengdu');
    const late = await t.app.inject({
      method: 'POST',
      url: '/api/assessment/appeals',
      headers: { authorization: `Bearer ${token}` },
      payload: { bulletinId: v2.id, lineKey: `target:${w.targets.cdB.id}`, reason: '超过申诉期的申诉' },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.key).toBe('appeals.windowClosed');
  });
});

describe('法定节假日', async () => {
  const t = await createTestApp();
  afterAll(() => t.app.close());
  it('replaces a year, refusing dates outside it and duplicates by path', async () => {
    const perf = t.as('perf');
    const bad = await perf({
      method: 'PUT',
      url: '/api/assessment/holidays',
      payload: {
        year: 2031,
        items: [
          { date: '2031-10-01', name: '国庆节' },
          { date: '2032-01-01', name: '元旦' },
          { date: '2031-10-01', name: '重复' },
        ],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues.map((i: { path: string }) => i.path)).toEqual(['items.1.date', 'items.2.date']);
    const ok = await perf({
      method: 'PUT',
      url: '/api/assessment/holidays',
      payload: {
        year: 2031,
        items: [
          { date: '2031-10-02', name: '国庆节' },
          { date: '2031-10-11', name: '调休', workday: true },
        ],
      },
    });
    expect(ok.json().items).toEqual([
      { date: '2031-10-02', name: '国庆节', workday: false },
      { date: '2031-10-11', name: '调休', workday: true },
    ]);
    expect((await t.as('unit.chengdu')({ method: 'GET', url: '/api/assessment/holidays?year=2031' })).json().items).toHaveLength(2);
  });
});
