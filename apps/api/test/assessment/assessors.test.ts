import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';

/**
 * 考核部门: the office names who assesses a target type, an indicator or a single target; the most specific naming wins
 * and the type's owning department assesses whatever nobody is named for. The processes' completeness follows.
 */
describe('assessing departments', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const perf = t.as('perf');
  const safetyType = await db.targetType.findUniqueOrThrow({ where: { code: 'SAFETY' } });
  const [ajc, jcs, bgs] = [seeded.unitId('HQ-AJC'), seeded.unitId('HQ-JCS'), seeded.unitId('HQ-BGS')];
  const set = (body: Record<string, unknown>) => perf({ method: 'PUT', url: '/api/assessment/assessors', payload: body });
  const expectedByUnit = async (code: string) => {
    const items = (await perf({ method: 'GET', url: `/api/assessment/periods?yearId=${seeded.yearId}` })).json().items;
    const process = items.find((p: { code: string }) => p.code === code).processes.find((p: { targetTypeId: string }) => p.targetTypeId === safetyType.id);
    return Object.fromEntries(process.completeness.map((c: { assessorUnitId: string; expected: number }) => [c.assessorUnitId, c.expected]));
  };
  const published = await db.target.findMany({
    where: { yearId: seeded.yearId, targetTypeId: safetyType.id, publishedRevisionNo: { not: null } },
    orderBy: { id: 'asc' },
    select: { id: true, indicatorId: true },
  });

  it('nobody named: the owning department assesses every published target of its type', async () => {
    expect(await expectedByUnit('ANNUAL')).toEqual({ [safetyType.ownerUnitId]: published.length });
  });

  it('a type shared by two departments, one target given to a third: the most specific wins', async () => {
    const shared = await set({ scope: 'targetType', id: safetyType.id, unitIds: [ajc, jcs] });
    expect(shared.statusCode).toBe(200);
    expect(shared.json()).toMatchObject({
      scope: 'targetType',
      id: safetyType.id,
      name: safetyType.name,
      units: expect.arrayContaining([{ id: ajc, name: expect.any(String) }]),
    });
    const single = await set({ scope: 'target', id: published[0]!.id, unitIds: [bgs] });
    expect(single.statusCode).toBe(200);
    expect(await expectedByUnit('ANNUAL')).toEqual({ [ajc]: published.length - 1, [jcs]: published.length - 1, [bgs]: 1 });
    const listed = (await perf({ method: 'GET', url: `/api/assessment/assessors?yearId=${seeded.yearId}` })).json().items;
    expect(listed.map((a: { scope: string; id: string }) => `${a.scope}:${a.id}`)).toEqual([`targetType:${safetyType.id}`, `target:${published[0]!.id}`]);
    expect(await db.auditEvent.count({ where: { action: 'assessors.set', objectId: safetyType.id } })).toBe(1);
  });

  it('clearing a naming falls back to the broader one', async () => {
    await set({ scope: 'target', id: published[0]!.id, unitIds: [] });
    await set({ scope: 'targetType', id: safetyType.id, unitIds: [] });
    expect(await expectedByUnit('ANNUAL')).toEqual({ [safetyType.ownerUnitId]: published.length });
  });

  it('only a division of the department assesses; unknown scopes are 404; departments themselves may not name', async () => {
    const city = await set({ scope: 'targetType', id: safetyType.id, unitIds: [ajc, seeded.unitId('CITY-CD')] });
    expect(city.statusCode).toBe(400);
    expect(city.json().error.details.issues[0]).toMatchObject({ path: 'unitIds.1', key: 'assessment.assessorNotDepartment' });
    const unknown = await set({ scope: 'indicator', id: '00000000-0000-4000-8000-000000000000', unitIds: [ajc] });
    expect(unknown.statusCode).toBe(404);
    const dept = await t.as('safety')({ method: 'PUT', url: '/api/assessment/assessors', payload: { scope: 'targetType', id: safetyType.id, unitIds: [ajc] } });
    expect(dept.statusCode).toBe(403);
    expect(await db.assessingDepartment.count()).toBe(0);
  });

  it('a naming goes with its scope: deleting the indicator removes it', async () => {
    const parent = await db.indicator.findFirstOrThrow({ where: { yearId: seeded.yearId, level: 1 }, orderBy: { code: 'asc' } });
    const leaf = await db.indicator.create({
      data: { yearId: seeded.yearId, parentId: parent.id, level: 2, code: `${parent.code}.99`, name: '临时指标', weightBp: 100, sortOrder: 99 },
    });
    expect((await set({ scope: 'indicator', id: leaf.id, unitIds: [ajc] })).statusCode).toBe(200);
    const removed = await perf({ method: 'DELETE', url: `/api/indicators/${leaf.id}?version=${leaf.version}` });
    expect(removed.statusCode).toBe(200);
    expect(await db.assessingDepartment.count({ where: { indicatorId: leaf.id } })).toBe(0);
    expect(await db.assessingDepartment.count()).toBe(0);
  });
});
