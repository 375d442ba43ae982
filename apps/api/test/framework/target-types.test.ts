import { describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp } from '../helpers/app.ts';
import { SEED_YEAR } from '../helpers/constants.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { checked } from '../validation/error-shape.ts';

type ErrorBody = { error: { code: string; message: string; key: string; details?: { issues?: { path: string; key?: string; message: string }[] } } };
const errorOf = (r: LightMyRequestResponse) => (r.json() as ErrorBody).error;
const pathsOf = (r: LightMyRequestResponse) => (errorOf(r).details?.issues ?? []).map((i) => i.path);

/**
 * 目标类型 kept by the performance office: a new type with its owning department (a 厅机关处室), edits with the version
 * the editor saw, codes and names that name one type each, deactivating a type in use and deleting one never used.
 */
describe('target types: create, edit, deactivate, delete', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const perf = checked(t.as('perf'));
  const admin = checked(t.as('admin'));
  const [ghc, jsc] = [seeded.unitId('HQ-GHC'), seeded.unitId('HQ-JSC')];
  const create = (payload: Record<string, unknown>, as = perf) => as({ method: 'POST', url: '/api/target-types', payload });
  const patch = (id: string, payload: Record<string, unknown>, as = perf) => as({ method: 'PATCH', url: `/api/target-types/${id}`, payload });
  const remove = (id: string, version: number) => perf({ method: 'DELETE', url: `/api/target-types/${id}?version=${version}` });
  const listed = async () => (await perf({ method: 'GET', url: '/api/target-types' })).json() as { id: string; code: string; name: string; active: boolean }[];

  let created: { id: string; version: number; sortOrder: number };

  it('the office adds a type owned by a division: listed last, quarterly as asked, audited', async () => {
    const res = await create({ code: 'INFRA', name: '基础设施建设', ownerUnitId: jsc, reportingRhythm: 'QUARTERLY' });
    expect(res.statusCode, res.body).toBe(201);
    created = res.json();
    expect(res.json()).toMatchObject({
      code: 'INFRA',
      name: '基础设施建设',
      ownerUnitId: jsc,
      ownerUnitName: '建设管理处',
      reportingRhythm: 'QUARTERLY',
      active: true,
      version: 1,
    });
    const list = await listed();
    expect(list.at(-1)).toMatchObject({ code: 'INFRA' });
    const maxSeeded = Math.max(...(await db.targetType.findMany({ where: { code: { not: 'INFRA' } } })).map((x) => x.sortOrder));
    expect(created.sortOrder).toBe(maxSeeded + 10);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'targetTypes.create', objectId: created.id } });
    expect(event.after).toMatchObject({ code: 'INFRA', ownerUnitId: jsc });
  });

  it('a code or a name already taken is a 409 on that field saying which type has it; nothing is written', async () => {
    const code = await create({ code: 'SAFETY', name: '另一个类型', ownerUnitId: ghc });
    expect(code.statusCode).toBe(409);
    expect(errorOf(code)).toMatchObject({ code: 'CONFLICT', key: 'framework.targetTypeCodeTaken', message: '类型编码“SAFETY”已被目标类型“安全生产”使用' });
    expect(pathsOf(code)).toEqual(['code']);
    const name = await create({ code: 'SAFETY2', name: ' 安全生产 ', ownerUnitId: ghc });
    expect(name.statusCode).toBe(409);
    expect(errorOf(name)).toMatchObject({ key: 'framework.targetTypeNameTaken', message: '已有名为“安全生产”的目标类型' });
    expect(pathsOf(name)).toEqual(['name']);
    const renamed = await patch(created.id, { name: '廉政建设', version: created.version });
    expect(renamed.statusCode).toBe(409);
    expect(pathsOf(renamed)).toEqual(['name']);
    expect(await db.targetType.count()).toBe(6);
  });

  it('bad input is a 400 with the field: a lower-case code, an empty name, a city bureau or unknown unit as owner', async () => {
    const bad = await create({ code: 'infra x', name: '  ', ownerUnitId: ghc });
    expect(bad.statusCode).toBe(400);
    expect(pathsOf(bad).sort()).toEqual(['code', 'name']);
    const city = await create({ code: 'CITYTYPE', name: '市州类型', ownerUnitId: seeded.unitId('CITY-CD') });
    expect(city.statusCode).toBe(400);
    expect(errorOf(city).details?.issues?.[0]).toMatchObject({ path: 'ownerUnitId', key: 'framework.targetTypeOwnerNotDivision' });
    expect(errorOf(city).message).toContain('成都');
    const unknown = await create({ code: 'NOBODY', name: '无主类型', ownerUnitId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.statusCode).toBe(400);
    expect(pathsOf(unknown)).toEqual(['ownerUnitId']);
  });

  it('an edit changes what it names and nothing else, with the version seen; a stale one is 409', async () => {
    const res = await patch(created.id, { code: 'BUILD', name: '交通建设', ownerUnitId: ghc, version: created.version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ code: 'BUILD', name: '交通建设', ownerUnitName: '综合规划处', reportingRhythm: 'QUARTERLY', version: 2 });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'targetTypes.update', objectId: created.id } });
    expect(event).toMatchObject({
      before: { code: 'INFRA', name: '基础设施建设', ownerUnitId: jsc },
      after: { code: 'BUILD', name: '交通建设', ownerUnitId: ghc },
    });

    const stale = await patch(created.id, { name: '旧版本的改名', version: created.version }, admin);
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale).code).toBe('VERSION_CONFLICT');
    expect(await db.targetType.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ name: '交通建设', version: 2 });
  });

  it('a deactivated type takes no new targets (those it has stay); active again, it does', async () => {
    const safety = await db.targetType.findUniqueOrThrow({ where: { code: 'SAFETY' } });
    const before = await db.target.count({ where: { targetTypeId: safety.id } });
    const off = await patch(safety.id, { active: false, version: safety.version });
    expect(off.statusCode, off.body).toBe(200);
    expect((await listed()).find((x) => x.code === 'SAFETY')).toMatchObject({ active: false });

    const leaf = await db.indicator.findUniqueOrThrow({ where: { yearId_code: { yearId: seeded.yearId, code: '2.3.1' } } });
    const person = await seeded.personIn('CITY-CD');
    const target = (title: string) => ({
      yearId: seeded.yearId,
      unitId: seeded.unitId('CITY-CD'),
      targetTypeId: safety.id,
      indicatorId: leaf.id,
      title,
      content: '开展隐患排查',
      measures: '挂牌督办',
      deadline: `${SEED_YEAR}-12-31`,
      expectedResult: '隐患清零',
      maxScore: '3',
      milestones: Array.from({ length: 12 }, (_, k) => ({ period: `M${String(k + 1).padStart(2, '0')}`, plannedPercent: Math.round(((k + 1) * 100) / 12) })),
      responsibles: [{ personId: person, share: '100' }],
    });
    const refused = await perf({ method: 'POST', url: '/api/targets', payload: target('停用类型下的新目标') });
    expect(refused.statusCode).toBe(400);
    expect(errorOf(refused).details?.issues?.[0]).toMatchObject({ path: 'targetTypeId', key: 'targets.targetTypeUnavailable' });
    expect(await db.target.count({ where: { targetTypeId: safety.id } })).toBe(before);

    const on = await patch(safety.id, { active: true, version: safety.version + 1 });
    expect(on.statusCode).toBe(200);
    expect((await perf({ method: 'POST', url: '/api/targets', payload: target('重新启用后的新目标') })).statusCode).toBe(201);
  });

  it('a type in use cannot be deleted (409 naming what uses it); an unused one can, with its assessing departments', async () => {
    const safety = await db.targetType.findUniqueOrThrow({ where: { code: 'SAFETY' } });
    const inUse = await remove(safety.id, safety.version);
    expect(inUse.statusCode).toBe(409);
    expect(errorOf(inUse)).toMatchObject({ code: 'INVALID_STATE', key: 'framework.targetTypeInUse' });
    expect(errorOf(inUse).message).toMatch(/^目标类型“安全生产”已在使用（考核类别 \d+ 个、指标 \d+ 个、目标 \d+ 个/);
    expect(errorOf(inUse).message).toContain('不再使用请停用');

    const named = await perf({ method: 'PUT', url: '/api/assessment/assessors', payload: { scope: 'targetType', id: created.id, unitIds: [jsc] } });
    expect(named.statusCode).toBe(200);
    const stale = await remove(created.id, 1);
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale).code).toBe('VERSION_CONFLICT');
    const gone = await remove(created.id, 2);
    expect(gone.statusCode, gone.body).toBe(200);
    expect((await listed()).map((x) => x.code)).not.toContain('BUILD');
    expect(await db.assessingDepartment.count({ where: { targetTypeId: created.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: 'targetTypes.delete', objectId: created.id } })).toBe(1);
  });

  it('the 专项工作 type keeps its code and stays active (special tasks use it); its rhythm may change', async () => {
    const special = await db.targetType.findUniqueOrThrow({ where: { code: 'SPECIAL' } });
    for (const body of [{ code: 'SPECIAL_TASK' }, { active: false }]) {
      const res = await patch(special.id, { ...body, version: special.version });
      expect(res.statusCode).toBe(409);
      expect(errorOf(res).key).toBe('framework.targetTypeSpecialFixed');
    }
    expect((await remove(special.id, special.version)).statusCode).toBe(409);
    const rhythm = await patch(special.id, { reportingRhythm: special.reportingRhythm === 'MONTHLY' ? 'QUARTERLY' : 'MONTHLY', version: special.version });
    expect(rhythm.statusCode).toBe(200);
  });

  it('a department neither adds nor edits types; the administrator keeps the catalogue but not the reporting rhythm', async () => {
    const dept = await create({ code: 'DEPTTYPE', name: '处室自建类型', ownerUnitId: ghc }, checked(t.as('safety')));
    expect(dept.statusCode).toBe(403);
    const byAdmin = await create({ code: 'ADMINTYPE', name: '管理员新建类型', ownerUnitId: ghc }, admin);
    expect(byAdmin.statusCode).toBe(201);
    expect(byAdmin.json()).toMatchObject({ reportingRhythm: 'MONTHLY' });
    expect(await db.targetType.findUnique({ where: { code: 'DEPTTYPE' } })).toBeNull();

    // The rhythm belongs to the yearly framework: the administrator may neither start a type quarterly nor switch it.
    const quarterly = await create({ code: 'ADMINQ', name: '管理员季度类型', ownerUnitId: ghc, reportingRhythm: 'QUARTERLY' }, admin);
    expect(quarterly.statusCode).toBe(403);
    expect(await db.targetType.findUnique({ where: { code: 'ADMINQ' } })).toBeNull();
    const v = byAdmin.json().version as number;
    const rhythm = await patch(byAdmin.json().id, { reportingRhythm: 'QUARTERLY', version: v }, admin);
    expect(rhythm.statusCode).toBe(403);
    // Sending the rhythm unchanged (as the form does) is no change of rhythm.
    const renamed = await patch(byAdmin.json().id, { name: '管理员改名类型', reportingRhythm: 'MONTHLY', version: v }, admin);
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ name: '管理员改名类型', reportingRhythm: 'MONTHLY' });
  });
});
