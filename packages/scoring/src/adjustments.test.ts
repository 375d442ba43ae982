import { describe, expect, it } from 'vitest';
import { bonus, deduction, model, run, unit, veto } from './test-builders.ts';

const scales = {};
const grades = [{ grade: '优秀', min: 90 }, { grade: '合格', min: 60 }, { grade: '不合格' }];

describe('allowance node', () => {
  const m = model({
    name: '剩余分',
    root: {
      kind: 'weighted',
      label: '总分',
      children: [
        { points: 90, node: { kind: 'imported', label: '工作', key: 'work' } },
        { points: 10, node: { kind: 'allowance', label: '督促检查剩余分', points: 10, deductionCategory: '督促检查' } },
      ],
    },
    scales,
    grades,
  });

  it('keeps what is left of its points after the category’s deductions', () => {
    const u = unit('u', { imported: { work: 100 }, adjustments: [deduction('督促检查', 1.5), deduction('督促检查', 2)] });
    // allowance = 100 × (10 − 3.5) / 10 = 65 → contributes 6.5; final = 90 + 6.5 = 96.5 (not deducted again)
    const r = run(m, [u]).get('u');
    expect(r.final).toBe(96.5);
    const allowance = r.receipt.tree.kind === 'weighted' ? r.receipt.tree.children[1]?.node : undefined;
    expect(allowance).toMatchObject({ kind: 'allowance', score: 65, deducted: 3.5, remaining: 6.5 });
    expect(r.receipt.notCounted).toEqual([]);
  });

  it('never goes below 0 when deductions exceed its points', () => {
    const u = unit('u', { imported: { work: 100 }, adjustments: [deduction('督促检查', 8), deduction('督促检查', 4)] });
    // min(10, 12) = 10 deducted → allowance 0; final = 90
    const r = run(m, [u]).get('u');
    expect(r.final).toBe(90);
    expect(r.receipt.tree.kind === 'weighted' && r.receipt.tree.children[1]?.node).toMatchObject({ score: 0, deducted: 12, remaining: 0 });
  });
});

describe('bonus, deductions and veto', () => {
  const m = model({
    name: '加减分',
    root: { kind: 'imported', label: '得分', key: 'base' },
    scales,
    bonusCap: 5,
    deductionCategories: [{ category: '察访核验', label: '察访核验', cap: 3 }, { category: '廉政' }],
    grades,
  });

  it('caps the bonus total', () => {
    const u = unit('u', { imported: { base: 80 }, adjustments: [bonus(2), bonus(2), bonus(1), bonus(1)] });
    // Σ bonus = 6, capped at 5 → 85
    const r = run(m, [u]).get('u');
    expect(r.final).toBe(85);
    expect(r.receipt.bonus).toMatchObject({ total: 6, cap: 5, counted: 5 });
  });

  it('caps each deduction category on its own; an uncapped category counts in full', () => {
    const u = unit('u', {
      imported: { base: 95 },
      adjustments: [deduction('察访核验', 2), deduction('察访核验', 1.5), deduction('廉政', 0.5), deduction('廉政', 0.3)],
    });
    // 察访核验 min(3, 3.5) = 3; 廉政 0.8 → 95 − 3 − 0.8 = 91.2
    const r = run(m, [u]).get('u');
    expect(r.final).toBe(91.2);
    expect(r.receipt.deductions.map((d) => [d.category, d.total, d.counted])).toEqual([
      ['察访核验', 3.5, 3],
      ['廉政', 0.8, 0.8],
    ]);
  });

  it('shows a deduction of a category the model does not know without counting it', () => {
    const stray = deduction('其他', 4);
    const r = run(m, [unit('u', { imported: { base: 70 }, adjustments: [stray] })]).get('u');
    expect(r.final).toBe(70);
    expect(r.receipt.notCounted).toEqual([stray]);
  });

  it('puts a vetoed unit in the lowest band whatever its score, keeping score and rank', () => {
    const { get } = run(m, [unit('a', { imported: { base: 98 }, adjustments: [veto()] }), unit('b', { imported: { base: 91 } })]);
    expect(get('a')).toMatchObject({ final: 98, rank: 1, grade: '不合格' });
    expect(get('a').receipt.grade).toEqual({ byScore: '优秀', grade: '不合格', reason: 'veto' });
    expect(get('b')).toMatchObject({ rank: 2, grade: '优秀' });
  });
});
