import type { IndicatorInput } from '../inputs.ts';
import { ScoringModelSchema, type ModelNode } from '../model.ts';
import { GOOD_FAIR_POOR, SATISFACTION } from './scales.ts';

/** 四川 一级指标 (分类计分 60 / 15 / 15 / 10) with their three 二级指标 each (第五条～第九条). */
const FIRST_LEVEL = [
  { id: 'duty', name: '职能职责', points: 60, second: ['职责任务', '依法行政', '政令畅通'] },
  { id: 'efficiency', name: '行政效能', points: 15, second: ['效能建设', '行政成本', '应急管理'] },
  { id: 'service', name: '服务质量', points: 15, second: ['服务群众', '接受监督', '协作配合'] },
  { id: 'self', name: '自身建设', points: 10, second: ['党建工作', '政风行风', '廉政建设'] },
];

/** A first-level indicator's points split evenly in cents over its three second-level ones (10 → 3.34, 3.33, 3.33). */
function splitPoints(points: number): number[] {
  const cents = points * 100;
  const base = Math.floor(cents / 3);
  return [0, 1, 2].map((i) => (base + (i < cents - base * 3 ? 1 : 0)) / 100);
}

/** 绩效组织评价: each 绩效委 member rates every second-level indicator (第十四条(二)). */
const orgEvaluation: ModelNode = {
  kind: 'weighted',
  label: '绩效组织评价',
  children: FIRST_LEVEL.flatMap((first) => {
    const points = splitPoints(first.points);
    return first.second.map((name, i) => ({
      points: points[i] as number,
      node: { kind: 'rating' as const, label: `${first.name}·${name}`, group: 'ORG' as const, scale: '好较好差', indicatorId: `${first.id}.${i + 1}` },
    }));
  }),
};

/**
 * 四川省政府部门绩效管理办法 (2014), 第十四～十六条: 省长 10 % + 副省长 10 % + 绩效委 50 % + 部门互评 15 % +
 * 社会公众 15 %, levels 100 / 80 / 50 %; 加分 (国家 2, 省 1) 累计不超过 5; 批评、廉政、问责扣分 uncapped;
 * 先进 ≥ 90, 合格 60–90, 不合格 < 60.
 */
export const sichuanModel = ScoringModelSchema.parse({
  name: '四川省政府部门绩效管理考评',
  root: {
    kind: 'weighted',
    label: '绩效管理考评',
    children: [
      { points: 10, node: { kind: 'rating', label: '省长评价', group: 'LEADER_MAIN', scale: '好较好差' } },
      { points: 10, node: { kind: 'rating', label: '副省长评价', group: 'LEADER_DEPUTY', scale: '好较好差' } },
      { points: 50, node: orgEvaluation },
      { points: 15, node: { kind: 'rating', label: '部门互评', group: 'PEER', scale: '满意度' } },
      { points: 15, node: { kind: 'rating', label: '社会公众评价', group: 'PUBLIC', scale: '满意度' } },
    ],
  },
  scales: { 好较好差: GOOD_FAIR_POOR, 满意度: SATISFACTION },
  bonusCap: 5,
  deductionCategories: [
    { category: '批评', label: '批评扣分' },
    { category: '廉政', label: '廉政扣分' },
    { category: '问责', label: '问责扣分' },
  ],
  grades: [{ grade: '先进', min: 90 }, { grade: '合格', min: 60 }, { grade: '不合格' }],
});

/** The common first- and second-level indicators; three siblings share 100 % as 33.34 / 33.33 / 33.33. */
export const sichuanIndicators: IndicatorInput[] = FIRST_LEVEL.flatMap((first) => [
  { id: first.id, parentId: null, name: first.name, weightBp: first.points * 100 },
  ...first.second.map((name, i) => ({ id: `${first.id}.${i + 1}`, parentId: first.id, name, weightBp: i === 0 ? 3334 : 3333 })),
]);

export const sichuanSecondLevelIds: string[] = FIRST_LEVEL.flatMap((first) => first.second.map((_, i) => `${first.id}.${i + 1}`));
