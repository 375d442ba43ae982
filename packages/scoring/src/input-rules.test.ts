import { describe, expect, it } from 'vitest';
import { ScoringInputError } from './errors.ts';
import { indicator, model, rating, run, target, unit } from './test-builders.ts';

const m = model({
  name: 'm',
  root: {
    kind: 'weighted',
    label: '总分',
    children: [
      { points: 50, node: { kind: 'indicators', label: '指标' } },
      { points: 50, node: { kind: 'rating', label: '评价', group: 'ORG', scale: '好较好差' } },
    ],
  },
  scales: {
    好较好差: [
      { level: '好', percent: 100 },
      { level: '较好', percent: 80 },
      { level: '差', percent: 50 },
    ],
  },
  grades: [{ grade: '合格' }],
});

function issues(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (e instanceof ScoringInputError) return e.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw e;
  }
  return [];
}

describe('input checks', () => {
  it('refuses inputs that do not fit, naming each field', () => {
    const tree = [indicator('A', null, 60), indicator('A1', 'A', 100), indicator('B', null, 30)];
    const u = unit('u', { targets: [target('A', 10, 5), target('A1', 10, 12)], ratings: [rating('ORG', 'o1', '很好')] });
    expect(issues(() => run(m, [u, unit('u')], tree))).toEqual([
      'indicators.0.weightBp: 一级指标权重之和应为 100%，当前为 90%',
      `units.0.targets.0.indicatorId: 目标“${u.targets[0]?.title}”未挂在末级指标上`,
      'units.0.targets.1.assessments.0.score: 得分不能超过分值 10',
      'units.0.ratings.0.level: 评价等级“很好”不在“好较好差”中',
      'units.1.unitId: 单位 u 重复',
    ]);
  });
});
