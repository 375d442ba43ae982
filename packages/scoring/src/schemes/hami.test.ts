import { describe, expect, it } from 'vitest';
import type { TargetInput } from '../inputs.ts';
import { deduction, run, target, unit } from '../test-builders.ts';
import { hamiIndicators, hamiModel } from './hami.ts';

const absence = () => deduction('机关效能', 0.5);

/** One target per indicator assessed in Q1 and at year end. */
function assessed(indicatorId: string, max: number, q1: number | null, annual: number): TargetInput {
  const t = target(indicatorId, max, annual, 'ANNUAL');
  if (q1 !== null) t.assessments.push({ period: 'Q1', score: q1 });
  return t;
}

describe('哈密交通局: 业绩 60 % + 机关效能 40 % (100 − 0.5 per absence), quarterly and year end', () => {
  const construction = unit('建管科', { targets: [assessed('roads', 20, 18, 20), assessed('party', 10, 9, 10)], adjustments: [absence(), absence()] });
  const office = unit('办公室', { targets: [assessed('party', 10, 8, 9)] });
  const readiness = unit('交战办', { targets: [assessed('roads', 20, 12, 16), assessed('party', 10, 5, 8)], adjustments: [absence(), absence(), absence()] });
  const units = [construction, office, readiness];

  it('first quarter', () => {
    // 建管科: 业绩 0.6 × 18/20 + 0.4 × 9/10 = 54 + 36 = 90; 机关效能 100 − 2 × 0.5 = 99 → 0.6 × 90 + 0.4 × 99 = 54 + 39.6 = 93.6 合格
    // 办公室: no 农村公路 targets, 业绩 = 党的建设 8/10 = 80; 机关效能 100 → 48 + 40 = 88 合格
    // 交战办: 业绩 0.6 × 60 + 0.4 × 50 = 56; 机关效能 98.5 → 33.6 + 39.4 = 73 不合格
    const { result } = run(hamiModel, units, hamiIndicators, 'Q1');
    expect(result.units.map((u) => [u.unitId, u.final, u.grade, u.rank])).toEqual([
      ['建管科', 93.6, '合格', 1],
      ['办公室', 88, '合格', 2],
      ['交战办', 73, '不合格', 3],
    ]);
  });

  it('year end', () => {
    // 建管科: 业绩 100 → 60 + 39.6 = 99.6 优秀
    // 办公室: 业绩 9/10 = 90 → 54 + 40 = 94 合格
    // 交战办: 业绩 0.6 × 80 + 0.4 × 80 = 80 → 48 + 39.4 = 87.4 合格
    const { result } = run(hamiModel, units, hamiIndicators, 'ANNUAL');
    expect(result.units.map((u) => [u.unitId, u.final, u.grade, u.rank])).toEqual([
      ['建管科', 99.6, '优秀', 1],
      ['办公室', 94, '合格', 2],
      ['交战办', 87.4, '合格', 3],
    ]);
  });
});
