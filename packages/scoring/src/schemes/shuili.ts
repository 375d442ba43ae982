import type { IndicatorInput } from '../inputs.ts';
import { ScoringModelSchema, type ModelNode } from '../model.ts';

/** 业务工作实绩 per first-level indicator: 指标完成情况 90 % + 绩效进步状况 5 % + 绩效创新状况 5 %. */
function businessIndicator(indicatorId: string, name: string): ModelNode {
  return {
    kind: 'weighted',
    label: name,
    children: [
      { points: 90, node: { kind: 'indicators', label: `${name}·完成情况`, indicatorId } },
      { points: 5, node: { kind: 'imported', label: `${name}·绩效进步`, key: `${indicatorId}.progress` } },
      { points: 5, node: { kind: 'imported', label: `${name}·绩效创新`, key: `${indicatorId}.innovation` } },
    ],
  };
}

/**
 * 水利局 (篇三): 业务工作实绩 60 % + 行政能力建设 40 %. The real scheme has 10 business first-level indicators;
 * the example keeps two (equal shares). The text sets no grade bands: these are the example's.
 */
export const shuiliModel = ScoringModelSchema.parse({
  name: '水利局绩效管理',
  root: {
    kind: 'weighted',
    label: '指标考核',
    children: [
      {
        points: 60,
        node: {
          kind: 'weighted',
          label: '业务工作实绩',
          children: [
            { points: 50, node: businessIndicator('works', '水利工程建设') },
            { points: 50, node: businessIndicator('flood', '防汛抗旱') },
          ],
        },
      },
      { points: 40, node: { kind: 'indicators', label: '行政能力建设', indicatorId: 'admin' } },
    ],
  },
  grades: [{ grade: '优秀', min: 90 }, { grade: '良好', min: 80 }, { grade: '合格', min: 60 }, { grade: '不合格' }],
});

export const shuiliIndicators: IndicatorInput[] = [
  { id: 'works', parentId: null, name: '水利工程建设', weightBp: 3000 },
  { id: 'works.projects', parentId: 'works', name: '重点项目', weightBp: 6000 },
  { id: 'works.rural', parentId: 'works', name: '农村水利', weightBp: 4000 },
  { id: 'flood', parentId: null, name: '防汛抗旱', weightBp: 3000 },
  { id: 'admin', parentId: null, name: '行政能力建设', weightBp: 4000 },
  { id: 'admin.democratic', parentId: 'admin', name: '科学民主行政', weightBp: 2500 },
  { id: 'admin.lawful', parentId: 'admin', name: '依法行政', weightBp: 2500 },
  { id: 'admin.efficient', parentId: 'admin', name: '高效行政', weightBp: 2500 },
  { id: 'admin.clean', parentId: 'admin', name: '廉洁行政', weightBp: 2500 },
];
