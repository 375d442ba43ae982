import { describe, expect, it } from 'vitest';
import type { RatingInput, TargetInput } from '../inputs.ts';
import { deduction, rating, run, target, unit } from '../test-builders.ts';
import { jiangsuIndicators, jiangsuModel } from './jiangsu.ts';

const LEAVES = jiangsuIndicators.filter((i) => !jiangsuIndicators.some((c) => c.parentId === i.id)).map((i) => i.id);

/** One 10-point target per leaf, scored `h1Percent` % in H1 and `annualOf(leaf)` % at year end (null: no target). */
function targets(h1Percent: number, annualOf: (leaf: string) => number | null): TargetInput[] {
  return LEAVES.flatMap((leaf) => {
    const annual = annualOf(leaf);
    if (annual === null) return [];
    const t = target(leaf, 10, annual / 10, 'ANNUAL');
    t.assessments.push({ period: 'H1', score: h1Percent / 10 });
    return [t];
  });
}

const leaders = (main: string, deputies: string[], others: string[]): RatingInput[] => [
  rating('LEADER_MAIN', 'governor', main),
  ...deputies.map((level, i) => rating('LEADER_DEPUTY', `deputy${i}`, level)),
  ...others.map((level, i) => rating('ORG', `other${i}`, level)),
];

const byFirstLevel = (func: number, mgmt: number, innov: number) => (leaf: string) => (leaf.startsWith('func') ? func : leaf.startsWith('mgmt') ? mgmt : innov);

describe('江苏: 工作考核 60 + 公众评议 30 + 督促检查剩余分 10, ranked per category', () => {
  const security = unit('公安厅', {
    targets: targets(80, byFirstLevel(95, 90, 85)),
    imported: { plan: 100, 'service-satisfaction': 88, 'public-satisfaction': 85 },
    ratings: leaders('好', ['好', '较好'], ['较好']),
    adjustments: [deduction('督促检查', 1), deduction('督促检查', 0.5)],
  });
  // 民政厅 has no 健全激励机制 target: 创新创优 is renormalised over 9000 bp.
  const civil = unit('民政厅', {
    targets: targets(90, (leaf) => (leaf === 'innov.incentive' ? null : leaf === 'innov.results' ? 80 : 100)),
    imported: { plan: 90, 'service-satisfaction': 95, 'public-satisfaction': 90 },
    ratings: leaders('好', ['好'], ['好', '好']),
  });
  const justice = unit('司法厅', {
    targets: targets(100, () => 100),
    imported: { plan: 100, 'service-satisfaction': 100, 'public-satisfaction': 100 },
    ratings: leaders('好', ['好'], ['好']),
    adjustments: [deduction('督促检查', 8), deduction('督促检查', 4)],
  });
  const development = { ...security, unitId: '发改委', name: '发改委' };
  const commerce = unit('商务厅', {
    targets: targets(60, () => 70),
    imported: { plan: 80, 'service-satisfaction': 60, 'public-satisfaction': 55 },
    ratings: leaders('差', ['差'], ['差']),
    adjustments: [deduction('督促检查', 3)],
  });

  it('社会管理和执法监督 category', () => {
    // 公安厅: 年终 0.5 × 95 + 0.3 × 90 + 0.2 × 85 = 47.5 + 27 + 17 = 91.5
    //   工作考核 0.6 × (0.05 × 100 + 0.15 × 80 + 0.8 × 91.5) = 0.6 × (5 + 12 + 73.2) = 0.6 × 90.2 = 54.12
    //   领导评价 0.4 × 100 + 0.3 × (100 + 80) / 2 + 0.3 × 80 = 40 + 27 + 24 = 91
    //   公众评议 0.3 × (0.3 × 91 + 0.4 × 88 + 0.3 × 85) = 0.3 × (27.3 + 35.2 + 25.5) = 0.3 × 88 = 26.4
    //   督促检查 10 − 1.5 = 8.5 → 54.12 + 26.4 + 8.5 = 89.02 良好
    // 民政厅: 创新创优 (5000 × 80 + 3000 × 100 + 1000 × 100) / 9000 = 800000 / 9000 = 88.88…
    //   年终 50 + 30 + 0.2 × 88.88… = 97.77…; 工作考核 0.6 × (4.5 + 13.5 + 0.8 × 97.77…) = 0.6 × 96.22… = 57.733…
    //   公众评议 0.3 × (30 + 38 + 27) = 28.5; 督促检查 10 → 96.233… → 96.23 优秀
    // 司法厅: 工作考核 60, 公众评议 30, 督促检查 10 − min(10, 12) = 0 → 90 优秀
    const { result } = run(jiangsuModel, [security, civil, justice], jiangsuIndicators);
    expect(result.units.map((u) => [u.unitId, u.final, u.grade, u.rank])).toEqual([
      ['民政厅', 96.23, '优秀', 1],
      ['司法厅', 90, '优秀', 2],
      ['公安厅', 89.02, '良好', 3],
    ]);
    const civilReceipt = result.units[0]?.receipt.tree;
    const work = civilReceipt?.kind === 'weighted' ? civilReceipt.children[0]?.node : undefined;
    const annual = work?.kind === 'weighted' ? work.children[2]?.node : undefined;
    expect(annual?.kind === 'indicators' && annual.indicators[2]?.renormalised).toEqual({ presentBp: 9000, totalBp: 10000 });
  });

  it('经济管理和市场监管 category is ranked on its own', () => {
    // 发改委 has 公安厅's inputs: 89.02, first in its own category.
    // 商务厅: 年终 70; 工作考核 0.6 × (4 + 9 + 56) = 41.4; 领导评价 50; 公众评议 0.3 × (15 + 24 + 16.5) = 16.65;
    //   督促检查 10 − 3 = 7 → 41.4 + 16.65 + 7 = 65.05 达标
    const { result } = run(jiangsuModel, [commerce, development], jiangsuIndicators);
    expect(result.units.map((u) => [u.unitId, u.final, u.grade, u.rank])).toEqual([
      ['发改委', 89.02, '良好', 1],
      ['商务厅', 65.05, '达标', 2],
    ]);
  });
});
