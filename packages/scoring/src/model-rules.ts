import type { z } from 'zod';
import type { DeductionCategory, GradeBand, ModelNode, Scale } from './model.ts';
import { equals, fromNumber, HUNDRED, sum, toNumber } from './rational.ts';

interface ModelShape {
  root: ModelNode;
  scales: Record<string, Scale>;
  deductionCategories: DeductionCategory[];
  grades: GradeBand[];
}
type Path = Array<string | number>;

/** The rules a model must follow beyond its shape; each issue carries the path of the field to fix. */
export function checkModelRules(model: ModelShape, ctx: z.RefinementCtx): void {
  const issue = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });
  const finalCategories = new Set<string>();
  model.deductionCategories.forEach((c, i) => {
    if (finalCategories.has(c.category)) issue(['deductionCategories', i, 'category'], `扣分类别“${c.category}”重复`);
    finalCategories.add(c.category);
  });
  const allowanceCategories = new Set<string>();

  const walk = (node: ModelNode, path: Path): void => {
    if (node.kind === 'weighted') {
      const total = sum(node.children.map((c) => fromNumber(c.points)));
      if (!equals(total, HUNDRED)) issue([...path, 'children'], `各组成部分分值之和应为 100，当前为 ${toNumber(total)}`);
      node.children.forEach((c, i) => walk(c.node, [...path, 'children', i, 'node']));
    } else if (node.kind === 'rating' && !(node.scale in model.scales)) {
      issue([...path, 'scale'], `评价等级“${node.scale}”未定义`);
    } else if (node.kind === 'allowance') {
      const category = node.deductionCategory;
      if (finalCategories.has(category)) issue([...path, 'deductionCategory'], `扣分类别“${category}”已在总分中扣减，不能再用于剩余分`);
      if (allowanceCategories.has(category)) issue([...path, 'deductionCategory'], `扣分类别“${category}”已被另一剩余分项使用`);
      allowanceCategories.add(category);
    }
  };
  walk(model.root, ['root']);

  for (const [key, scale] of Object.entries(model.scales)) {
    const seen = new Set<string>();
    scale.forEach((s, i) => {
      if (seen.has(s.level)) issue(['scales', key, i, 'level'], `等级“${s.level}”重复`);
      seen.add(s.level);
    });
  }
  checkGrades(model.grades, issue);
}

function checkGrades(grades: GradeBand[], issue: (path: Path, message: string) => void): void {
  const names = new Set<string>();
  let previousMin: number | undefined;
  grades.forEach((band, i) => {
    const last = i === grades.length - 1;
    if (names.has(band.grade)) issue(['grades', i, 'grade'], `等次“${band.grade}”重复`);
    names.add(band.grade);
    if (last) {
      if (band.min !== undefined) issue(['grades', i, 'min'], '最低等次不设分数线');
      if (band.quota) issue(['grades', i, 'quota'], '最低等次不设名额');
      return;
    }
    if (band.min === undefined) issue(['grades', i, 'min'], '请填写该等次的最低分');
    else if (previousMin !== undefined && band.min >= previousMin) issue(['grades', i, 'min'], '分数线应从高到低排列');
    previousMin = band.min ?? previousMin;
  });
}
