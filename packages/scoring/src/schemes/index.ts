import type { IndicatorInput } from '../inputs.ts';
import type { ScoringModel } from '../model.ts';
import { bailianIndicators, bailianModel } from './bailian.ts';
import { hamiIndicators, hamiModel } from './hami.ts';
import { jiangsuIndicators, jiangsuModel } from './jiangsu.ts';
import { shuiliIndicators, shuiliModel } from './shuili.ts';
import { sichuanIndicators, sichuanModel } from './sichuan.ts';

export const SCHEME_IDS = ['sichuan', 'jiangsu', 'hami', 'shuili', 'bailian'] as const;
export type SchemeId = (typeof SCHEME_IDS)[number];

/** A reference scheme (DESIGN §3): its model and the indicator tree its indicator references are written against. */
export interface ReferenceScheme {
  id: SchemeId;
  model: ScoringModel;
  indicators: IndicatorInput[];
}

/** The five schemes the engine reproduces, to start a stored model from. */
export const REFERENCE_SCHEMES: readonly ReferenceScheme[] = [
  { id: 'sichuan', model: sichuanModel, indicators: sichuanIndicators },
  { id: 'jiangsu', model: jiangsuModel, indicators: jiangsuIndicators },
  { id: 'hami', model: hamiModel, indicators: hamiIndicators },
  { id: 'shuili', model: shuiliModel, indicators: shuiliIndicators },
  { id: 'bailian', model: bailianModel, indicators: bailianIndicators },
];

export { GOOD_FAIR_POOR, SATISFACTION } from './scales.ts';
export { indicatorsByPosition, renameModelRefs, type ModelRenames } from './adapt.ts';
export { sichuanIndicators, sichuanModel, sichuanSecondLevelIds } from './sichuan.ts';
export { jiangsuIndicators, jiangsuModel } from './jiangsu.ts';
