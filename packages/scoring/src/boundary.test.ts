import { describe, expect, it } from 'vitest';
import { ScoringInputError } from './errors.ts';
import { summarise } from './summarise.ts';
import { model, run, unit } from './test-builders.ts';

const root = { kind: 'imported' as const, label: '得分', key: 's' };
const m = model({ name: 'm', root, grades: [{ grade: '合格', min: 60 }, { grade: '不合格' }] });
const scored = (unitId: string, score: number) => unit(unitId, { imported: { s: score } });

describe('the engine’s boundary', () => {
  const refused = (input: unknown) => {
    try {
      summarise(m, input);
    } catch (e) {
      expect(e).toBeInstanceOf(ScoringInputError);
      return (e as ScoringInputError).issues.map((i) => i.path.join('.'));
    }
    throw new Error('accepted');
  };

  it('refuses, by path, what a caller may build wrongly instead of crashing or scoring it', () => {
    expect(
      refused({
        period: 'ANNUAL',
        indicators: [],
        units: [{ ...scored('a', 80), targets: [{ id: 't', title: 't', indicatorId: 'i', maxScore: 10, assessments: [{ period: 'ANNUAL', score: -1 }] }] }],
      }),
    ).toEqual(['units.0.targets.0.assessments.0.score']);
    expect(refused({ period: 'ANNUAL', indicators: [{ id: 'i', parentId: null, name: 'i', weightBp: 33.5 }], units: [] })).toEqual(['indicators.0.weightBp']);
    // A Prisma Decimal is an object, not a number: the caller converts it.
    expect(refused({ period: 'ANNUAL', indicators: [], units: [{ ...scored('a', 80), imported: { s: { d: [80], e: 1, s: 1 } } }] })).toEqual([
      'units.0.imported.s',
    ]);
    expect(refused({ period: 'ANNUAL', indicators: [] })).toEqual(['units']);
  });

  it('gives the receipt a rounding line: root + bonus − deductions + rounding = final', () => {
    const { get } = run(m, [scored('a', 80.125)]);
    const r = get('a').receipt;
    expect(r.unrounded).toBe(80.125);
    expect(r.rounding).toBe(0.005);
    expect(r.final).toBe(80.13);
    expect(Math.round((r.unrounded + r.rounding) * 100) / 100).toBe(r.final);
  });

  it('lists tied units in a stable order whatever order they came in', () => {
    const a = run(m, [scored('c', 88), scored('a', 88), scored('b', 88)]).result.units.map((u) => u.unitId);
    const b = run(m, [scored('b', 88), scored('c', 88), scored('a', 88)]).result.units.map((u) => u.unitId);
    expect(a).toEqual(['a', 'b', 'c']);
    expect(b).toEqual(a);
  });

  it('units tied at a quota cut all fall by default, and all keep the band when the model says keepAll', () => {
    const grades = [{ grade: '优秀', min: 90, quota: { maxCount: 2 } }, { grade: '合格' }];
    const units = [95, 92, 92, 80].map((s, i) => scored(`u${i}`, s));
    const drop = run(model({ name: 'm', root, grades }), units).result;
    expect(drop.units.map((u) => u.grade)).toEqual(['优秀', '合格', '合格', '合格']);
    const keep = run(model({ name: 'm', root, grades, quotaTies: 'keepAll' }), units).result;
    expect(keep.units.map((u) => u.grade)).toEqual(['优秀', '优秀', '优秀', '合格']);
    expect(keep.quotas).toEqual([{ grade: '优秀', limit: 2, qualified: 3, kept: 3, demoted: [] }]);
  });
});
