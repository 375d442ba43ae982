import { describe, expect, it } from 'vitest';
import type { RatingInput } from '../inputs.ts';
import { bonus, deduction, rating, run, unit } from '../test-builders.ts';
import { sichuanIndicators, sichuanModel, sichuanSecondLevelIds } from './sichuan.ts';

/** A 绩效委 member's levels on the 12 second-level indicators (`levelOf` decides each). */
const orgMember = (raterId: string, levelOf: (indicatorId: string) => string): RatingInput[] =>
  sichuanSecondLevelIds.map((id) => rating('ORG', raterId, levelOf(id), id));

describe('四川: 省长 10 + 副省长 10 + 绩效委 50 (per 二级指标) + 互评 15 + 公众 15, bonus ≤ 5', () => {
  const transport = unit('交通运输厅', {
    ratings: [
      rating('LEADER_MAIN', 'governor', '好'),
      rating('LEADER_DEPUTY', 'vice1', '较好'),
      ...orgMember('m1', () => '好'),
      ...orgMember('m2', (id) => (id === 'duty.1' ? '较好' : '好')),
      rating('PEER', 'p1', '满意'),
      rating('PEER', 'p2', '满意'),
      rating('PEER', 'p3', '比较满意'),
      rating('PUBLIC', 's1', '满意'),
      rating('PUBLIC', 's2', '比较满意'),
    ],
    adjustments: [
      bonus(2, '党中央国务院表彰'),
      bonus(1, '省委省政府表彰'),
      bonus(1, '省委省政府表彰'),
      bonus(2, '党中央国务院表彰'),
      deduction('廉政', 0.5),
      deduction('问责', 0.1),
      deduction('问责', 0.1),
    ],
  });
  const health = unit('卫生厅', {
    ratings: [
      rating('LEADER_MAIN', 'governor', '较好'),
      rating('LEADER_DEPUTY', 'vice2', '差'),
      ...orgMember('m1', () => '较好'),
      ...orgMember('m2', () => '较好'),
      ...['p1', 'p2', 'p3'].map((p) => rating('PEER', p, '比较满意')),
      rating('PUBLIC', 's1', '不满意'),
      rating('PUBLIC', 's2', '比较满意'),
    ],
    adjustments: [deduction('批评', 2), deduction('批评', 1)],
  });
  const agriculture = unit('农业厅', {
    ratings: [
      rating('LEADER_MAIN', 'governor', '好'),
      rating('LEADER_DEPUTY', 'vice1', '好'),
      rating('LEADER_DEPUTY', 'vice3', null),
      ...orgMember('m1', (id) => (id.startsWith('self.') ? '差' : '较好')),
      ...orgMember('m2', (id) => (id.startsWith('self.') ? '差' : '较好')),
      ...['p1', 'p2', 'p3'].map((p) => rating('PEER', p, '满意')),
      rating('PUBLIC', 's1', '满意'),
    ],
    adjustments: [bonus(1, '省委省政府表彰')],
  });
  const { get } = run(sichuanModel, [health, agriculture, transport], sichuanIndicators);

  it('交通运输厅: 98.8, 先进 (bonus 6 capped at 5)', () => {
    // 省长 好 100 → 10; 副省长 较好 80 → 8
    // 绩效委: 职责任务 (100 + 80) / 2 = 90, every other 二级 100:
    //   (20 × 90 + 20 × 100 + 20 × 100 + 6 × 5 × 100 + (3.34 + 3.33 + 3.33) × 100) / 100 = 18 + 20 + 20 + 30 + 10 = 98 → 0.5 × 98 = 49
    // 互评 (100 + 100 + 80) / 3 = 93.33… → 0.15 × 280 / 3 = 14; 公众 (100 + 80) / 2 = 90 → 13.5
    // 10 + 8 + 49 + 14 + 13.5 = 94.5; + min(5, 2 + 1 + 1 + 2) = 99.5; − 廉政 0.5 − 问责 0.2 = 98.8
    const t = get('交通运输厅');
    expect(t).toMatchObject({ final: 98.8, grade: '先进', rank: 1 });
    expect(t.receipt.bonus).toMatchObject({ total: 6, cap: 5, counted: 5 });
    expect(t.receipt.deductions.map((d) => [d.category, d.counted])).toEqual([
      ['批评', 0],
      ['廉政', 0.5],
      ['问责', 0.2],
    ]);
  });

  it('农业厅: 89.5, 合格, a vice-governor who has not rated is listed and left out', () => {
    // 省长 10; 副省长 mean of the one given (好) = 100 → 10
    // 绩效委: 较好 (80) on the 9 二级 of 职能职责/行政效能/服务质量 (90 points) → 72; 差 (50) on 自身建设 (10 points) → 5; 77 → 38.5
    // 互评 100 → 15; 公众 100 → 15; 10 + 10 + 38.5 + 15 + 15 = 88.5; + 1 = 89.5
    const a = get('农业厅');
    expect(a).toMatchObject({ final: 89.5, grade: '合格', rank: 2 });
    expect(a.missing.map((m) => m.key)).toEqual(['rating:LEADER_DEPUTY:vice3:*']);
  });

  it('卫生厅: 71.75, 合格', () => {
    // 省长 80 → 8; 副省长 50 → 5; 绩效委 80 → 40; 互评 80 → 12; 公众 (50 + 80) / 2 = 65 → 9.75
    // 8 + 5 + 40 + 12 + 9.75 = 74.75; − 批评 (2 + 1) = 71.75
    expect(get('卫生厅')).toMatchObject({ final: 71.75, grade: '合格', rank: 3 });
  });
});
