import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';

/**
 * 考核时机 and 考核流程: the office adds a period (one process per target type of the year's categories), opens it,
 * closes it — asked to confirm when records are still unsubmitted — and resets it with a reason. Every step is
 * audited, told to the departments that assess the type, and refused from the wrong state or a stale version.
 */
describe('assessment periods and processes', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const perf = t.as('perf');
  const safetyType = await db.targetType.findUniqueOrThrow({ where: { code: 'SAFETY' } });
  const safetyAccounts = (await db.account.findMany({ where: { unitId: safetyType.ownerUnitId, roles: { has: 'FUNC_DEPT' } }, select: { id: true } })).map(
    (a) => a.id,
  );

  const create = (body: Record<string, unknown>) => perf({ method: 'POST', url: '/api/assessment/periods', payload: { yearId: seeded.yearId, ...body } });
  const list = async () =>
    (await perf({ method: 'GET', url: `/api/assessment/periods?yearId=${seeded.yearId}` })).json().items as Array<{
      id: string;
      code: string;
      processes: Array<{
        id: string;
        targetTypeId: string;
        status: string;
        version: number;
        completeness: { assessorUnitId: string; submitted: number; expected: number }[];
      }>;
    }>;
  const act = (processId: string, action: string, payload: Record<string, unknown>) =>
    perf({ method: 'POST', url: `/api/assessment/processes/${processId}/${action}`, payload });

  // The seed's 第四季度 has not started at either pinned instant of this tier (2 March, 31 December 15:00): this file
  // deletes it, adds it again and works on the new one.
  const seedQ4 = (await list()).find((p) => p.code === 'Q4')!;
  const removed = await perf({ method: 'DELETE', url: `/api/assessment/periods/${seedQ4.id}?version=1` });
  const annual = await create({ kind: 'QUARTER', code: 'Q4', name: '第四季度平时考核' });
  const safetyProcess = () => annual.json().processes.find((p: { targetTypeId: string }) => p.targetTypeId === safetyType.id);

  it('a period not started is deleted with its processes; a new one gets one NOT_STARTED process per target type of the year’s categories', async () => {
    expect(removed.statusCode).toBe(200);
    expect(await db.assessmentProcess.count({ where: { periodId: seedQ4.id } })).toBe(0);
    expect(annual.statusCode).toBe(201);
    const categoryTypes = await db.categoryTargetType.findMany({ where: { category: { yearId: seeded.yearId } }, distinct: ['targetTypeId'] });
    const created = annual.json().processes.map((p: { targetTypeId: string }) => p.targetTypeId);
    expect([...created].sort()).toEqual(categoryTypes.map((c) => c.targetTypeId).sort());
    expect(annual.json().processes.every((p: { status: string }) => p.status === 'NOT_STARTED')).toBe(true);
    expect(await db.auditEvent.count({ where: { action: 'assessmentPeriods.create', objectId: annual.json().id } })).toBe(1);
  });

  it('the same period twice in a year is 409; a 专项 names what it covers', async () => {
    const again = await create({ kind: 'QUARTER', code: 'Q4', name: '第四季度平时考核' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ key: 'assessment.periodExists' });
    const noScope = await create({ kind: 'SPECIAL', name: '专项考核' });
    expect(noScope.statusCode).toBe(400);
    expect(noScope.json().error.details.issues[0]).toMatchObject({ path: 'specialTaskId', key: 'assessment.specialNeedsScope' });
    const special = await create({ kind: 'SPECIAL', name: '安全生产专项考核', targetTypeId: safetyType.id });
    expect(special.statusCode).toBe(201);
    expect(special.json()).toMatchObject({ code: expect.stringMatching(/^SPECIAL-\d+$/), processes: [{ targetTypeId: safetyType.id }] });
  });

  it('the demo year is scored as its calendar says: closed processes almost fully (a few returned, one void), none before they open', async () => {
    const periods = await list();
    for (const period of periods.filter((p) => p.code !== 'Q4')) {
      for (const process of period.processes) {
        const submitted = process.completeness.reduce((n, c) => n + c.submitted, 0);
        const expected = process.completeness.reduce((n, c) => n + c.expected, 0);
        if (process.status === 'CLOSED') expect(submitted, `${period.code} ${process.targetTypeId}`).toBeGreaterThanOrEqual(Math.floor(expected * 0.95));
        if (process.status === 'NOT_STARTED') expect(submitted, `${period.code} ${process.targetTypeId}`).toBe(0);
        expect(submitted).toBeLessThanOrEqual(expected);
      }
    }
  });

  it('a deleted 专项 leaves a gap in the numbering, never a clash', async () => {
    const a = (await create({ kind: 'SPECIAL', name: '专项甲', targetTypeId: safetyType.id })).json();
    const b = (await create({ kind: 'SPECIAL', name: '专项乙', targetTypeId: safetyType.id })).json();
    expect((await perf({ method: 'DELETE', url: `/api/assessment/periods/${a.id}?version=1` })).statusCode).toBe(200);
    const c = await create({ kind: 'SPECIAL', name: '专项丙', targetTypeId: safetyType.id });
    expect(c.statusCode).toBe(201);
    expect(Number(c.json().code.split('-')[1])).toBe(Number(b.code.split('-')[1]) + 1);
  });

  it('completeness counts each published target once per assessing department, and follows who is named', async () => {
    const published = await db.target.count({ where: { yearId: seeded.yearId, targetTypeId: safetyType.id, publishedRevisionNo: { not: null } } });
    const process = (await list()).find((p) => p.code === 'Q4')!.processes.find((p) => p.targetTypeId === safetyType.id)!;
    expect(process.completeness).toEqual([{ assessorUnitId: safetyType.ownerUnitId, assessorUnitName: expect.any(String), submitted: 0, expected: published }]);

    // 纪检 assesses 安全生产 together with its owner, and one target is assessed by 纪检 alone.
    const jcs = seeded.unitId('HQ-JCS');
    const one = await db.target.findFirstOrThrow({
      where: { yearId: seeded.yearId, targetTypeId: safetyType.id, publishedRevisionNo: { not: null } },
      orderBy: { id: 'asc' },
    });
    await db.assessingDepartment.createMany({
      data: [
        { unitId: safetyType.ownerUnitId, targetTypeId: safetyType.id },
        { unitId: jcs, targetTypeId: safetyType.id },
        { unitId: jcs, targetId: one.id },
      ],
    });
    const after = (await list()).find((p) => p.code === 'Q4')!.processes.find((p) => p.targetTypeId === safetyType.id)!;
    const byUnit = Object.fromEntries(after.completeness.map((c) => [c.assessorUnitId, c.expected]));
    expect(byUnit).toEqual({ [safetyType.ownerUnitId]: published - 1, [jcs]: published });
    await db.assessingDepartment.deleteMany({});
  });

  it('open → close → reset, each audited and told to the departments that assess the type; wrong state and stale version are 409', async () => {
    const p = safetyProcess();
    const before = await db.notification.count({ where: { accountId: { in: safetyAccounts }, kind: 'PROCESS_OPENED' } });
    const opened = await act(p.id, 'open', { version: p.version });
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toMatchObject({ status: 'OPEN', openedAt: expect.any(String), version: p.version + 1 });
    expect(await db.notification.count({ where: { accountId: { in: safetyAccounts }, kind: 'PROCESS_OPENED' } })).toBe(before + safetyAccounts.length);

    const twice = await act(p.id, 'open', { version: p.version + 1 });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toMatchObject({
      code: 'INVALID_STATE',
      key: 'assessment.processNotAllowedInStatus',
      params: { processStatus: 'OPEN', processAction: 'open' },
    });
    const stale = await act(p.id, 'close', { version: p.version });
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');

    // A draft record still open: closing asks to confirm and lists it; confirmed, the process closes.
    const target = await db.target.findFirstOrThrow({ where: { yearId: seeded.yearId, targetTypeId: safetyType.id, publishedRevisionNo: { not: null } } });
    await db.assessmentRecord.create({
      data: { targetId: target.id, periodId: p.periodId, processId: p.id, assessorUnitId: safetyType.ownerUnitId, createdById: seeded.accountId('safety') },
    });
    const asked = await act(p.id, 'close', { version: p.version + 1 });
    expect(asked.statusCode).toBe(409);
    expect(asked.json().error).toMatchObject({ code: 'CONFLICT', key: 'assessment.unsubmittedRecords', params: { count: 1 } });
    expect(asked.json().error.details.records).toEqual([expect.objectContaining({ targetId: target.id, targetTitle: target.title, status: 'DRAFT' })]);
    const closed = await act(p.id, 'close', { version: p.version + 1, confirmUnsubmitted: true });
    expect(closed.json()).toMatchObject({ status: 'CLOSED', closedAt: expect.any(String) });

    const noReason = await act(p.id, 'reset', { version: p.version + 2 });
    expect(noReason.statusCode).toBe(400);
    const reset = await act(p.id, 'reset', { version: p.version + 2, reason: '补录考核记录' });
    expect(reset.json()).toMatchObject({ status: 'OPEN', closedAt: null, resetCount: 1, lastResetReason: '补录考核记录' });
    const audit = await db.auditEvent.findMany({ where: { objectId: p.id }, orderBy: { at: 'asc' }, select: { action: true, reason: true } });
    expect(audit).toEqual([
      { action: 'assessmentProcesses.open', reason: null },
      { action: 'assessmentProcesses.close', reason: null },
      { action: 'assessmentProcesses.reset', reason: '补录考核记录' },
    ]);
  });

  it('a period whose process was opened is not deleted', async () => {
    const started = await perf({ method: 'DELETE', url: `/api/assessment/periods/${annual.json().id}?version=1` });
    expect(started.statusCode).toBe(409);
    expect(started.json().error.key).toBe('assessment.periodStarted');
  });

  it('a unit account does not see the processes; a department does', async () => {
    expect((await t.as('unit.chengdu')({ method: 'GET', url: `/api/assessment/periods?yearId=${seeded.yearId}` })).statusCode).toBe(403);
    expect((await t.as('safety')({ method: 'GET', url: `/api/assessment/periods?yearId=${seeded.yearId}` })).statusCode).toBe(200);
  });
});
