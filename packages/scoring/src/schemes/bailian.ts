import type { IndicatorInput } from '../inputs.ts';
import { ScoringModelSchema } from '../model.ts';

/**
 * 白莲镇 (implementation-schemes 篇一): 指标考核得分 × 80 % + 公众评议得分 × 20 % − 察访核验扣分 (扣满 3 分为止);
 * 优 ≥ 90, 良 ≥ 85, 一般 ≥ 75, 差 < 75; 一票否决 → 差. The text's "85分(含80分)" is read as 良 ≥ 85 (DESIGN §3).
 */
export const bailianModel = ScoringModelSchema.parse({
  name: '白莲镇绩效评估',
  root: {
    kind: 'weighted',
    label: '绩效评估',
    children: [
      { points: 80, node: { kind: 'indicators', label: '指标考核' } },
      { points: 20, node: { kind: 'imported', label: '公众评议', key: 'public-review' } },
    ],
  },
  deductionCategories: [{ category: '察访核验', label: '察访核验', cap: 3 }],
  grades: [{ grade: '优', min: 90 }, { grade: '良', min: 85 }, { grade: '一般', min: 75 }, { grade: '差' }],
});

/** Three first-level indicators (可持续发展、改善民生、勤政廉政); the weights are the example's choice. */
export const bailianIndicators: IndicatorInput[] = [
  { id: 'sustain', parentId: null, name: '可持续发展', weightBp: 4000 },
  { id: 'sustain.economy', parentId: 'sustain', name: '经济发展', weightBp: 6000 },
  { id: 'sustain.ecology', parentId: 'sustain', name: '生态环境', weightBp: 4000 },
  { id: 'livelihood', parentId: null, name: '改善民生', weightBp: 3500 },
  { id: 'integrity', parentId: null, name: '勤政廉政', weightBp: 2500 },
];
