import { z } from 'zod';
import { RATER_GROUPS } from './model.ts';

/** What the engine is given for one category in one period. Numbers are read by their decimal spelling (0.1 is 1/10). */

const id = z.string().trim().min(1).max(100);
const text = z.string().max(500);

/** One indicator of the year's tree (weights in basis points of the parent, as `Indicator.weightBp`). */
export const IndicatorInputSchema = z.object({
  id,
  parentId: id.nullable(),
  name: text,
  weightBp: z.number().int().min(1).max(10_000),
});

export const AssessmentInputSchema = z.object({
  period: id,
  score: z.number().finite().min(0, '得分不能为负'),
  recordId: id.optional(),
});

export const TargetInputSchema = z.object({
  id,
  title: text,
  indicatorId: id,
  maxScore: z.number().finite().positive('分值必须大于 0'),
  /** Assessment records in force (at most one per period); a period without one is unassessed. */
  assessments: z.array(AssessmentInputSchema).default([]),
});

/** One expected rating: `level` null means the rater has not rated yet. */
export const RatingInputSchema = z.object({
  group: z.enum(RATER_GROUPS),
  raterId: id,
  raterName: text,
  indicatorId: id.optional(),
  level: id.nullable(),
});

const adjustmentBase = { id, reason: text, documentId: id.optional() };
export const AdjustmentInputSchema = z.discriminatedUnion('kind', [
  z.object({ ...adjustmentBase, kind: z.literal('bonus'), category: id, points: z.number().finite().positive() }),
  z.object({ ...adjustmentBase, kind: z.literal('deduction'), category: id, points: z.number().finite().positive() }),
  z.object({ ...adjustmentBase, kind: z.literal('veto') }),
]);

export const UnitInputSchema = z.object({
  unitId: id,
  name: text,
  targets: z.array(TargetInputSchema).default([]),
  ratings: z.array(RatingInputSchema).default([]),
  /** Imported 0..100 values by key; null or absent: not imported yet. */
  imported: z.record(id, z.number().finite().min(0).max(100).nullable()).default({}),
  adjustments: z.array(AdjustmentInputSchema).default([]),
});

export const ScoringInputSchema = z.object({
  /** The period being summarised (Q1..Q4, H1, ANNUAL, SPECIAL:<name>). */
  period: id,
  indicators: z.array(IndicatorInputSchema).default([]),
  units: z.array(UnitInputSchema),
});

export type IndicatorInput = z.infer<typeof IndicatorInputSchema>;
export type TargetInput = z.output<typeof TargetInputSchema>;
export type RatingInput = z.infer<typeof RatingInputSchema>;
export type AdjustmentInput = z.infer<typeof AdjustmentInputSchema>;
export type UnitInput = z.output<typeof UnitInputSchema>;
export type ScoringInput = z.output<typeof ScoringInputSchema>;
