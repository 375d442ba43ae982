// 绩效模型 of the demo year, built from the engine's reference schemes (packages/scoring/src/schemes) and adapted to
// the demo province: a 四川-style model for 厅直单位 and 市州交通运输局, a 江苏-style one for 厅机关处室. Each is
// version 1, written as the engine reads it (ScoringModelSchema.parse, so an invalid one fails the seed).
import { PUBLIC_SURVEY_KEY } from '@jx/contract';
import type { Prisma } from '../../packages/db/src/generated/prisma/client.ts';
import {
  indicatorsByPosition,
  jiangsuModel,
  renameModelRefs,
  ScoringModelSchema,
  sichuanIndicators,
  sichuanModel,
  type ModelNode,
  type ScoringModelInput,
} from '../../packages/scoring/src/index.ts';
import type { FrameworkSeed, YearSeed } from './categories.ts';
import type { IndicatorSeed } from './indicators.ts';
import { stableId } from './random.ts';

/** The demo's adjustment categories (assessment.ts) a final score deducts, with the measures' caps. */
const DEDUCTIONS = [
  { category: 'NATIONAL_CRITICISM', label: '国家级通报批评' },
  { category: 'PROVINCIAL_CRITICISM', label: '省级通报批评' },
  { category: 'INTEGRITY_CASE', label: '违纪违法案件' },
  { category: 'ACCOUNTABILITY', label: '问责' },
  { category: 'INSPECTION', label: '察访核验', cap: 3 },
  { category: 'ABSENCE', label: '无故缺席组织活动' },
];

/** The 四川 scheme's category names → the demo's adjustment category codes. */
const SICHUAN_CATEGORIES: Record<string, string> = { 批评: 'NATIONAL_CRITICISM', 廉政: 'INTEGRITY_CASE', 问责: 'ACCOUNTABILITY' };

/** A copy of the tree with `change` applied to every node (children first). */
function mapNodes(node: ModelNode, change: (n: ModelNode) => ModelNode): ModelNode {
  const inner = node.kind === 'weighted' ? { ...node, children: node.children.map((c) => ({ points: c.points, node: mapNodes(c.node, change) })) } : node;
  return change(inner);
}

/**
 * The 绩效委's per-indicator ratings on the year's own second-level indicators: each named after the indicator it is
 * paired with, and where the year has fewer of them under a first-level one (the year before has two under 自身建设),
 * the unpaired rating's points go to its kept sibling, so the node still sums to 100.
 */
function fitToYear(node: Extract<ModelNode, { kind: 'weighted' }>, byId: ReadonlyMap<string, IndicatorSeed>): ModelNode {
  const children: { points: number; node: ModelNode }[] = [];
  for (const c of node.children) {
    const id = c.node.kind === 'rating' ? c.node.indicatorId : undefined;
    const indicator = id ? byId.get(id) : undefined;
    if (c.node.kind === 'rating' && id && !indicator) {
      const last = children.at(-1)!;
      last.points = Math.round((last.points + c.points) * 100) / 100;
      continue;
    }
    const parent = indicator?.parentId ? byId.get(indicator.parentId) : undefined;
    children.push({
      points: c.points,
      node: c.node.kind === 'rating' && indicator && parent ? { ...c.node, label: `${parent.name}·${indicator.name}` } : c.node,
    });
  }
  return { ...node, children };
}

/**
 * 四川 (川府发〔2014〕25号) as the department applies it to its 厅直单位 and 市州: the scheme scores only evaluation
 * (主要领导 10 + 分管领导 10 + 绩效委 50 per 二级指标 + 互评 15 + 社会公众 15), so the demo weighs it 30 against
 * 70 for the targets its departments assess (目标考核, on the indicator tree). The 绩效委's 二级指标 are the demo
 * year's, paired by position; 社会公众 is the imported public survey; 加分 ≤ 5; 先进 ≥ 90, 合格 ≥ 60.
 */
function sichuanStyle(indicators: IndicatorSeed[]): ScoringModelInput {
  const byPosition = indicatorsByPosition(sichuanIndicators, indicators);
  const adapted = renameModelRefs(sichuanModel, { indicator: (id) => byPosition.get(id), category: (c) => SICHUAN_CATEGORIES[c] });
  const LABELS: Record<string, string> = { 省长评价: '主要领导评价', 副省长评价: '分管领导评价' };
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const evaluation = mapNodes(adapted.root, (n) => {
    if (n.kind === 'weighted' && n.children.some((c) => c.node.kind === 'rating' && c.node.indicatorId)) return fitToYear(n, byId);
    if (n.kind === 'rating' && n.group === 'PUBLIC') return { kind: 'imported', label: n.label, key: PUBLIC_SURVEY_KEY };
    if (n.kind === 'rating' && LABELS[n.label]) return { ...n, label: LABELS[n.label]! };
    return n.kind === 'weighted' && n.label === '绩效管理考评' ? { ...n, label: '综合评价' } : n;
  });
  return {
    ...adapted,
    name: '厅直单位和市州绩效考评（四川办法）',
    root: {
      kind: 'weighted',
      label: '绩效考评',
      children: [
        { points: 70, node: { kind: 'indicators', label: '目标考核' } },
        { points: 30, node: evaluation },
      ],
    },
    deductionCategories: DEDUCTIONS,
  };
}

/**
 * 江苏 (2011) for 厅机关处室: 工作考核 60 + 公众评议 30 + 督促检查剩余分 10. Adapted: the demo imports no 评估计划
 * score, so its 5 go to the half-year (半年 20 + 本期 80, 本期 being the period summarised: 年终 at year end, 半年 in
 * July); 服务对象满意度 is the other divisions' rating (部门互评); 社会公众满意度 the imported public survey; 其他领导
 * the 绩效委. Bonuses count up to 5 and the usual deductions apply besides 督促检查.
 */
function jiangsuStyle(): ScoringModelInput {
  const adapted = renameModelRefs(jiangsuModel, { category: (c) => (c === '督促检查' ? 'SUPERVISION' : undefined) });
  const root = mapNodes(adapted.root, (n): ModelNode => {
    if (n.kind === 'weighted' && n.label === '工作考核') {
      return {
        ...n,
        children: [
          { points: 20, node: { kind: 'indicators', label: '日常评估（半年）', period: 'H1' } },
          { points: 80, node: { kind: 'indicators', label: '本期评估' } },
        ],
      };
    }
    if (n.kind === 'imported' && n.key === 'service-satisfaction')
      return { kind: 'rating', label: '服务对象满意度（部门互评）', group: 'PEER', scale: '满意度' };
    if (n.kind === 'imported' && n.key === 'public-satisfaction') return { ...n, key: PUBLIC_SURVEY_KEY };
    if (n.kind === 'rating' && n.group === 'ORG') return { ...n, label: '绩效委评价' };
    if (n.kind === 'rating' && n.group === 'LEADER_MAIN') return { ...n, label: '主要领导评价' };
    if (n.kind === 'rating' && n.group === 'LEADER_DEPUTY') return { ...n, label: '分管领导评价' };
    return n;
  });
  return {
    ...adapted,
    name: '厅机关处室绩效评估（江苏办法）',
    root,
    scales: { ...adapted.scales, 满意度: sichuanModel.scales['满意度']! },
    bonusCap: 5,
    deductionCategories: DEDUCTIONS,
  };
}

export interface ModelSeed {
  models: { id: string; yearId: string; name: string }[];
  categories: { modelId: string; categoryId: string }[];
  versions: { id: string; modelId: string; versionNo: number; definition: Prisma.InputJsonValue; note: string; createdById: string }[];
}

/** A year's models, each version 1, saved by the performance office. */
export function buildScoringModels(years: YearSeed[], year: number, framework: FrameworkSeed, indicators: IndicatorSeed[], perfAccountId: string): ModelSeed {
  const y = years.find((x) => x.year === year)!;
  const categoryId = (code: string) => framework.categories.find((c) => c.yearId === y.id && c.code === code)!.id;
  const ofYear = indicators.filter((i) => i.yearId === y.id).sort((a, b) => a.sortOrder - b.sortOrder);
  const defs = [
    { key: 'SICHUAN', definition: sichuanStyle(ofYear), categories: ['DIRECT', 'CITY'] },
    { key: 'JIANGSU', definition: jiangsuStyle(), categories: ['HQ'] },
  ];
  const out: ModelSeed = { models: [], categories: [], versions: [] };
  for (const d of defs) {
    const definition = ScoringModelSchema.parse(d.definition);
    const id = stableId('scoringModel', `${year}:${d.key}`);
    out.models.push({ id, yearId: y.id, name: definition.name });
    out.categories.push(...d.categories.map((code) => ({ modelId: id, categoryId: categoryId(code) })));
    out.versions.push({
      id: stableId('scoringModelVersion', `${year}:${d.key}:1`),
      modelId: id,
      versionNo: 1,
      definition: definition as unknown as Prisma.InputJsonValue,
      note: '依据参考方案建立',
      createdById: perfAccountId,
    });
  }
  return out;
}

/** Per category, the indicators its model has the 绩效委 (ORG) rate one by one; the ratings seed gives each its roster. */
export function orgRatedIndicators(seed: ModelSeed): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const v of seed.versions) {
    const ids: string[] = [];
    const walk = (n: ModelNode) => {
      if (n.kind === 'weighted') n.children.forEach((c) => walk(c.node));
      else if (n.kind === 'rating' && n.group === 'ORG' && n.indicatorId) ids.push(n.indicatorId);
    };
    walk((v.definition as unknown as ScoringModelInput).root);
    if (!ids.length) continue;
    for (const c of seed.categories.filter((x) => x.modelId === v.modelId)) out.set(c.categoryId, [...new Set(ids)]);
  }
  return out;
}
