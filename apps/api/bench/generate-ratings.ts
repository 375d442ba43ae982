import type { Prisma, PrismaClient } from '@jx/db';
import { GOOD_FAIR_POOR, SATISFACTION, type Scale } from '@jx/scoring';
import { DEDUCTION_CODES } from './bench-model.ts';
import { inChunks } from './create-many.ts';

type Group = 'LEADER_MAIN' | 'LEADER_DEPUTY' | 'ORG' | 'PEER';
interface Assessed {
  id: string;
  unitId: string;
  categoryId: string;
}
export interface RatingWorld {
  yearId: string;
  periodId: string;
  categoryIds: string[];
  assessed: Assessed[];
  secondLevelIds: string[];
  /** The 绩效委 members' departments. */
  orgUnitIds: string[];
  officeId: string;
  officeUnitId: string;
  now: Date;
  rand: () => number;
}

const DEPUTIES = 3;
const PEERS_PER_CATEGORY = 5;

/**
 * Every rating group of 年终, each pair `expectedRatings` expects SUBMITTED: the main leader rates every unit, three
 * deputies the units of their portfolios (unit i in portfolio i mod 3), two 绩效委 members every 二级指标 of every unit,
 * five peers per category (admins of its first units) every other unit of the category. Returns how many ratings.
 */
export async function generateRatings(db: PrismaClient, w: RatingWorld): Promise<number> {
  const account = (username: string, roles: Prisma.AccountCreateManyInput['roles'], unitId: string | null) => ({
    id: crypto.randomUUID(),
    username,
    displayName: username,
    passwordHash: 'x',
    roles,
    unitId,
  });
  const leader = account('leader', ['LEADER_MAIN'], w.officeUnitId);
  const deputies = Array.from({ length: DEPUTIES }, (_, i) => account(`deputy${i}`, ['LEADER_DEPUTY'], w.officeUnitId));
  const members = w.orgUnitIds.map((unitId, i) => account(`org${i}`, ['FUNC_DEPT'], unitId));
  const peersOf = new Map(
    w.categoryIds.map((c, ci) => [
      c,
      w.assessed
        .filter((a) => a.categoryId === c)
        .slice(0, PEERS_PER_CATEGORY)
        .map((a, i) => account(`peer${ci}-${i}`, ['UNIT_ADMIN'], a.unitId)),
    ]),
  );
  await db.account.createMany({ data: [leader, ...deputies, ...members, ...[...peersOf.values()].flat()] });
  const deputyOf = new Map(w.assessed.map((a, i) => [a.unitId, deputies[i % DEPUTIES]!]));
  await db.accountPortfolioUnit.createMany({ data: w.assessed.map((a) => ({ accountId: deputyOf.get(a.unitId)!.id, unitId: a.unitId })) });

  const [goodFairPoor, satisfaction] = await Promise.all([
    db.ratingScale.create({ data: { yearId: w.yearId, code: 'GFP', name: '好较好差', levels: GOOD_FAIR_POOR } }),
    db.ratingScale.create({ data: { yearId: w.yearId, code: 'SAT', name: '满意度', levels: SATISFACTION } }),
  ]);
  const assignments: Prisma.RaterAssignmentCreateManyInput[] = [];
  const ratings: Prisma.RatingCreateManyInput[] = [];
  /** The top level 60 %, the middle one 30 %, the bottom one 10 % of the time. */
  const level = (levels: Scale) => {
    const r = w.rand();
    return levels[r < 0.6 ? 0 : r < 0.9 ? 1 : 2]!.level;
  };
  const rate = (categoryId: string, group: Group, rater: { id: string; unitId: string | null }, indicatorId: string | null, rated: Assessed[]) => {
    const scale = group === 'PEER' ? satisfaction : goodFairPoor;
    assignments.push({ periodId: w.periodId, group, raterAccountId: rater.id, categoryId, scaleId: scale.id, indicatorId });
    const levels = group === 'PEER' ? SATISFACTION : GOOD_FAIR_POOR;
    for (const a of rated) {
      if (group === 'PEER' && a.unitId === rater.unitId) continue;
      ratings.push({
        periodId: w.periodId,
        group,
        raterAccountId: rater.id,
        assessedUnitId: a.id,
        indicatorId,
        level: level(levels),
        status: 'SUBMITTED',
        submittedAt: w.now,
      });
    }
  };
  for (const c of w.categoryIds) {
    const mine = w.assessed.filter((a) => a.categoryId === c);
    rate(c, 'LEADER_MAIN', leader, null, mine);
    for (const d of deputies)
      rate(
        c,
        'LEADER_DEPUTY',
        d,
        null,
        mine.filter((a) => deputyOf.get(a.unitId) === d),
      );
    for (const l2 of w.secondLevelIds) for (const m of members) rate(c, 'ORG', m, l2, mine);
    for (const p of peersOf.get(c)!) rate(c, 'PEER', p, null, mine);
  }
  await db.raterAssignment.createMany({ data: assignments });
  await inChunks(ratings, (data) => db.rating.createMany({ data }));
  await db.importedValue.createMany({
    data: w.assessed.map((a) => ({
      periodId: w.periodId,
      key: 'public',
      assessedUnitId: a.id,
      value: (70 + 30 * w.rand()).toFixed(2),
      importedById: w.officeId,
    })),
  });
  return ratings.length;
}

/** Approved adjustments of the year: a bonus for every third unit, a 批评 deduction for every fourth, a 问责 one for every tenth, one veto. */
export async function generateAdjustments(db: PrismaClient, w: Pick<RatingWorld, 'yearId' | 'assessed' | 'officeId' | 'officeUnitId'>): Promise<number> {
  const category = (code: string, name: string, kind: 'BONUS' | 'DEDUCTION' | 'VETO') =>
    db.adjustmentCategory.create({ data: { yearId: w.yearId, code, name, kind } });
  const [award, criticism, accountability, veto] = await Promise.all([
    category('AWARD', '表彰', 'BONUS'),
    category(DEDUCTION_CODES.批评, '批评', 'DEDUCTION'),
    category(DEDUCTION_CODES.问责, '问责', 'DEDUCTION'),
    category('VETO', '一票否决', 'VETO'),
  ]);
  await category(DEDUCTION_CODES.廉政, '廉政', 'DEDUCTION');
  const line = (a: Assessed, c: { id: string; kind: 'BONUS' | 'DEDUCTION' | 'VETO' }, points: string | null, reason: string) => ({
    assessedUnitId: a.id,
    categoryId: c.id,
    kind: c.kind,
    points,
    reason,
    status: 'APPROVED' as const,
    filedByUnitId: w.officeUnitId,
    filedById: w.officeId,
  });
  const data = w.assessed.flatMap((a, i) => [
    ...(i % 3 === 0 ? [line(a, award, '1', '省级表彰')] : []),
    ...(i % 4 === 0 ? [line(a, criticism, '0.5', '通报批评')] : []),
    ...(i % 10 === 0 ? [line(a, accountability, '1', '问责')] : []),
    ...(i === 7 ? [line(a, veto, null, '一票否决')] : []),
  ]);
  await db.adjustment.createMany({ data });
  return data.length;
}
