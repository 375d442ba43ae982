import { bench } from 'vitest';
import type { UnitInput } from './inputs.ts';
import { ScoringModelSchema } from './model.ts';
import { jiangsuIndicators, jiangsuModel } from './schemes/jiangsu.ts';
import { summarise } from './summarise.ts';
import { bonus, deduction, rating, target, unit } from './test-builders.ts';

/** A category of 70 units × 40 targets (H1 and year-end records), 7 leader ratings, 2 imports, 3 adjustments each. */
const LEAVES = jiangsuIndicators.filter((i) => !jiangsuIndicators.some((c) => c.parentId === i.id)).map((i) => i.id);
let seed = 42;
const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
/** An imported survey value between `from` and 100 with two decimals, as a statistics bureau reports it. */
const pct = (from: number) => Math.round((from + next() * (100 - from)) * 100) / 100;
const level = () => ['好', '较好', '差'][Math.floor(next() * 3)] as string;

const units: UnitInput[] = Array.from({ length: 70 }, (_, u) => {
  const targets = Array.from({ length: 40 }, (_, t) => {
    const max = 5 + (t % 4) * 5;
    const item = target(LEAVES[t % LEAVES.length] as string, max, Math.round(next() * max * 100) / 100, 'ANNUAL');
    item.assessments.push({ period: 'H1', score: Math.round(next() * max * 10) / 10 });
    return item;
  });
  return unit(`u${u}`, {
    targets,
    ratings: [
      rating('LEADER_MAIN', 'g', level()),
      ...[1, 2, 3].map((i) => rating('LEADER_DEPUTY', `d${i}`, level())),
      ...[1, 2, 3].map((i) => rating('ORG', `o${i}`, level())),
    ],
    imported: { plan: pct(60), 'service-satisfaction': pct(70), 'public-satisfaction': pct(70) },
    adjustments: [bonus(1), deduction('督促检查', 0.5), deduction('督促检查', Math.round(next() * 30) / 10)],
  });
});
const withQuota = ScoringModelSchema.parse({
  ...jiangsuModel,
  bonusCap: 3,
  grades: [{ grade: '优秀', min: 85, quota: { maxPercent: 20 } }, ...jiangsuModel.grades.slice(1)],
});

bench('summarise a category of 70 units × 40 targets', () => {
  summarise(withQuota, { period: 'ANNUAL', indicators: jiangsuIndicators, units });
});
