import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';

/** 加减分: a department files a line (points from the category by default), the office approves or rejects it. */
describe('bonus and deduction lines', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const perf = t.as('perf');
  const safety = t.as('safety');
  const categories = (await perf({ method: 'GET', url: `/api/assessment/adjustment-categories?yearId=${seeded.yearId}` })).json().items as {
    id: string;
    code: string;
    defaultPoints: string | null;
  }[];
  const category = (code: string) => categories.find((c) => c.code === code)!;
  const unit = await db.assessedUnit.findFirstOrThrow({ where: { yearId: seeded.yearId, unit: { code: 'CITY-MY' } } });
  const file = (as: typeof perf, body: Record<string, unknown>) =>
    as({ method: 'POST', url: '/api/assessment/adjustments', payload: { assessedUnitId: unit.id, ...body } });

  it('the year has the measures’ categories, with default points', () => {
    expect(category('NATIONAL_AWARD').defaultPoints).toBe('2.00');
    expect(category('ABSENCE').defaultPoints).toBe('0.50');
    expect(category('VETO').defaultPoints).toBeNull();
  });

  it('filed pending with the category’s points; a veto has none; a category without default needs points', async () => {
    const absence = await file(safety, { categoryId: category('ABSENCE').id, reason: '无故缺席安全生产会议' });
    expect(absence.statusCode).toBe(201);
    expect(absence.json()).toMatchObject({ kind: 'DEDUCTION', points: '0.50', status: 'PENDING', unitName: '绵阳市交通运输局', filedByUnitName: '安全监督处' });
    expect((await file(safety, { categoryId: category('VETO').id, points: '1', reason: '事故' })).json().error.details.issues[0]).toMatchObject({
      path: 'points',
      key: 'adjustments.vetoHasNoPoints',
    });
    expect((await file(safety, { categoryId: category('INSPECTION').id, reason: '察访核验' })).json().error.details.issues[0]).toMatchObject({
      path: 'points',
      key: 'adjustments.pointsRequired',
    });
    const veto = await file(safety, { categoryId: category('VETO').id, reason: '发生较大生产安全责任事故' });
    expect(veto.json()).toMatchObject({ kind: 'VETO', points: null, status: 'PENDING' });
  });

  it('the office approves or rejects once; the filer is told; a department cannot decide', async () => {
    const line = (await file(safety, { categoryId: category('PROVINCIAL_CRITICISM').id, reason: '被省政府督查通报' })).json();
    expect((await safety({ method: 'POST', url: `/api/assessment/adjustments/${line.id}/approve`, payload: { version: 1 } })).statusCode).toBe(403);
    const approved = await perf({ method: 'POST', url: `/api/assessment/adjustments/${line.id}/approve`, payload: { version: 1 } });
    expect(approved.json()).toMatchObject({ status: 'APPROVED', decidedAt: expect.any(String) });
    const again = await perf({ method: 'POST', url: `/api/assessment/adjustments/${line.id}/reject`, payload: { version: 2, reason: '依据不足' } });
    expect(again.json().error).toMatchObject({ code: 'INVALID_STATE', key: 'adjustments.notAllowedInStatus', params: { adjustmentStatus: 'APPROVED' } });
    expect(await db.notification.count({ where: { accountId: seeded.accountId('safety'), kind: 'ADJUSTMENT_APPROVED' } })).toBe(1);

    const other = (await file(safety, { categoryId: category('ABSENCE').id, reason: '缺席' })).json();
    const rejected = await perf({ method: 'POST', url: `/api/assessment/adjustments/${other.id}/reject`, payload: { version: 1, reason: '已请假，不应扣分' } });
    expect(rejected.json()).toMatchObject({ status: 'REJECTED', decisionReason: '已请假，不应扣分' });
  });

  it('a department lists the lines it filed; the office lists all, filtered', async () => {
    const mine = (await safety({ method: 'GET', url: `/api/assessment/adjustments?yearId=${seeded.yearId}&pageSize=100` })).json();
    expect(mine.items.every((a: { filedByUnitName: string }) => a.filedByUnitName === '安全监督处')).toBe(true);
    const all = (await perf({ method: 'GET', url: `/api/assessment/adjustments?yearId=${seeded.yearId}&pageSize=100` })).json();
    expect(all.total).toBeGreaterThan(mine.total);
    const pending = (await perf({ method: 'GET', url: `/api/assessment/adjustments?yearId=${seeded.yearId}&status=PENDING&assessedUnitId=${unit.id}` })).json();
    expect(pending.items.map((a: { status: string }) => a.status)).toEqual(pending.items.map(() => 'PENDING'));
    expect(pending.total).toBe(await db.adjustment.count({ where: { assessedUnitId: unit.id, status: 'PENDING' } }));
  });
});
