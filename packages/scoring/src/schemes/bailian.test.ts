import { describe, expect, it } from 'vitest';
import { deduction, run, target, unit, veto } from '../test-builders.ts';
import { bailianIndicators, bailianModel } from './bailian.ts';

describe('白莲镇: 指标考核 80 + 公众评议 20 − 察访核验 (≤ 3), 一票否决', () => {
  const villageA = unit('村A', {
    targets: [
      target('sustain.economy', 20, 20),
      target('sustain.economy', 20, 15),
      target('sustain.ecology', 20, 18),
      target('livelihood', 30, 27),
      target('integrity', 20, 19),
    ],
    imported: { 'public-review': 92 },
    adjustments: [deduction('察访核验', 0.5)],
  });
  // 村B has no 生态环境 targets: 可持续发展 is 经济发展 alone.
  const villageB = unit('村B', {
    targets: [target('sustain.economy', 20, 16), target('livelihood', 30, 24), target('integrity', 20, 17)],
    imported: { 'public-review': 85 },
    adjustments: [deduction('察访核验', 2), deduction('察访核验', 1.5)],
  });
  const villageC = unit('村C', {
    targets: [target('sustain.economy', 20, 20), target('sustain.ecology', 20, 20), target('livelihood', 30, 30), target('integrity', 20, 20)],
    imported: { 'public-review': 95 },
    adjustments: [veto('安全生产事故，一票否决')],
  });
  const villageD = unit('村D', {
    targets: [target('sustain.economy', 20, 17), target('sustain.ecology', 20, 17), target('livelihood', 30, 25.5), target('integrity', 20, 17)],
    imported: { 'public-review': 85 },
  });
  const { result, get } = run(bailianModel, [villageA, villageB, villageC, villageD], bailianIndicators);

  it('村A: 90.42, 优', () => {
    // 经济发展 (20 + 15) / 40 = 87.5; 生态环境 18 / 20 = 90; 可持续发展 0.6 × 87.5 + 0.4 × 90 = 52.5 + 36 = 88.5
    // 改善民生 27 / 30 = 90; 勤政廉政 19 / 20 = 95
    // 指标考核 0.40 × 88.5 + 0.35 × 90 + 0.25 × 95 = 35.4 + 31.5 + 23.75 = 90.65
    // 0.8 × 90.65 + 0.2 × 92 = 72.52 + 18.4 = 90.92; − 察访核验 0.5 = 90.42
    expect(get('村A')).toMatchObject({ final: 90.42, grade: '优', rank: 2 });
  });

  it('村B: 79, 一般 (察访核验 3.5 capped at 3; empty 生态环境 renormalised)', () => {
    // 可持续发展 = 经济发展 16 / 20 = 80 (生态环境 left out); 改善民生 24 / 30 = 80; 勤政廉政 17 / 20 = 85
    // 指标考核 0.4 × 80 + 0.35 × 80 + 0.25 × 85 = 32 + 28 + 21.25 = 81.25
    // 0.8 × 81.25 + 0.2 × 85 = 65 + 17 = 82; − min(3, 2 + 1.5) = 79
    const b = get('村B');
    expect(b).toMatchObject({ final: 79, grade: '一般', rank: 4 });
    expect(b.receipt.deductions).toMatchObject([{ category: '察访核验', total: 3.5, cap: 3, counted: 3 }]);
  });

  it('村C: 99 but vetoed, 差 (still ranked first by score)', () => {
    // 指标考核 100; 0.8 × 100 + 0.2 × 95 = 80 + 19 = 99
    expect(get('村C')).toMatchObject({ final: 99, grade: '差', rank: 1 });
  });

  it('村D: exactly 85, 良 (the threshold is inclusive)', () => {
    // every leaf 85 %: 指标考核 85; 0.8 × 85 + 0.2 × 85 = 85
    expect(get('村D')).toMatchObject({ final: 85, grade: '良', rank: 3 });
    expect(result.hasMissingInputs).toBe(false);
  });
});
