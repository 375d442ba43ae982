/** Small builders for the engine's tests and benchmark (not exported from the package). */
import type { AdjustmentInput, IndicatorInput, RatingInput, ScoringInput, TargetInput, UnitInput } from './inputs.ts';
import { ScoringModelSchema, type RaterGroup, type ScoringModel, type ScoringModelInput } from './model.ts';
import { summarise } from './summarise.ts';

export const model = (m: ScoringModelInput): ScoringModel => ScoringModelSchema.parse(m);

export const indicator = (id: string, parentId: string | null, weightPercent: number, name = id): IndicatorInput => ({
  id,
  parentId,
  name,
  weightBp: Math.round(weightPercent * 100),
});

let targetSeq = 0;
/** A target on `indicatorId` worth `maxScore`, assessed `score` in `period` (null: not assessed). */
export function target(indicatorId: string, maxScore: number, score: number | null, period = 'ANNUAL'): TargetInput {
  targetSeq += 1;
  return {
    id: `t${targetSeq}`,
    title: `目标${targetSeq}`,
    indicatorId,
    maxScore,
    assessments: score === null ? [] : [{ period, score, recordId: `r${targetSeq}` }],
  };
}

export const rating = (group: RaterGroup, raterId: string, level: string | null, indicatorId?: string): RatingInput => ({
  group,
  raterId,
  raterName: raterId,
  level,
  ...(indicatorId && { indicatorId }),
});

let adjustmentSeq = 0;
export const bonus = (points: number, category = '表彰'): AdjustmentInput => ({ id: `a${++adjustmentSeq}`, kind: 'bonus', category, points, reason: category });
export const deduction = (category: string, points: number): AdjustmentInput => ({
  id: `a${++adjustmentSeq}`,
  kind: 'deduction',
  category,
  points,
  reason: category,
});
export const veto = (reason = '安全生产一票否决'): AdjustmentInput => ({ id: `a${++adjustmentSeq}`, kind: 'veto', reason });

export function unit(unitId: string, parts: Partial<Omit<UnitInput, 'unitId' | 'name'>> = {}): UnitInput {
  return { unitId, name: unitId, targets: [], ratings: [], imported: {}, adjustments: [], ...parts };
}

export function run(m: ScoringModel, units: UnitInput[], indicators: IndicatorInput[] = [], period = 'ANNUAL') {
  const input: ScoringInput = { period, indicators, units };
  const result = summarise(m, input);
  const byId = new Map(result.units.map((u) => [u.unitId, u]));
  return {
    result,
    get: (unitId: string) =>
      byId.get(unitId) ??
      (() => {
        throw new Error(`no result for ${unitId}`);
      })(),
  };
}
