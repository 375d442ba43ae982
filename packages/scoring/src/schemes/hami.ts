import type { IndicatorInput } from '../inputs.ts';
import { ScoringModelSchema } from '../model.ts';

/**
 * 哈密地区交通运输局 (篇四): 综合目标考核 = 业绩 (科室任务分解, 百分制) × 60 % + 机关效能 × 40 %, where 机关效能 is
 * 100 minus 0.5 per unexcused absence (劳动、文体活动、学习). 优秀 ≥ 95, 合格 ≥ 75, 不合格 < 75. The same model
 * is summarised for each 季度、半年 and 年终 period: the indicators node reads the period being summarised.
 */
export const hamiModel = ScoringModelSchema.parse({
  name: '哈密交通局综合目标考核',
  root: {
    kind: 'weighted',
    label: '综合目标考核',
    children: [
      { points: 60, node: { kind: 'indicators', label: '业绩' } },
      { points: 40, node: { kind: 'allowance', label: '机关效能', points: 100, deductionCategory: '机关效能' } },
    ],
  },
  grades: [{ grade: '优秀', min: 95 }, { grade: '合格', min: 75 }, { grade: '不合格' }],
});

/** 农村公路建设 and 党的建设 (机关效能 is the allowance); the weights are the example's. */
export const hamiIndicators: IndicatorInput[] = [
  { id: 'roads', parentId: null, name: '农村公路建设', weightBp: 6000 },
  { id: 'party', parentId: null, name: '党的建设', weightBp: 4000 },
];
