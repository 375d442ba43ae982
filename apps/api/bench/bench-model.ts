import { indicatorsByPosition, renameModelRefs, ScoringModelSchema, sichuanIndicators, sichuanModel, type IndicatorInput, type ModelNode } from '@jx/scoring';

/** The year's deduction categories the 四川 ones (批评、廉政、问责) become; the first is capped at 3 points in the benchmark. */
export const DEDUCTION_CODES = { 批评: 'CRITICISM', 廉政: 'INTEGRITY', 问责: 'ACCOUNTABILITY' } as const;

/** The 四川 survey is a rating of the PUBLIC group there; in the province it is the statistics bureau's imported value. */
function publicAsImported(node: ModelNode): ModelNode {
  if (node.kind === 'weighted') return { ...node, children: node.children.map((c) => ({ points: c.points, node: publicAsImported(c.node) })) };
  if (node.kind === 'rating' && node.group === 'PUBLIC') return { kind: 'imported', label: node.label, key: 'public' };
  return node;
}

/**
 * The benchmark's model: 60 points for the targets (the engine's `indicators` node over the year's tree, which the
 * hand-written SQL recomputes) and 40 for the 四川 model's 评价 (省长, 副省长, 绩效委 per 二级指标, 部门互评, 社会公众)
 * with its references renamed to the year's indicators and deduction categories; a quota on 先进 so quota demotions run.
 */
export function provinceModel(yearIndicators: IndicatorInput[]) {
  const byPosition = indicatorsByPosition(sichuanIndicators, yearIndicators);
  const sichuan = renameModelRefs(sichuanModel, {
    indicator: (id) => byPosition.get(id),
    category: (c) => DEDUCTION_CODES[c as keyof typeof DEDUCTION_CODES],
  });
  return ScoringModelSchema.parse({
    ...sichuan,
    name: '四川式模型（基准）',
    root: {
      kind: 'weighted',
      label: '年度绩效考评',
      children: [
        { points: 60, node: { kind: 'indicators', label: '目标考核' } },
        { points: 40, node: publicAsImported(sichuan.root) },
      ],
    },
    deductionCategories: sichuan.deductionCategories.map((c) => (c.category === DEDUCTION_CODES.批评 ? { ...c, cap: 3 } : c)),
    grades: [{ grade: '先进', min: 90, quota: { maxPercent: 20 } }, { grade: '合格', min: 60 }, { grade: '不合格' }],
  });
}
