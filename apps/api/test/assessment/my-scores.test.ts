import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';

/**
 * 本单位考核结果: a unit sees its own scores once they are submitted and the process has closed — never a draft, a voided
 * record, another unit's, or anything while the process is open; a responsible person only the targets decomposed to them.
 */
describe('assessment records: a unit’s own published scores', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const perf = t.as('perf');
  const safety = t.as('safety');
  const unit = t.as('unit.chengdu');
  const staff = t.as('staff.chengdu');
  const safetyType = await db.targetType.findUniqueOrThrow({ where: { code: 'SAFETY' } });
  const staffPerson = (await db.account.findUniqueOrThrow({ where: { username: 'staff.chengdu' } })).personId!;
  const otherPerson = (await db.person.findFirstOrThrow({ where: { unitId: seeded.unitId('CITY-CD'), status: 'ACTIVE', id: { not: staffPerson } } })).id;

  const created = (
    await perf({
      method: 'POST',
      url: '/api/assessment/periods',
      payload: { yearId: seeded.yearId, kind: 'SPECIAL', name: '安全生产专项考核（结果）', targetTypeId: safetyType.id },
    })
  ).json();
  const periodId: string = created.id;
  let process = created.processes[0];
  const processAction = async (action: 'open' | 'close' | 'reset', extra: Record<string, unknown> = {}) => {
    process = (
      await perf({ method: 'POST', url: `/api/assessment/processes/${process.id}/${action}`, payload: { version: process.version, ...extra } })
    ).json();
  };
  await processAction('open');

  // 成都: one target decomposed to staff.chengdu, two to someone else; 绵阳: one.
  const staffTarget = await fx.target({ status: 'PUBLISHED', personId: staffPerson });
  const archivedTarget = await fx.target({ status: 'PUBLISHED', personId: otherPerson });
  const draftTarget = await fx.target({ status: 'PUBLISHED', personId: otherPerson });
  const voidedTarget = await fx.target({ status: 'PUBLISHED', personId: otherPerson });
  const mianyangTarget = await fx.target({ status: 'PUBLISHED', unitCode: 'CITY-MY' });
  const score = async (targetId: string, value: string, then: ('submit' | 'archive' | 'void')[] = ['submit']) => {
    let r = (
      await safety({
        method: 'PUT',
        url: '/api/assessment/records',
        payload: { periodId, targetId, score: value, opinion: '按期完成', deductions: [{ reason: '台账不全', points: '0.5' }] },
      })
    ).json();
    for (const action of then) {
      const as = action === 'archive' ? perf : safety;
      const payload = { version: r.version, ...(action === 'void' ? { reason: '重复录入' } : {}) };
      r = (await as({ method: 'POST', url: `/api/assessment/records/${r.id}/${action}`, payload })).json();
      expect(r.status).toBe({ submit: 'SUBMITTED', archive: 'ARCHIVED', void: 'VOIDED' }[action]);
    }
    return r;
  };
  await score(staffTarget.id, '2.50');
  await score(archivedTarget.id, '1.25', ['submit', 'archive']);
  await score(draftTarget.id, '3.00', []);
  await score(voidedTarget.id, '2.00', ['submit', 'void']);
  await score(mianyangTarget.id, '2.75');

  const mine = async (as: typeof unit) => {
    const res = await as({ method: 'GET', url: `/api/assessment/my-scores?yearId=${seeded.yearId}&periodId=${periodId}` });
    expect(res.statusCode).toBe(200);
    return res.json() as {
      periods: { id: string; count: number; score: string; maxScore: string }[];
      items: { targetId: string; score: string; maxScore: string; status: string; assessorUnitName: string; deductions: unknown[]; opinion: string }[];
    };
  };

  it('nothing is shown while the process is open, not even submitted records', async () => {
    const res = await mine(unit);
    expect(res.items).toEqual([]);
    expect(res.periods.map((p) => p.id)).not.toContain(periodId);
  });

  it('after the process closes the unit admin sees its submitted and archived scores, with the period’s total — no draft, no voided record, no other unit’s', async () => {
    await processAction('close', { confirmUnsubmitted: true });
    const res = await mine(unit);
    expect(res.items.map((i) => i.targetId).sort()).toEqual([staffTarget.id, archivedTarget.id].sort());
    expect(res.items.find((i) => i.targetId === archivedTarget.id)).toMatchObject({
      score: '1.25',
      status: 'ARCHIVED',
      assessorUnitName: '安全监督处',
      opinion: '按期完成',
      deductions: [{ reason: '台账不全', points: '0.50' }],
    });
    const period = res.periods.find((p) => p.id === periodId)!;
    const max = (Number(staffTarget.maxScore) + Number(archivedTarget.maxScore)).toFixed(2);
    expect(period).toMatchObject({ count: 2, score: '3.75', maxScore: max });

    // 绵阳 sees its own one, and none of 成都's.
    const mianyang = await mine(t.as('unit.mianyang'));
    expect(mianyang.items.map((i) => i.targetId)).toEqual([mianyangTarget.id]);
  });

  it('a responsible person sees only the targets decomposed to them', async () => {
    const res = await mine(staff);
    expect(res.items.map((i) => i.targetId)).toEqual([staffTarget.id]);
    expect(res.periods.find((p) => p.id === periodId)).toMatchObject({ count: 1, score: '2.50' });
  });

  it('the export has the same rows and a total per period', async () => {
    const res = await unit({ method: 'GET', url: `/api/assessment/my-scores/export?yearId=${seeded.yearId}&periodId=${periodId}` });
    expect(res.statusCode).toBe(200);
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toMatch(/考核结果-成都市交通运输局\d{4}年-\d{8}\.xlsx/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('考核结果')!;
    const values = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    expect(values(2)).toEqual(['考核时机', '目标类型', '目标名称', '考核部门', '分值', '得分', '扣分项', '考核意见']);
    expect(ws.actualRowCount).toBe(5);
    expect(values(5).slice(0, 2)).toEqual(['安全生产专项考核（结果）', '合计']);
    expect(values(5)[5]).toBe(3.75);
  });

  it('reopening the process (重置) hides the scores again; departments cannot call the route', async () => {
    await processAction('reset', { reason: '补录考核记录' });
    expect((await mine(unit)).items).toEqual([]);
    expect((await safety({ method: 'GET', url: `/api/assessment/my-scores?yearId=${seeded.yearId}` })).statusCode).toBe(403);
  });
});
