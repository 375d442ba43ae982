import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';

/**
 * 考核记录: the department that assesses a target scores it while the process is open, submits, revises (the old
 * values kept), and the office archives, returns (退档) and voids — every move legal only from its states, with versions.
 */
describe('assessment records', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const perf = t.as('perf');
  const safety = t.as('safety');
  const safetyType = await db.targetType.findUniqueOrThrow({ where: { code: 'SAFETY' } });
  const targets = await db.target.findMany({
    where: { yearId: seeded.yearId, targetTypeId: safetyType.id, publishedRevisionNo: { not: null } },
    orderBy: { id: 'asc' },
    take: 4,
  });
  const [first, second, third, fourth] = targets as [(typeof targets)[0], (typeof targets)[0], (typeof targets)[0], (typeof targets)[0]];

  // A 专项 of 安全生产 of this file's own, so no other file's process is touched.
  const period = (
    await perf({
      method: 'POST',
      url: '/api/assessment/periods',
      payload: { yearId: seeded.yearId, kind: 'SPECIAL', name: '安全生产专项考核（记录）', targetTypeId: safetyType.id },
    })
  ).json();
  const process = period.processes[0];
  const save = (as: typeof perf, body: Record<string, unknown>) =>
    as({ method: 'PUT', url: '/api/assessment/records', payload: { periodId: period.id, ...body } });
  const move = (as: typeof perf, id: string, action: string, payload: Record<string, unknown>) =>
    as({ method: 'POST', url: `/api/assessment/records/${id}/${action}`, payload });
  const score = (targetId: string, extra: Record<string, unknown> = {}) => ({
    targetId,
    score: '1.50',
    opinion: '按期完成',
    deductions: [{ reason: '台账不全', points: '0.5' }],
    ...extra,
  });

  it('nothing is recorded before the process opens', async () => {
    const res = await save(safety, score(first.id));
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'INVALID_STATE', key: 'records.processNotOpen', params: { processStatus: 'NOT_STARTED' } });
    const opened = await perf({ method: 'POST', url: `/api/assessment/processes/${process.id}/open`, payload: { version: process.version } });
    expect(opened.json().status).toBe('OPEN');
  });

  it('the assessing department saves a draft; a score above the target’s points and another department are refused', async () => {
    const res = await save(safety, score(first.id));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'DRAFT', score: '1.50', deductions: [{ reason: '台账不全', points: '0.50' }], version: 1, revisionCount: 0 });
    const tooHigh = await save(safety, score(second.id, { score: String(Number(second.maxScore) + 1) }));
    expect(tooHigh.statusCode).toBe(400);
    expect(tooHigh.json().error.details.issues[0]).toMatchObject({ path: 'score', key: 'records.scoreAboveMax' });
    const other = await save(t.as('integrity'), score(first.id));
    expect(other.statusCode).toBe(403);
    expect(other.json().error.key).toBe('records.notAssessor');
    // A second save without the version the first one returned is a conflict, not an overwrite.
    const blind = await save(safety, score(first.id, { score: '1' }));
    expect(blind.json().error.code).toBe('VERSION_CONFLICT');
  });

  it('submit → revise (old values kept) → submit → archive → 退档 → saved again as a draft', async () => {
    const draft = (await save(safety, score(third.id))).json();
    const submitted = await move(safety, draft.id, 'submit', { version: 1 });
    expect(submitted.json()).toMatchObject({ status: 'SUBMITTED', submittedAt: expect.any(String), version: 2 });
    const twice = await move(safety, draft.id, 'submit', { version: 2 });
    expect(twice.json().error).toMatchObject({
      code: 'INVALID_STATE',
      key: 'records.notAllowedInStatus',
      params: { recordStatus: 'SUBMITTED', recordAction: 'submit' },
    });
    const edit = await save(safety, score(third.id, { version: 2 }));
    expect(edit.json().error).toMatchObject({ code: 'INVALID_STATE', params: { recordAction: 'save' } });
    const stale = await move(safety, draft.id, 'revise', { version: 1, reason: '补充扣分' });
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');

    const revised = await move(safety, draft.id, 'revise', { version: 2, reason: '补充扣分' });
    expect(revised.json()).toMatchObject({ status: 'DRAFT', revisionCount: 1 });
    const kept = await db.assessmentRecordRevision.findFirstOrThrow({ where: { recordId: draft.id } });
    expect(kept).toMatchObject({ revisionNo: 1, reason: '补充扣分', snapshot: expect.objectContaining({ status: 'SUBMITTED', score: '1.50' }) });
    await save(safety, score(third.id, { score: '1.2', version: 3 }));
    await move(safety, draft.id, 'submit', { version: 4 });

    expect((await move(safety, draft.id, 'archive', { version: 5 })).statusCode).toBe(403);
    const archived = await move(perf, draft.id, 'archive', { version: 5 });
    expect(archived.json().status).toBe('ARCHIVED');
    expect((await move(safety, draft.id, 'void', { version: 6, reason: '重复录入' })).json().error.code).toBe('INVALID_STATE');
    const returned = await move(perf, draft.id, 'return', { version: 6, reason: '得分依据不足' });
    expect(returned.json()).toMatchObject({ status: 'RETURNED', returnReason: '得分依据不足', revisionCount: 2 });
    const again = await save(safety, score(third.id, { score: '1.1', version: 7 }));
    expect(again.json()).toMatchObject({ status: 'DRAFT', score: '1.10', returnReason: null });
    const actions = await db.auditEvent.findMany({ where: { objectId: draft.id, outcome: 'SUCCESS' }, orderBy: { at: 'asc' }, select: { action: true } });
    // The department's attempt to archive is in the log as refused.
    expect(await db.auditEvent.count({ where: { objectId: draft.id, outcome: 'DENIED' } })).toBe(1);
    expect(actions.map((a) => a.action)).toEqual([
      'records.save',
      'records.submit',
      'records.revise',
      'records.save',
      'records.submit',
      'records.archive',
      'records.return',
      'records.save',
    ]);
  });

  it('a voided record is final', async () => {
    const draft = (await save(safety, score(fourth.id))).json();
    const voided = await move(safety, draft.id, 'void', { version: 1, reason: '目标已调整' });
    expect(voided.json()).toMatchObject({ status: 'VOIDED', voidReason: '目标已调整' });
    expect((await save(safety, score(fourth.id, { version: 2 }))).json().error.code).toBe('INVALID_STATE');
    expect((await move(perf, draft.id, 'submit', { version: 2 })).json().error.code).toBe('INVALID_STATE');
  });

  it('the 评分表 lists what the department assesses in the period, with its records; filters narrow it', async () => {
    const grid = (await safety({ method: 'GET', url: `/api/assessment/records?periodId=${period.id}&pageSize=500` })).json();
    const published = await db.target.count({ where: { yearId: seeded.yearId, targetTypeId: safetyType.id, publishedRevisionNo: { not: null } } });
    expect(grid.total).toBe(published);
    expect(grid.items.every((r: { assessorUnitId: string }) => r.assessorUnitId === safetyType.ownerUnitId)).toBe(true);
    expect(grid.items.find((r: { targetId: string }) => r.targetId === first.id).record).toMatchObject({ status: 'DRAFT', score: '1.50' });
    const none = (await safety({ method: 'GET', url: `/api/assessment/records?periodId=${period.id}&status=NONE&pageSize=500` })).json();
    expect(none.total).toBe(published - 3);
    // Another department sees only what it assesses: nothing of 安全生产.
    expect((await t.as('integrity')({ method: 'GET', url: `/api/assessment/records?periodId=${period.id}` })).json().total).toBe(0);
  });

  it('after the process closes the department can no longer submit; the office still archives', async () => {
    const draft = (await save(safety, score(second.id))).json();
    const submitted = (await move(safety, draft.id, 'submit', { version: 1 })).json();
    const current = (await perf({ method: 'GET', url: `/api/assessment/periods?yearId=${seeded.yearId}` }))
      .json()
      .items.find((p: { id: string }) => p.id === period.id).processes[0];
    const closed = await perf({
      method: 'POST',
      url: `/api/assessment/processes/${process.id}/close`,
      payload: { version: current.version, confirmUnsubmitted: true },
    });
    expect(closed.json().status).toBe('CLOSED');
    const late = await move(safety, draft.id, 'revise', { version: submitted.version, reason: '补充' });
    expect(late.json().error).toMatchObject({ code: 'INVALID_STATE', key: 'records.processNotOpen' });
    expect((await move(perf, draft.id, 'archive', { version: submitted.version })).json().status).toBe('ARCHIVED');
  });
});
