// 评价 of the demo year: the two scales, the rater rosters of 半年 and 年终 (and a leader-only roster for Q3), the
// ratings given so far and the public survey of 半年. What exists follows the seed's `now` like the processes do: a
// closed period has every expected rating submitted, an open one some drafts and submissions, one not started none.
import { PUBLIC_SURVEY_KEY, type RaterGroup } from '@jx/contract';
import { isUnitOwnAccount, type AccountSeed } from './accounts.ts';
import type { AssessmentSeed } from './assessment.ts';
import type { FrameworkSeed, YearSeed } from './categories.ts';
import { createRng, stableId, type Rng } from './random.ts';

// The same values as packages/scoring's schemes/scales.ts (the seed does not depend on the engine package).
const SCALES = [
  {
    code: 'GOOD_FAIR_POOR',
    name: '好/较好/差',
    levels: [
      { level: '好', percent: 100 },
      { level: '较好', percent: 80 },
      { level: '差', percent: 50 },
    ],
  },
  {
    code: 'SATISFACTION',
    name: '满意/比较满意/不满意',
    levels: [
      { level: '满意', percent: 100 },
      { level: '比较满意', percent: 80 },
      { level: '不满意', percent: 50 },
    ],
  },
] as const;
/** Leaders and 绩效委 rate 好/较好/差; peers answer 满意/比较满意/不满意. */
const SCALE_OF: Record<Exclude<RaterGroup, 'PUBLIC'>, (typeof SCALES)[number]['code']> = {
  LEADER_MAIN: 'GOOD_FAIR_POOR',
  LEADER_DEPUTY: 'GOOD_FAIR_POOR',
  ORG: 'GOOD_FAIR_POOR',
  PEER: 'SATISFACTION',
};
/** The 绩效委 members of the demo: the office and two departments. */
const ORG_MEMBERS = ['perf', 'integrity', 'party'];
const PEER_ROLES = ['UNIT_ADMIN', 'FUNC_DEPT', 'PERF_OFFICE'];

export interface RatingsSeed {
  scales: { id: string; yearId: string; code: string; name: string; levels: { level: string; percent: number }[] }[];
  assignments: {
    id: string;
    periodId: string;
    group: Exclude<RaterGroup, 'PUBLIC'>;
    raterAccountId: string;
    categoryId: string;
    scaleId: string;
    indicatorId: string | null;
  }[];
  ratings: {
    id: string;
    periodId: string;
    group: Exclude<RaterGroup, 'PUBLIC'>;
    raterAccountId: string;
    assessedUnitId: string;
    indicatorId: string | null;
    level: string;
    status: 'DRAFT' | 'SUBMITTED';
    submittedAt: Date | null;
    createdAt: Date;
  }[];
  importedValues: { id: string; periodId: string; key: string; assessedUnitId: string; value: string; importedById: string; createdAt: Date }[];
}

/** Mostly the best level, some the middle one, rarely the lowest. */
const spread = (rng: Rng, levels: readonly { level: string }[]) => {
  const x = rng.next();
  return levels[x < 0.68 ? 0 : x < 0.97 ? 1 : 2]!.level;
};

export function buildRatings(
  years: YearSeed[],
  year: number,
  framework: FrameworkSeed,
  assessment: AssessmentSeed,
  accounts: readonly AccountSeed[],
  now: Date,
  /** Per category, the indicators its model has the 绩效委 rate one by one (四川: each 二级指标); absent: the unit as a whole. */
  orgIndicators: ReadonlyMap<string, readonly string[]> = new Map(),
): RatingsSeed {
  const rng = createRng('ratings');
  const y = years.find((x) => x.year === year)!;
  const out: RatingsSeed = { scales: [], assignments: [], ratings: [], importedValues: [] };
  const scaleId = (code: string) => stableId('ratingScale', `${year}:${code}`);
  for (const s of SCALES) out.scales.push({ id: scaleId(s.code), yearId: y.id, code: s.code, name: s.name, levels: s.levels.map((l) => ({ ...l })) });

  const categories = framework.categories.filter((c) => c.yearId === y.id);
  const unitsOf = (categoryId: string) => framework.assessedUnits.filter((a) => a.categoryId === categoryId);
  const byName = (u: string) => accounts.find((a) => a.username === u)!;
  /** A period's state as its processes say: open if any is, closed if all are. */
  const stateOf = (periodId: string) => {
    const ps = assessment.processes.filter((p) => p.periodId === periodId);
    const opened = ps.find((p) => p.status === 'OPEN') ?? ps.find((p) => p.status === 'CLOSED');
    return {
      status: ps.some((p) => p.status === 'OPEN') ? 'OPEN' : ps.every((p) => p.status === 'CLOSED') ? 'CLOSED' : 'NOT_STARTED',
      openedAt: opened?.openedAt ?? null,
    } as const;
  };
  const period = (code: string) => assessment.periods.find((p) => p.code === code)!;

  const raters = (group: Exclude<RaterGroup, 'PUBLIC'>, categoryId: string): AccountSeed[] => {
    const units = new Set(unitsOf(categoryId).map((u) => u.unitId));
    if (group === 'LEADER_MAIN') return accounts.filter((a) => a.roles.includes('LEADER_MAIN'));
    // A deputy rates only its portfolio: on the roster of a category only where it has units there.
    if (group === 'LEADER_DEPUTY') return accounts.filter((a) => a.roles.includes('LEADER_DEPUTY') && a.portfolioUnitIds.some((u) => units.has(u)));
    if (group === 'ORG') return ORG_MEMBERS.map(byName);
    // Peers: the named demo accounts only, so that the demo's rosters stay small enough to read.
    return accounts.filter((a) => a.roles.some((r) => PEER_ROLES.includes(r)) && a.unitId !== null && units.has(a.unitId) && !isUnitOwnAccount(a.username));
  };
  /** The units a rater is expected to rate in a category (the API's rule: not its own as a peer, its portfolio as a deputy). */
  const expected = (group: RaterGroup, rater: AccountSeed, categoryId: string) =>
    unitsOf(categoryId).filter(
      (u) => !(group === 'PEER' && u.unitId === rater.unitId) && (group !== 'LEADER_DEPUTY' || rater.portfolioUnitIds.includes(u.unitId)),
    );

  const roster = (code: string, groups: Exclude<RaterGroup, 'PUBLIC'>[], rate: (group: RaterGroup, rater: AccountSeed) => 'ALL' | 'SOME' | 'NONE') => {
    const p = period(code);
    const { openedAt } = stateOf(p.id);
    const at = openedAt ? new Date(Math.min(now.getTime(), openedAt.getTime() + 7 * 86_400_000)) : now;
    for (const c of categories) {
      for (const group of groups) {
        const scale = SCALES.find((s) => s.code === SCALE_OF[group])!;
        const slots: (string | null)[] = group === 'ORG' ? [...(orgIndicators.get(c.id) ?? [null])] : [null];
        for (const rater of raters(group, c.id)) {
          // Some of them: a rater half-way, its ratings drafts; or done, all submitted.
          const how = rate(group, rater);
          const done = how === 'ALL' || (how === 'SOME' && rng.chance(0.5));
          for (const indicatorId of slots) {
            const slot = indicatorId ? `:${indicatorId}` : '';
            out.assignments.push({
              id: stableId('raterAssignment', `${p.id}:${c.id}:${group}:${rater.id}${slot}`),
              periodId: p.id,
              group,
              raterAccountId: rater.id,
              categoryId: c.id,
              scaleId: scaleId(scale.code),
              indicatorId,
            });
            if (how === 'NONE') continue;
            for (const u of expected(group, rater, c.id)) {
              if (!done && rng.chance(0.4)) continue;
              out.ratings.push({
                id: stableId('rating', `${p.id}:${group}:${rater.id}:${u.id}${slot}`),
                periodId: p.id,
                group,
                raterAccountId: rater.id,
                assessedUnitId: u.id,
                indicatorId,
                level: spread(rng, scale.levels),
                status: done ? 'SUBMITTED' : 'DRAFT',
                submittedAt: done ? at : null,
                createdAt: at,
              });
            }
          }
        }
      }
    }
  };

  const all: Exclude<RaterGroup, 'PUBLIC'>[] = ['LEADER_MAIN', 'LEADER_DEPUTY', 'ORG', 'PEER'];
  const h1 = stateOf(period('H1').id).status;
  roster('H1', all, () => (h1 === 'CLOSED' ? 'ALL' : h1 === 'OPEN' ? 'SOME' : 'NONE'));
  // 年终: while open, peers and 绩效委 members are under way; the leaders have not rated yet (the e2e has `leader` rate).
  const annual = stateOf(period('ANNUAL').id).status;
  roster('ANNUAL', all, (group) => (annual === 'CLOSED' ? 'ALL' : annual === 'OPEN' && (group === 'PEER' || group === 'ORG') ? 'SOME' : 'NONE'));
  // Q3: the main leader alone, nothing rated yet, so `leader` has units to rate while Q3 is open.
  roster('Q3', ['LEADER_MAIN'], () => 'NONE');

  if (h1 !== 'NOT_STARTED') {
    const p = period('H1');
    const importedAt = stateOf(p.id).openedAt ?? now;
    for (const u of framework.assessedUnits.filter((a) => a.yearId === y.id)) {
      out.importedValues.push({
        id: stableId('importedValue', `${p.id}:${PUBLIC_SURVEY_KEY}:${u.id}`),
        periodId: p.id,
        key: PUBLIC_SURVEY_KEY,
        assessedUnitId: u.id,
        value: (80 + rng.next() * 18).toFixed(2),
        importedById: byName('perf').id,
        createdAt: new Date(Math.min(now.getTime(), importedAt.getTime() + 10 * 86_400_000)),
      });
    }
  }
  return out;
}
