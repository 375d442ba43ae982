import { describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { PrismaClient } from '@jx/db';
import { createTestApp } from '../helpers/app.ts';
import { SEED_YEAR } from '../helpers/constants.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { checked } from '../validation/error-shape.ts';

const codeOf = (r: LightMyRequestResponse) => (r.json() as { error?: { code: string } }).error?.code;
const pathsOf = (r: LightMyRequestResponse) =>
  ((r.json() as { error: { details?: { issues?: { path: string }[] } } }).error.details?.issues ?? []).map((i) => i.path);

/** A year's framework by codes (ids differ between copies): categories with types and units, indicators with parent codes. */
async function frameworkOf(db: PrismaClient, yearId: string) {
  const categories = await db.assessmentCategory.findMany({ where: { yearId }, include: { targetTypes: true, assessedUnits: true }, orderBy: { code: 'asc' } });
  const indicators = await db.indicator.findMany({ where: { yearId }, include: { parent: { select: { code: true } } }, orderBy: { code: 'asc' } });
  return {
    ids: [...categories.map((c) => c.id), ...categories.flatMap((c) => c.assessedUnits.map((a) => a.id)), ...indicators.map((i) => i.id)],
    categories: categories.map((c) => ({
      code: c.code,
      name: c.name,
      description: c.description,
      sortOrder: c.sortOrder,
      types: c.targetTypes.map((t) => t.targetTypeId).sort(),
      units: c.assessedUnits.map((a) => a.unitId).sort(),
    })),
    indicators: indicators.map((i) => ({
      code: i.code,
      name: i.name,
      description: i.description,
      level: i.level,
      parentCode: i.parent?.code ?? null,
      weightBp: i.weightBp,
      sortOrder: i.sortOrder,
      targetTypeId: i.targetTypeId,
    })),
  };
}

describe("copy a year's framework", async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const perf = checked(t.as('perf'));
  const copy = (yearId: string, fromYearId: string) => perf({ method: 'POST', url: `/api/years/${yearId}/copy-framework`, payload: { fromYearId } });
  const countsOf = async (yearId: string) => ({
    categories: await db.assessmentCategory.count({ where: { yearId } }),
    assessed: await db.assessedUnit.count({ where: { yearId } }),
    indicators: await db.indicator.count({ where: { yearId } }),
  });

  it('copies categories with their target types, assessed units and the indicator tree, with new ids and the same links', async () => {
    const target = await fx.year();
    const res = await copy(target.id, seeded.yearId);
    expect(res.statusCode, res.body).toBe(200);

    const source = await frameworkOf(db, seeded.yearId);
    const copied = await frameworkOf(db, target.id);
    expect(copied.categories).toEqual(source.categories);
    expect(copied.indicators).toEqual(source.indicators);
    expect(
      copied.ids.filter((id) => source.ids.includes(id)),
      'no id is reused',
    ).toEqual([]);
    // Parent links point into the new year, never back at the source year's rows.
    const rows = await db.indicator.findMany({ where: { yearId: target.id }, include: { parent: true } });
    expect(rows.filter((r) => r.parent && r.parent.yearId !== target.id)).toEqual([]);

    expect(res.json()).toEqual({
      yearId: target.id,
      fromYearId: seeded.yearId,
      categories: source.categories.length,
      categoryTargetTypes: source.categories.reduce((n, c) => n + c.types.length, 0),
      assessedUnits: source.categories.reduce((n, c) => n + c.units.length, 0),
      skippedInactiveUnits: 0,
      indicators: source.indicators.length,
    });
    expect(source.indicators.length).toBeGreaterThan(20);

    const events = await db.auditEvent.findMany({ where: { action: 'years.copyFramework', objectId: target.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      outcome: 'SUCCESS',
      actorUsername: 'perf',
      after: { fromYearId: seeded.yearId, fromYear: SEED_YEAR, indicators: source.indicators.length },
    });

    // The copy is valid wherever the source was: every sibling set at 100 %.
    const tree = await perf({ method: 'GET', url: '/api/indicators', query: { yearId: target.id } });
    expect(tree.json()).toMatchObject({ valid: true, problems: [], count: source.indicators.length });
  });

  it("copies last year's (different) tree as it was", async () => {
    const previous = await db.year.findUniqueOrThrow({ where: { year: SEED_YEAR - 1 } });
    const target = await fx.year();
    expect((await copy(target.id, previous.id)).statusCode).toBe(200);
    expect((await frameworkOf(db, target.id)).indicators).toEqual((await frameworkOf(db, previous.id)).indicators);
    expect((await frameworkOf(db, target.id)).indicators).not.toEqual((await frameworkOf(db, seeded.yearId)).indicators);
  });

  it('is refused into a year that already has categories or indicators (409), and writes nothing', async () => {
    const withCategory = await fx.year();
    await fx.category({ yearId: withCategory.id });
    const withIndicator = await fx.year();
    await fx.indicator({ yearId: withIndicator.id });
    for (const y of [withCategory, withIndicator]) {
      const before = await countsOf(y.id);
      const auditBefore = await db.auditEvent.count({ where: { outcome: 'SUCCESS' } });
      const res = await copy(y.id, seeded.yearId);
      expect(res.statusCode).toBe(409);
      expect(codeOf(res)).toBe('CONFLICT');
      expect(res.json().error.message).toContain(y.name);
      expect(res.json().error.message).toContain('空白年度');
      expect(await countsOf(y.id)).toEqual(before);
      expect(await db.auditEvent.count({ where: { outcome: 'SUCCESS' } })).toBe(auditBefore);
    }
  });

  it('a second copy into the same year is refused, even when both arrive at once', async () => {
    const target = await fx.year();
    const results = await Promise.all([copy(target.id, seeded.yearId), copy(target.id, seeded.yearId)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const source = await countsOf(seeded.yearId);
    expect(await countsOf(target.id)).toEqual(source);
  });

  it('refuses the same year, an unknown or empty source, an unknown or closed target', async () => {
    const target = await fx.year();
    const same = await copy(target.id, target.id);
    expect(same.statusCode).toBe(400);
    expect(pathsOf(same)).toEqual(['fromYearId']);

    const unknown = await copy(target.id, '00000000-0000-4000-8000-000000000000');
    expect(unknown.statusCode).toBe(400);
    expect(pathsOf(unknown)).toEqual(['fromYearId']);

    const empty = await fx.year();
    const fromEmpty = await copy(target.id, empty.id);
    expect(fromEmpty.statusCode).toBe(400);
    expect(pathsOf(fromEmpty)).toEqual(['fromYearId']);

    expect((await copy('00000000-0000-4000-8000-000000000000', seeded.yearId)).statusCode).toBe(404);

    const closed = await fx.year();
    await db.year.update({ where: { id: closed.id }, data: { status: 'CLOSED' } });
    const intoClosed = await copy(closed.id, seeded.yearId);
    expect(intoClosed.statusCode).toBe(409);
    expect(codeOf(intoClosed)).toBe('INVALID_STATE');
    expect(await countsOf(target.id)).toEqual({ categories: 0, assessed: 0, indicators: 0 });
    expect(await countsOf(closed.id)).toEqual({ categories: 0, assessed: 0, indicators: 0 });
  });

  it('leaves out units deactivated since, and says how many', async () => {
    const source = await fx.year();
    const category = await fx.category({ yearId: source.id });
    const [active, inactive] = await Promise.all([fx.unit(), fx.unit({ active: false })]);
    await db.assessedUnit.createMany({
      data: [
        { yearId: source.id, unitId: active.id, categoryId: category.id },
        { yearId: source.id, unitId: inactive.id, categoryId: category.id },
      ],
    });
    const target = await fx.year();
    const res = await copy(target.id, source.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ categories: 1, assessedUnits: 1, skippedInactiveUnits: 1, indicators: 0 });
    expect((await db.assessedUnit.findMany({ where: { yearId: target.id } })).map((a) => a.unitId)).toEqual([active.id]);
  });
});

describe('target types: reporting rhythm', async () => {
  const t = await createTestApp();
  const { db } = t;
  const perf = checked(t.as('perf'));
  const admin = checked(t.as('admin'));

  it("the list carries each type's owner, rhythm and version", async () => {
    const res = await t.as('unit.chengdu')({ method: 'GET', url: '/api/target-types' });
    expect(res.statusCode).toBe(200);
    const list = res.json() as { code: string; ownerUnitName: string; reportingRhythm: string; version: number }[];
    expect(list.map((x) => [x.code, x.reportingRhythm])).toEqual([
      ['FUNCTIONAL', 'MONTHLY'],
      ['INTEGRITY', 'QUARTERLY'],
      ['SAFETY', 'MONTHLY'],
      ['ORGAN', 'QUARTERLY'],
      ['SPECIAL', 'MONTHLY'],
    ]);
    expect(list.find((x) => x.code === 'SAFETY')!.ownerUnitName).toContain('安全');
  });

  it('the office sets a rhythm (audited); a stale version gets 409; a bad value 400; a department 403', async () => {
    const tt = await db.targetType.findUniqueOrThrow({ where: { code: 'SAFETY' } });
    const res = await perf({ method: 'PATCH', url: `/api/target-types/${tt.id}`, payload: { reportingRhythm: 'QUARTERLY', version: tt.version } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ code: 'SAFETY', reportingRhythm: 'QUARTERLY', version: tt.version + 1 });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'targetTypes.update', objectId: tt.id } });
    expect(event).toMatchObject({ before: { reportingRhythm: 'MONTHLY' }, after: { reportingRhythm: 'QUARTERLY' } });

    const stale = await admin({ method: 'PATCH', url: `/api/target-types/${tt.id}`, payload: { reportingRhythm: 'MONTHLY', version: tt.version } });
    expect(stale.statusCode).toBe(409);
    expect(codeOf(stale)).toBe('VERSION_CONFLICT');

    const bad = await perf({ method: 'PATCH', url: `/api/target-types/${tt.id}`, payload: { reportingRhythm: 'WEEKLY', version: tt.version + 1 } });
    expect(bad.statusCode).toBe(400);
    expect(pathsOf(bad)).toEqual(['reportingRhythm']);

    const dept = await t.as('safety')({ method: 'PATCH', url: `/api/target-types/${tt.id}`, payload: { reportingRhythm: 'MONTHLY', version: tt.version + 1 } });
    expect(dept.statusCode).toBe(403);
    expect(await db.targetType.findUniqueOrThrow({ where: { id: tt.id } })).toMatchObject({ reportingRhythm: 'QUARTERLY', version: tt.version + 1 });
  });
});
