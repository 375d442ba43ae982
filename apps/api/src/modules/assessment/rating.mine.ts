import type { MyRatingPeriod, MyRatingSlot, RaterGroup } from '@jx/contract';
import type { Db } from '../../lib/db.ts';
import type { RequestContext } from '../../lib/context.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { listExpected } from './rating.expected.ts';
import { toScaleDto } from './rating.scales.ts';
import { toRatingDto } from './rating.mapper.ts';
import { unitContexts } from './rating.context.ts';

const GROUP_ORDER: RaterGroup[] = ['LEADER_MAIN', 'LEADER_DEPUTY', 'ORG', 'PEER', 'PUBLIC'];

/** The periods an account is on a roster in: latest year first, then the year's order; each open or not. */
async function myPeriods(db: Db, accountId: string): Promise<(MyRatingPeriod & { sortOrder: number; year: number })[]> {
  const ids = (await db.raterAssignment.findMany({ where: { raterAccountId: accountId }, select: { periodId: true }, distinct: ['periodId'] })).map(
    (r) => r.periodId,
  );
  if (!ids.length) return [];
  const [periods, open] = await Promise.all([
    db.assessmentPeriod.findMany({ where: { id: { in: ids } }, include: { year: { select: { name: true, year: true } } } }),
    db.assessmentProcess.groupBy({ by: ['periodId'], where: { periodId: { in: ids }, status: 'OPEN' } }),
  ]);
  const openIds = new Set(open.map((o) => o.periodId));
  return periods
    .map((p) => ({
      id: p.id,
      yearId: p.yearId,
      yearName: p.year.name,
      code: p.code,
      name: p.name,
      open: openIds.has(p.id),
      sortOrder: p.sortOrder,
      year: p.year.year,
    }))
    .sort((a, b) => b.year - a.year || a.sortOrder - b.sortOrder);
}

const strip = ({ sortOrder: _s, year: _y, ...p }: MyRatingPeriod & { sortOrder: number; year: number }): MyRatingPeriod => p;

/**
 * 我的评价: the signed-in rater's slots in a period (without one: the first open period it is rostered in, else the
 * latest), each with the units it is expected to rate — never its own unit as a peer, only its portfolio as a deputy —
 * its rating of each, and what it has at hand about each unit. A fixed number of queries.
 */
export async function myRatings(db: Db, ctx: RequestContext, periodId: string | undefined) {
  const me = ctx.actor.accountId;
  const periods = await myPeriods(db, me);
  let period: MyRatingPeriod | null;
  if (periodId) {
    const listed = periods.find((p) => p.id === periodId);
    if (listed) period = strip(listed);
    else {
      const p = await db.assessmentPeriod.findUnique({ where: { id: periodId }, include: { year: { select: { name: true } } } });
      if (!p) throw new NotFoundError('assessmentPeriod');
      const open = (await db.assessmentProcess.count({ where: { periodId, status: 'OPEN' } })) > 0;
      period = { id: p.id, yearId: p.yearId, yearName: p.year.name, code: p.code, name: p.name, open };
    }
  } else {
    const latest = [...periods].sort((a, b) => b.year - a.year || b.sortOrder - a.sortOrder)[0];
    const chosen = periods.find((p) => p.open) ?? latest;
    period = chosen ? strip(chosen) : null;
  }
  const all = periods.map(strip);
  if (!period) return { periods: all, period: null, items: [] };

  const [assignments, expected, ratings] = await Promise.all([
    db.raterAssignment.findMany({
      where: { periodId: period.id, raterAccountId: me },
      include: { category: { select: { name: true, sortOrder: true } }, indicator: { select: { name: true } }, scale: true },
    }),
    listExpected(db, period.id, { raterAccountId: me }),
    db.rating.findMany({ where: { periodId: period.id, raterAccountId: me } }),
  ]);
  const units = await db.assessedUnit.findMany({
    where: { id: { in: [...new Set(expected.map((e) => e.assessedUnitId))] } },
    select: { id: true, unitId: true, unit: { select: { name: true, sortOrder: true } } },
  });
  const unitOf = new Map(units.map((u) => [u.id, u]));
  const context = await unitContexts(
    db,
    period.yearId,
    units.map((u) => u.unitId),
    ctx.now,
  );

  const items: MyRatingSlot[] = assignments
    .sort(
      (a, b) =>
        a.category.sortOrder - b.category.sortOrder ||
        GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) ||
        (a.indicator?.name ?? '').localeCompare(b.indicator?.name ?? '', 'zh-CN'),
    )
    .map((a) => {
      const mine = expected
        .filter((e) => e.assignmentId === a.id)
        .map((e) => unitOf.get(e.assessedUnitId)!)
        .sort((x, y) => x.unit.sortOrder - y.unit.sortOrder);
      const slotUnits = mine.map((u) => {
        const rating = ratings.find((r) => r.group === a.group && r.assessedUnitId === u.id && r.indicatorId === a.indicatorId);
        return {
          assessedUnitId: u.id,
          unitId: u.unitId,
          unitName: u.unit.name,
          rating: rating ? toRatingDto(rating) : null,
          context: context.get(u.unitId)!,
        };
      });
      return {
        assignmentId: a.id,
        periodId: a.periodId,
        group: a.group,
        categoryId: a.categoryId,
        categoryName: a.category.name,
        indicatorId: a.indicatorId,
        indicatorName: a.indicator?.name ?? null,
        scale: toScaleDto(a.scale),
        units: slotUnits,
        expected: slotUnits.length,
        submitted: slotUnits.filter((u) => u.rating?.status === 'SUBMITTED').length,
      };
    });
  return { periods: all, period, items };
}
