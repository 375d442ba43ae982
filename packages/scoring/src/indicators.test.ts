import { describe, expect, it } from 'vitest';
import { indicator, model, run, target, unit } from './test-builders.ts';

const m = model({ name: '指标', root: { kind: 'indicators', label: '指标考核' }, grades: [{ grade: '合格', min: 60 }, { grade: '不合格' }] });

// 一级 A 60 % (二级 A1 50 %, A2 50 %), 一级 B 40 % (leaf).
const tree = [indicator('A', null, 60), indicator('A1', 'A', 50), indicator('A2', 'A', 50), indicator('B', null, 40)];

describe('indicators node', () => {
  it('scores a leaf as Σ assessed / Σ maxScore and weights inner indicators', () => {
    const u = unit('u', { targets: [target('A1', 10, 8), target('A1', 30, 30), target('A2', 20, 10), target('B', 50, 45)] });
    // A1 = (8 + 30) / (10 + 30) = 95 %; A2 = 10 / 20 = 50 %; A = 0.5 × 95 + 0.5 × 50 = 72.5; B = 45 / 50 = 90
    // root = 0.6 × 72.5 + 0.4 × 90 = 43.5 + 36 = 79.5
    const r = run(m, [u], tree).get('u');
    expect(r.final).toBe(79.5);
    const receipt = r.receipt.tree;
    if (receipt.kind !== 'indicators') throw new Error('expected an indicators receipt');
    expect(receipt.indicators.map((i) => [i.indicatorId, i.score, i.effectivePercent])).toEqual([
      ['A', 72.5, 60],
      ['B', 90, 40],
    ]);
    expect(receipt.indicators[0]?.children?.[0]?.targets?.map((t) => [t.maxScore, t.score, t.recordId])).toEqual([
      [10, 8, expect.any(String)],
      [30, 30, expect.any(String)],
    ]);
    expect(r.missing).toEqual([]);
  });

  it('leaves out a leaf without targets and renormalises its siblings, showing it in the receipt', () => {
    const u = unit('u', { targets: [target('A1', 10, 7), target('B', 10, 10)] });
    // A2 has no targets: A = A1 alone = 70 (A1's share of A becomes 5000 / 5000 = 100 %).
    // root = 0.6 × 70 + 0.4 × 100 = 42 + 40 = 82
    const r = run(m, [u], tree).get('u');
    expect(r.final).toBe(82);
    const receipt = r.receipt.tree;
    if (receipt.kind !== 'indicators') throw new Error('expected an indicators receipt');
    const a = receipt.indicators[0];
    expect(a?.renormalised).toEqual({ presentBp: 5000, totalBp: 10000 });
    expect(a?.children?.map((c) => [c.indicatorId, c.effectivePercent, c.leftOut])).toEqual([
      ['A1', 100, undefined],
      ['A2', null, 'no-targets'],
    ]);
  });

  it('renormalises across levels when a whole first-level indicator is empty', () => {
    const u = unit('u', { targets: [target('B', 8, 6)] });
    // A has no targets anywhere: root = B alone = 6 / 8 = 75
    expect(run(m, [u], tree).get('u').final).toBe(75);
  });

  it('leaves an unassessed target out of its leaf and lists it as missing', () => {
    const late = target('B', 50, null);
    const u = unit('u', { targets: [target('A1', 10, 10), target('A2', 10, 10), target('B', 50, 40), late] });
    // B = 40 / 50 = 80 (the unassessed 50 points are not counted); root = 0.6 × 100 + 0.4 × 80 = 92
    const r = run(m, [u], tree).get('u');
    expect(r.final).toBe(92);
    expect(r.missing).toEqual([
      {
        kind: 'target-unassessed',
        key: `target:${late.id}:ANNUAL`,
        nodePath: 'root',
        targetId: late.id,
        title: late.title,
        indicatorId: 'B',
        period: 'ANNUAL',
      },
    ]);
  });

  it('reads the period the node names, else the period being summarised', () => {
    const perPeriod = model({
      name: '分期',
      root: {
        kind: 'weighted',
        label: '总分',
        children: [
          { points: 20, node: { kind: 'indicators', label: '半年', period: 'H1' } },
          { points: 80, node: { kind: 'indicators', label: '年终' } },
        ],
      },
      grades: [{ grade: '合格' }],
    });
    const t = target('B', 10, 5, 'H1');
    t.assessments.push({ period: 'ANNUAL', score: 10 });
    const flat = [indicator('B', null, 100)];
    // 0.2 × 50 + 0.8 × 100 = 90
    expect(run(perPeriod, [unit('u', { targets: [t] })], flat).get('u').final).toBe(90);
  });

  it('scores 0 and reports it when the unit has no targets under the node', () => {
    const r = run(m, [unit('u')], tree).get('u');
    expect(r.final).toBe(0);
    expect(r.missing.map((x) => x.key)).toEqual(['no-targets:*:ANNUAL']);
  });

  it('scores 0 when no target is assessed yet, listing the targets rather than “no targets”', () => {
    const pending = target('B', 10, null);
    const r = run(m, [unit('u', { targets: [pending] })], tree).get('u');
    expect(r.final).toBe(0);
    expect(r.missing.map((x) => x.key)).toEqual([`target:${pending.id}:ANNUAL`]);
  });
});
