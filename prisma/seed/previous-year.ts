// The year before the demo year, finished, so that comparisons with it mean something: fewer published targets per
// unit, reports for all twelve months, every assessment period closed and scored, its ratings given, and its models —
// the API's demo mode then summarises and publishes its 半年 and 年终 bulletins (apps/api/src/demo/seed-results.ts).
// Everything happened as of the close of its last assessment (Q4 and 年终 close by 1 February of the demo year) or `now`,
// whichever is earlier.
import { beijingMidnight } from '@jx/contract';
import type { AccountSeed } from './accounts.ts';
import { buildAdjustments, buildAssessment, buildAssessmentRecords } from './assessment.ts';
import { TARGET_TYPES, type FrameworkSeed, type YearSeed } from './categories.ts';
import type { IndicatorSeed } from './indicators.ts';
import { buildScoringModels, orgRatedIndicators } from './models.ts';
import type { PersonsSeed } from './persons.ts';
import { buildRatings } from './ratings.ts';
import { buildReports } from './reports.ts';
import { buildTargets } from './targets.ts';

export function buildPreviousYear(
  years: YearSeed[],
  year: number,
  framework: FrameworkSeed,
  indicators: IndicatorSeed[],
  people: PersonsSeed,
  accounts: AccountSeed[],
  now: Date,
  recorderOf: (unitId: string) => string,
  filerOf: (username: string) => { id: string; unitId: string },
) {
  const previous = year - 1;
  const closedAt = beijingMidnight(year, 2, 1);
  const asOf = now < closedAt ? now : closedAt;
  const perf = accounts.find((a) => a.username === 'perf')!.id;
  const targets = buildTargets(years, previous, framework, indicators, people, accounts, asOf, true);
  // Its reports and the leaders' comments on them; no supervision order stays open in a finished year.
  const { reports, comments } = buildReports(targets, accounts, previous, asOf);
  const assessment = buildAssessment(years, previous, framework, asOf);
  const scoring = buildAssessmentRecords(assessment, targets.targets, new Map(TARGET_TYPES.map((t) => [t.id, t.ownerUnitId])), recorderOf, asOf);
  const adjustments = buildAdjustments(years, previous, framework, filerOf, asOf);
  const models = buildScoringModels(years, previous, framework, indicators, perf);
  const ratings = buildRatings(years, previous, framework, assessment, accounts, asOf, orgRatedIndicators(models));
  return {
    targets,
    reports,
    comments,
    assessment,
    scoring,
    // Decided lines only: nothing waits for a decision in a finished year.
    adjustments: { categories: adjustments.categories, adjustments: adjustments.adjustments.filter((a) => a.status === 'APPROVED') },
    models,
    ratings,
  };
}
