import type { IndicatorInput } from '../inputs.ts';
import { ScoringModelSchema } from '../model.ts';
import { GOOD_FAIR_POOR } from './scales.ts';

/**
 * 江苏省人民政府部门绩效管理办法 (2011), 第十五、十六条:
 * 工作考核 = (制定评估计划 × 5 % + 半年评估 × 15 % + 年终评估 × 80 %) × 60, 年终评估 on the indicator tree
 * (职能工作 50 %, 管理工作 30 %, 创新创优 20 %);
 * 公众评议 = (领导评价 30 % + 民意调查 70 %) × 30, 民意调查 = 服务对象满意度 40 % + 社会公众满意度 30 % (附件), and
 * 领导评价 = 省长 40 % + 分管省领导 30 % + 其他领导 30 % (附件);
 * 最终 = 工作考核 + 公众评议 + 督促检查所扣剩余分 (10 分, 扣满为止).
 * The measures name the grades (优秀/良好/达标/诫勉) without thresholds: these are the example's. Ranking is per
 * category (社会管理和执法监督, 经济管理和市场监管): summarise each category on its own.
 */
export const jiangsuModel = ScoringModelSchema.parse({
  name: '江苏省政府部门绩效评估',
  root: {
    kind: 'weighted',
    label: '最终评估',
    children: [
      {
        points: 60,
        node: {
          kind: 'weighted',
          label: '工作考核',
          children: [
            { points: 5, node: { kind: 'imported', label: '制定评估计划', key: 'plan' } },
            { points: 15, node: { kind: 'indicators', label: '日常评估（半年）', period: 'H1' } },
            { points: 80, node: { kind: 'indicators', label: '年终评估', period: 'ANNUAL' } },
          ],
        },
      },
      {
        points: 30,
        node: {
          kind: 'weighted',
          label: '公众评议',
          children: [
            {
              points: 30,
              node: {
                kind: 'weighted',
                label: '领导评价',
                children: [
                  { points: 40, node: { kind: 'rating', label: '省长评价', group: 'LEADER_MAIN', scale: '好较好差' } },
                  { points: 30, node: { kind: 'rating', label: '分管省领导评价', group: 'LEADER_DEPUTY', scale: '好较好差' } },
                  { points: 30, node: { kind: 'rating', label: '其他领导评价', group: 'ORG', scale: '好较好差' } },
                ],
              },
            },
            { points: 40, node: { kind: 'imported', label: '服务对象满意度', key: 'service-satisfaction' } },
            { points: 30, node: { kind: 'imported', label: '社会公众满意度', key: 'public-satisfaction' } },
          ],
        },
      },
      { points: 10, node: { kind: 'allowance', label: '督促检查', points: 10, deductionCategory: '督促检查' } },
    ],
  },
  scales: { 好较好差: GOOD_FAIR_POOR },
  grades: [{ grade: '优秀', min: 90 }, { grade: '良好', min: 80 }, { grade: '达标', min: 60 }, { grade: '诫勉' }],
});

/** 附件 指标体系 (first two levels): 职能工作 50 %, 管理工作 30 %, 创新创优 20 %. */
export const jiangsuIndicators: IndicatorInput[] = [
  { id: 'func', parentId: null, name: '职能工作目标', weightBp: 5000 },
  { id: 'func.key', parentId: 'func', name: '重点工作', weightBp: 4000 },
  { id: 'func.regular', parentId: 'func', name: '常规工作', weightBp: 4000 },
  { id: 'func.other', parentId: 'func', name: '其他工作', weightBp: 2000 },
  { id: 'mgmt', parentId: null, name: '管理工作目标', weightBp: 3000 },
  { id: 'mgmt.law', parentId: 'mgmt', name: '依法行政', weightBp: 4000 },
  { id: 'mgmt.efficient', parentId: 'mgmt', name: '高效行政', weightBp: 3000 },
  { id: 'mgmt.clean', parentId: 'mgmt', name: '廉洁行政', weightBp: 3000 },
  { id: 'innov', parentId: null, name: '创新创优目标', weightBp: 2000 },
  { id: 'innov.results', parentId: 'innov', name: '创新创优成果', weightBp: 5000 },
  { id: 'innov.improve', parentId: 'innov', name: '工作改进', weightBp: 3000 },
  { id: 'innov.incentive', parentId: 'innov', name: '健全激励机制', weightBp: 1000 },
  { id: 'innov.quality', parentId: 'innov', name: '干部职工素质提高', weightBp: 1000 },
];
