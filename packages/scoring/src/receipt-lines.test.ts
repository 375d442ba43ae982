import { describe, expect, it } from 'vitest';
import { receiptLines } from './receipt-lines.ts';
import { bonus, deduction, indicator, model, rating, run, target, unit, veto } from './test-builders.ts';

const indicators = [indicator('A', null, 60), indicator('B', null, 40)];
const m = model({
  name: '申诉行',
  root: {
    kind: 'weighted',
    label: '总分',
    children: [
      { points: 70, node: { kind: 'indicators', label: '目标考核' } },
      { points: 20, node: { kind: 'rating', label: '领导评价', group: 'LEADER_MAIN', scale: 's' } },
      { points: 10, node: { kind: 'imported', label: '公众评议', key: 'public' } },
    ],
  },
  scales: { s: [{ level: '好', percent: 100 }] },
  bonusCap: 5,
  deductionCategories: [{ category: '察访核验', cap: 3 }],
  grades: [{ grade: '合格', min: 60 }, { grade: '不合格' }],
});

describe('the lines of a receipt a unit may appeal', () => {
  it('lists every target, each rating and imported node, and every adjustment, once, with stable keys', () => {
    const tA = target('A', 5, 4);
    const tB = target('B', 5, null);
    const plus = bonus(1);
    const minus = deduction('察访核验', 0.5);
    const stop = veto();
    const u = run(
      m,
      [unit('u1', { targets: [tA, tB], ratings: [rating('LEADER_MAIN', 'r1', '好')], imported: { public: 80 }, adjustments: [plus, minus, stop] })],
      indicators,
    ).get('u1');
    const lines = receiptLines(u.receipt);
    expect(lines.map((l) => [l.key, l.kind, l.value])).toEqual([
      [`target:${tA.id}`, 'target', 4],
      [`target:${tB.id}`, 'target', null],
      ['rating:root.children.1.node', 'rating', 100],
      ['imported:root.children.2.node', 'imported', 80],
      [`adjustment:${plus.id}`, 'adjustment', 1],
      [`adjustment:${minus.id}`, 'adjustment', -0.5],
      [`adjustment:${stop.id}`, 'adjustment', null],
    ]);
    expect(lines[0]).toMatchObject({ label: tA.title, maxScore: 5, recordId: tA.assessments[0]!.recordId, targetId: tA.id });
  });
});
