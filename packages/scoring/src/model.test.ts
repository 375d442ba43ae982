import { describe, expect, it } from 'vitest';
import { ScoringModelSchema, type ScoringModelInput } from './model.ts';

const valid: ScoringModelInput = {
  name: '测试模型',
  root: {
    kind: 'weighted',
    label: '总分',
    children: [
      { points: 80, node: { kind: 'indicators', label: '指标考核' } },
      { points: 20, node: { kind: 'rating', label: '领导评价', group: 'LEADER_MAIN', scale: '好较好差' } },
    ],
  },
  scales: {
    好较好差: [
      { level: '好', percent: 100 },
      { level: '较好', percent: 80 },
      { level: '差', percent: 50 },
    ],
  },
  deductionCategories: [{ category: '察访核验', cap: 3 }],
  grades: [{ grade: '优', min: 90 }, { grade: '良', min: 85 }, { grade: '差' }],
};

function issuesOf(model: unknown) {
  const r = ScoringModelSchema.safeParse(model);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('ScoringModelSchema', () => {
  it('accepts a well-formed model', () => {
    expect(issuesOf(valid)).toEqual([]);
  });

  it('refuses points that do not sum to 100, at the children of that node', () => {
    const root = {
      ...valid.root,
      children: [
        { points: 80, node: { kind: 'indicators', label: 'x' } },
        { points: 15, node: { kind: 'imported', label: 'y', key: 'k' } },
      ],
    };
    expect(issuesOf({ ...valid, root })).toEqual([{ path: 'root.children', message: '各组成部分分值之和应为 100，当前为 95' }]);
  });

  it('accepts points that sum to 100 in decimals though not in floating point', () => {
    // Ten times 0.1 plus 99 is 99.99999999999999 in doubles; read as decimals it is exactly 100.
    const children = [
      ...Array.from({ length: 10 }, () => ({ points: 0.1, node: { kind: 'imported', label: 'a', key: 'a' } })),
      { points: 99, node: { kind: 'imported', label: 'b', key: 'b' } },
    ];
    expect(issuesOf({ ...valid, root: { kind: 'weighted', label: '总分', children } })).toEqual([]);
  });

  it('refuses an unknown scale, an allowance on a deducted category, disordered bands', () => {
    const model = {
      ...valid,
      root: {
        kind: 'weighted',
        label: '总分',
        children: [
          { points: 90, node: { kind: 'rating', label: '评价', group: 'ORG', scale: '满意度' } },
          { points: 10, node: { kind: 'allowance', label: '剩余分', points: 10, deductionCategory: '察访核验' } },
        ],
      },
      grades: [
        { grade: '优', min: 85 },
        { grade: '良', min: 90 },
        { grade: '差', min: 0, quota: { maxPercent: 10 } },
      ],
    };
    expect(issuesOf(model).map((i) => i.path)).toEqual([
      'root.children.0.node.scale',
      'root.children.1.node.deductionCategory',
      'grades.1.min',
      'grades.2.min',
      'grades.2.quota',
    ]);
  });
});
