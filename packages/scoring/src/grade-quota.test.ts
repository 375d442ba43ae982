import { describe, expect, it } from 'vitest';
import { model, run, unit, veto } from './test-builders.ts';

const scored = (unitId: string, score: number, extra = {}) => unit(unitId, { imported: { s: score }, ...extra });
const root = { kind: 'imported' as const, label: '得分', key: 's' };

describe('grades, quotas and ranks', () => {
  it('ranks by final score with shared ranks for ties (1, 2, 2, 4)', () => {
    const m = model({ name: 'm', root, grades: [{ grade: '合格', min: 60 }, { grade: '不合格' }] });
    const { result } = run(m, [scored('a', 80), scored('b', 95), scored('c', 88), scored('d', 88), scored('e', 40)]);
    expect(result.units.map((u) => [u.unitId, u.rank, u.grade])).toEqual([
      ['b', 1, '合格'],
      ['c', 2, '合格'],
      ['d', 2, '合格'],
      ['a', 4, '合格'],
      ['e', 5, '不合格'],
    ]);
  });

  it('sends the surplus of a full band down, lowest-ranked first, and lets it cascade', () => {
    const m = model({
      name: 'm',
      root,
      grades: [
        { grade: '优秀', min: 90, quota: { maxPercent: 20 } },
        { grade: '良好', min: 80, quota: { maxCount: 2 } },
        { grade: '合格', min: 60 },
        { grade: '不合格' },
      ],
    });
    const scores = [98, 96, 95, 93, 88, 85, 82, 70, 65, 50];
    const { result, get } = run(
      m,
      scores.map((s, i) => scored(`u${i}`, s)),
    );
    // 10 units: 优秀 may hold floor(10 × 20 %) = 2. 98, 96, 95, 93 reach it: 95 and 93 fall to 良好.
    // 良好 may hold 2: candidates 95, 93 (fallen), 88, 85, 82 → keeps 95, 93; 88, 85, 82 fall to 合格.
    expect(result.units.map((u) => u.grade)).toEqual(['优秀', '优秀', '良好', '良好', '合格', '合格', '合格', '合格', '合格', '不合格']);
    expect(result.quotas).toEqual([
      { grade: '优秀', limit: 2, qualified: 4, kept: 2, demoted: ['u2', 'u3'] },
      { grade: '良好', limit: 2, qualified: 5, kept: 2, demoted: ['u4', 'u5', 'u6'] },
    ]);
    expect(get('u4').receipt.grade).toEqual({ byScore: '良好', grade: '合格', reason: 'quota' });
  });

  it('moves units tied at the quota cut down together', () => {
    const m = model({ name: 'm', root, grades: [{ grade: '优秀', min: 90, quota: { maxPercent: 40 } }, { grade: '良好', min: 80 }, { grade: '一般' }] });
    const { result } = run(
      m,
      [95, 92, 92, 80, 70, 60].map((s, i) => scored(`u${i}`, s)),
    );
    // floor(6 × 40 %) = 2 places, but the 2nd and 3rd are tied at 92: both fall, one 优秀 remains.
    expect(result.units.map((u) => [u.final, u.rank, u.grade])).toEqual([
      [95, 1, '优秀'],
      [92, 2, '良好'],
      [92, 2, '良好'],
      [80, 4, '良好'],
      [70, 5, '一般'],
      [60, 6, '一般'],
    ]);
  });

  it('does not count a vetoed unit against a quota', () => {
    const m = model({ name: 'm', root, grades: [{ grade: '优秀', min: 90, quota: { maxPercent: 20 } }, { grade: '合格', min: 60 }, { grade: '不合格' }] });
    const { result } = run(m, [scored('a', 99, { adjustments: [veto()] }), scored('b', 95), scored('c', 91), scored('d', 80), scored('e', 70)]);
    // floor(5 × 20 %) = 1: a is vetoed (不合格), so b keeps the place and c falls to 合格.
    expect(result.units.map((u) => [u.unitId, u.grade])).toEqual([
      ['a', '不合格'],
      ['b', '优秀'],
      ['c', '合格'],
      ['d', '合格'],
      ['e', '合格'],
    ]);
  });
});

describe('rounding only at the end', () => {
  const m = model({
    name: 'm',
    root: {
      kind: 'weighted',
      label: '总分',
      children: [
        { points: 30, node: { kind: 'imported', label: 'A', key: 'a' } },
        { points: 70, node: { kind: 'imported', label: 'B', key: 'b' } },
      ],
    },
    grades: [{ grade: '优秀', min: 90 }, { grade: '良好' }],
  });

  it('sums exact contributions and rounds once', () => {
    // 30 × 88.35 % = 26.505 and 70 × 91.65 % = 64.155: rounded per node 26.51 + 64.16 = 90.67,
    // exact 90.66 (the engine's answer).
    const r = run(m, [unit('u', { imported: { a: 88.35, b: 91.65 } })]).get('u');
    expect(r.final).toBe(90.66);
    expect(r.receipt.tree.kind === 'weighted' && r.receipt.tree.children.map((c) => c.contribution)).toEqual([26.505, 64.155]);
  });

  it('rounds half up exactly and grades the published score', () => {
    // x: 0.3 × 89.99 + 0.7 × 89.9964 = 26.997 + 62.99748 = 89.99448 → 89.99 (良好).
    // y: 0.3 × 88.63 + 0.7 × 90.58 = 26.589 + 63.406 = 89.995 → 90.00 (优秀); in doubles the same sum is
    //    89.99499999999999, which a float engine would publish as 89.99 and grade 良好.
    expect((30 * 88.63) / 100 + (70 * 90.58) / 100).toBeLessThan(89.995);
    const { get } = run(m, [unit('x', { imported: { a: 89.99, b: 89.9964 } }), unit('y', { imported: { a: 88.63, b: 90.58 } })]);
    expect(get('x')).toMatchObject({ final: 89.99, grade: '良好' });
    expect(get('y')).toMatchObject({ final: 90, grade: '优秀', rank: 1 });
  });
});
