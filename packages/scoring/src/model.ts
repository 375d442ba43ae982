import { z } from 'zod';
import { checkModelRules } from './model-rules.ts';

/**
 * A scoring model (绩效模型) is data (DESIGN §3): a tree of nodes that each score 0..100, then bonus, deductions,
 * grade bands with optional quotas. The API validates a stored model with `ScoringModelSchema`; the engine trusts a
 * model that passed it.
 */

export const RATER_GROUPS = ['LEADER_MAIN', 'LEADER_DEPUTY', 'ORG', 'PEER', 'PUBLIC'] as const;
export type RaterGroup = (typeof RATER_GROUPS)[number];

export interface WeightedNode {
  kind: 'weighted';
  label: string;
  /** Points of the children sum to exactly 100; the node scores Σ points × child / 100. */
  children: Array<{ points: number; node: ModelNode }>;
}
export interface IndicatorsNode {
  kind: 'indicators';
  label: string;
  /** The indicator subtree to score; absent: the whole tree (its first-level indicators). */
  indicatorId?: string;
  /** Which period's assessment records to read; absent: the period being summarised. */
  period?: string;
}
export interface RatingNode {
  kind: 'rating';
  label: string;
  group: RaterGroup;
  /** Key into the model's `scales`. */
  scale: string;
  /** Ratings given on one indicator (四川: 绩效委 per second-level indicator); absent: ratings of the unit as a whole. */
  indicatorId?: string;
}
export interface ImportedNode {
  kind: 'imported';
  label: string;
  key: string;
}
export interface AllowanceNode {
  kind: 'allowance';
  label: string;
  points: number;
  /** The deduction category this node consumes (it is then not deducted again from the final score). */
  deductionCategory: string;
}
export type ModelNode = WeightedNode | IndicatorsNode | RatingNode | ImportedNode | AllowanceNode;

const label = z.string().trim().min(1, '请填写名称').max(100);
const id = z.string().trim().min(1).max(100);
const positive = (what: string) =>
  z
    .number({ error: `${what}应为数字` })
    .finite()
    .positive(`${what}必须大于 0`);

export const ModelNodeSchema: z.ZodType<ModelNode, ModelNode> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('weighted'),
      label,
      children: z.array(z.object({ points: positive('分值'), node: ModelNodeSchema })).min(1, '至少需要一个组成部分'),
    }),
    z.object({ kind: z.literal('indicators'), label, indicatorId: id.optional(), period: id.optional() }),
    z.object({ kind: z.literal('rating'), label, group: z.enum(RATER_GROUPS), scale: id, indicatorId: id.optional() }),
    z.object({ kind: z.literal('imported'), label, key: id }),
    z.object({ kind: z.literal('allowance'), label, points: positive('分值'), deductionCategory: id }),
  ]),
);

export const ScaleSchema = z.array(z.object({ level: id, percent: z.number().finite().min(0).max(100, '折算比例不能超过 100') })).min(1, '等级至少一项');

export const DeductionCategorySchema = z.object({
  category: id,
  label: label.optional(),
  /** 扣满 N 分为止; absent: no cap. */
  cap: positive('扣分上限').optional(),
});

export const QuotaSchema = z
  .object({
    /** At most this percent of the category's units (rounded down). */
    maxPercent: z.number().finite().positive().max(100).optional(),
    maxCount: z.number().int().min(0).optional(),
  })
  .refine((q) => q.maxPercent !== undefined || q.maxCount !== undefined, '名额应填写比例或人数');

export const GradeBandSchema = z.object({
  grade: id,
  /** Lowest final score in the band (inclusive); the last band has none and takes everything below. */
  min: z.number().finite().optional(),
  quota: QuotaSchema.optional(),
});

/** Units tied at a quota's cut: all fall to the next band (`dropAll`, the default: a quota is a maximum) or all keep it. */
export const QUOTA_TIES = ['dropAll', 'keepAll'] as const;
export type QuotaTies = (typeof QUOTA_TIES)[number];

export const ScoringModelSchema = z
  .object({
    name: label,
    quotaTies: z.enum(QUOTA_TIES).default('dropAll'),
    root: ModelNodeSchema,
    scales: z.record(id, ScaleSchema).default({}),
    bonusCap: positive('加分上限').optional(),
    deductionCategories: z.array(DeductionCategorySchema).default([]),
    /** Highest band first. */
    grades: z.array(GradeBandSchema).min(1, '至少需要一个等次'),
  })
  .superRefine(checkModelRules);

export type Scale = z.infer<typeof ScaleSchema>;
export type DeductionCategory = z.infer<typeof DeductionCategorySchema>;
export type Quota = z.infer<typeof QuotaSchema>;
export type GradeBand = z.infer<typeof GradeBandSchema>;
export type ScoringModel = z.output<typeof ScoringModelSchema>;
export type ScoringModelInput = z.input<typeof ScoringModelSchema>;
