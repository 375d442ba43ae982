import { z } from 'zod';
import { errorText, keyedIssue } from '../messages/index.ts';
import { defineRoute } from '../route.ts';
import { BUSINESS_ROLES, FRAMEWORK_EDITORS, TARGET_TYPE_KEEPERS } from '../access.ts';
import { IdParams, IdSchema, OkSchema, VersionSchema, nonEmpty } from '../common.ts';
import { checkSiblingInputs, formatWeightBp, WeightPercentSchema } from '../weights.ts';
import { ReportingRhythmSchema, TargetTypeSchema } from './units.ts';

// 年度目标框架: the indicator tree (指标体系) of a year, the reporting rhythm of each target type,
// and copying a year's framework into a new year.

export const INDICATOR_LEVEL_LABELS: Record<number, string> = { 1: '一级指标', 2: '二级指标', 3: '三级指标' };

export const IndicatorSchema = z.object({
  id: z.string(),
  yearId: z.string(),
  parentId: z.string().nullable(),
  /** 1 一级, 2 二级, 3 三级 */
  level: z.int(),
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  /** Basis points of the parent: 2425 = 24.25 %. */
  weightBp: z.int(),
  /** The same weight as the user writes it: "24.25". */
  weightPercent: z.string(),
  sortOrder: z.int(),
  /** Only on a first-level indicator: which target type its targets belong to. */
  targetTypeId: z.string().nullable(),
  targetTypeName: z.string().nullable(),
  version: z.int(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export type IndicatorNode = Indicator & { children: IndicatorNode[] };
export const IndicatorNodeSchema: z.ZodType<IndicatorNode> = z.object({
  ...IndicatorSchema.shape,
  get children() {
    return z.array(IndicatorNodeSchema);
  },
});

/** One sibling set (the children of `parentId`, or the first-level indicators when null) and its weight sum. */
export const SiblingSetSchema = z.object({
  parentId: z.string().nullable(),
  /** The parent's name, or null for the first level. */
  parentName: z.string().nullable(),
  count: z.int(),
  sumBp: z.int(),
  sumPercent: z.string(),
  /** sumBp − 10000 as a percent string: "-0.01" when 0.01 % short. */
  diffPercent: z.string(),
  valid: z.boolean(),
});
export type SiblingSet = z.infer<typeof SiblingSetSchema>;

export const IndicatorTreeSchema = z.object({
  yearId: z.string(),
  roots: z.array(IndicatorNodeSchema),
  /** Every non-empty sibling set, first level first. */
  sets: z.array(SiblingSetSchema),
  /** The sets whose weights do not sum to exactly 100 %. */
  problems: z.array(SiblingSetSchema),
  /** No problems. */
  valid: z.boolean(),
  count: z.int(),
});
export type IndicatorTree = z.infer<typeof IndicatorTreeSchema>;

export const IndicatorCodeSchema = z
  .string({ error: '请填写指标编码' })
  .trim()
  .regex(/^[A-Za-z0-9_.-]{1,32}$/, '指标编码为 1–32 位字母、数字、点、下划线或连字符');

export const IndicatorFields = {
  code: IndicatorCodeSchema,
  name: nonEmpty('指标名称', 60),
  description: z.string().trim().max(1000, '说明不能超过 1000 字').nullish(),
  weight: WeightPercentSchema,
  sortOrder: z.int().min(0).max(9999).default(0),
  targetTypeId: IdSchema.nullish(),
};

export const listIndicators = defineRoute({
  id: 'indicators.tree',
  method: 'GET',
  path: '/api/indicators',
  summary: '年度指标体系（树，含各级权重合计与问题）',
  tag: 'framework',
  access: BUSINESS_ROLES,
  query: z.strictObject({ yearId: IdSchema }),
  response: IndicatorTreeSchema,
});

export const createIndicator = defineRoute({
  id: 'indicators.create',
  method: 'POST',
  path: '/api/indicators',
  summary: '新建指标（一级指标或某指标的下级，最多三级）',
  tag: 'framework',
  access: FRAMEWORK_EDITORS,
  body: z.strictObject({ yearId: IdSchema, parentId: IdSchema.nullish(), ...IndicatorFields }),
  response: IndicatorSchema,
  status: 201,
});

export const updateIndicator = defineRoute({
  id: 'indicators.update',
  method: 'PATCH',
  path: '/api/indicators/:id',
  summary: '修改指标（同级权重合计可暂时不为 100%，指标树会列出问题）',
  tag: 'framework',
  access: FRAMEWORK_EDITORS,
  params: IdParams,
  body: z.strictObject({ ...IndicatorFields, version: VersionSchema }),
  response: IndicatorSchema,
});

export const deleteIndicator = defineRoute({
  id: 'indicators.delete',
  method: 'DELETE',
  path: '/api/indicators/:id',
  summary: '删除指标（仅限没有下级指标的指标）',
  tag: 'framework',
  access: FRAMEWORK_EDITORS,
  params: IdParams,
  query: z.strictObject({ version: z.coerce.number().int().positive() }),
  response: OkSchema,
});

export const RebalanceWeightsBody = z
  .strictObject({
    yearId: IdSchema,
    /** The parent whose children are rebalanced; null for the first-level indicators. */
    parentId: IdSchema.nullable(),
    weights: z
      .array(z.strictObject({ id: IdSchema, weight: WeightPercentSchema, version: VersionSchema }))
      .min(1, '请至少填写一个指标的权重')
      .max(200),
  })
  .superRefine((body, ctx) => {
    const seen = new Set<string>();
    body.weights.forEach((w, i) => {
      if (seen.has(w.id)) ctx.addIssue(keyedIssue(errorText('weights.duplicateIndicator'), ['weights', i, 'id']));
      seen.add(w.id);
    });
    const check = checkSiblingInputs(body.weights.map((w) => w.weight));
    // Inputs that are not weights have their own issue already; the sum is only meaningful without them.
    if (check.allParsed && !check.valid) {
      const sum = errorText('weights.sumNot100', { sum: formatWeightBp(check.sumBp) });
      body.weights.forEach((_, i) => ctx.addIssue(keyedIssue(sum, ['weights', i, 'weight'])));
    }
  });

export const rebalanceWeights = defineRoute({
  id: 'indicators.rebalance',
  method: 'PUT',
  path: '/api/indicators/weights',
  summary: '调整一组同级指标的权重（整组一次提交，合计须恰好为 100%）',
  tag: 'framework',
  access: FRAMEWORK_EDITORS,
  body: RebalanceWeightsBody,
  response: IndicatorTreeSchema,
});

export const CopyFrameworkResultSchema = z.object({
  yearId: z.string(),
  fromYearId: z.string(),
  categories: z.int(),
  categoryTargetTypes: z.int(),
  assessedUnits: z.int(),
  /** Assessed units of the source year whose unit has since been deactivated: not copied. */
  skippedInactiveUnits: z.int(),
  indicators: z.int(),
});
export type CopyFrameworkResult = z.infer<typeof CopyFrameworkResultSchema>;

export const copyFramework = defineRoute({
  id: 'years.copyFramework',
  method: 'POST',
  path: '/api/years/:id/copy-framework',
  summary: '从另一年度复制考核类别、考核对象和指标体系到本年度（本年度须为空白）',
  tag: 'framework',
  access: FRAMEWORK_EDITORS,
  params: IdParams,
  body: z.strictObject({ fromYearId: IdSchema }),
  response: CopyFrameworkResultSchema,
});

// 目标类型: the catalogue keepers (administrator and office) add types and edit them; the owning department must be a 厅机关处室. A type in use is
// deactivated, not deleted. The 专项工作 type (code SPECIAL) is what special tasks use: its code stays and it stays active.
export const TargetTypeCodeSchema = z
  .string({ error: '请填写类型编码' })
  .trim()
  .regex(/^[A-Z][A-Z0-9_]{1,31}$/, '类型编码为 2–32 位大写字母、数字或下划线，以字母开头');

const TargetTypeFields = {
  code: TargetTypeCodeSchema,
  name: nonEmpty('类型名称', 20),
  ownerUnitId: IdSchema,
  reportingRhythm: ReportingRhythmSchema,
  sortOrder: z.int().min(0).max(9999),
};

export const createTargetType = defineRoute({
  id: 'targetTypes.create',
  method: 'POST',
  path: '/api/target-types',
  summary: '新建目标类型（编码、名称不能重复；主管部门须为厅机关处室）',
  tag: 'framework',
  access: TARGET_TYPE_KEEPERS,
  body: z.strictObject({
    ...TargetTypeFields,
    reportingRhythm: ReportingRhythmSchema.default('MONTHLY'),
    /** Default: after the last type. */
    sortOrder: TargetTypeFields.sortOrder.optional(),
  }),
  response: TargetTypeSchema,
  status: 201,
});

export const updateTargetType = defineRoute({
  id: 'targetTypes.update',
  method: 'PATCH',
  path: '/api/target-types/:id',
  summary: '修改目标类型（只改所传字段：编码、名称、主管部门、进展报送周期（截止日见系统设置 report.dueDay）、启用/停用）',
  tag: 'framework',
  access: TARGET_TYPE_KEEPERS,
  params: IdParams,
  body: z.strictObject({
    code: TargetTypeFields.code.optional(),
    name: TargetTypeFields.name.optional(),
    ownerUnitId: TargetTypeFields.ownerUnitId.optional(),
    reportingRhythm: TargetTypeFields.reportingRhythm.optional(),
    sortOrder: TargetTypeFields.sortOrder.optional(),
    active: z.boolean().optional(),
    version: VersionSchema,
  }),
  response: TargetTypeSchema,
});

export const deleteTargetType = defineRoute({
  id: 'targetTypes.delete',
  method: 'DELETE',
  path: '/api/target-types/:id',
  summary: '删除目标类型（仅限从未使用的类型；已使用的请停用）',
  tag: 'framework',
  access: TARGET_TYPE_KEEPERS,
  params: IdParams,
  query: z.strictObject({ version: z.coerce.number().int().positive() }),
  response: OkSchema,
});
