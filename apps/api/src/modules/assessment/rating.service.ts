import type { z } from 'zod';
import { RATING_TRANSITIONS, type Rating, type RatingStatus, type UnratedUnit, type listRatings, type saveRating, type submitRatings } from '@jx/contract';
import type { Prisma } from '@jx/db';
import type { Db, Tx } from '../../lib/db.ts';
import type { RequestContext } from '../../lib/context.ts';
import { hasRole } from '../../lib/context.ts';
import { ConflictError, ForbiddenError, InvalidStateError, NotFoundError, ValidationError, VersionConflictError, t } from '../../lib/errors.ts';
import { assertUpdated } from '../../lib/versioned.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { runTransition } from '../../lib/workflow/run-transition.ts';
import { except, notify } from '../notifications/notify.ts';
import { listExpected, periodIsOpen } from './rating.expected.ts';
import { levelsOf } from './rating.scales.ts';
import { auditableRating, ratingRowInclude, toRatingDto, toRatingRow, type RatingRowData } from './rating.mapper.ts';

type SaveBody = z.output<NonNullable<typeof saveRating.body>>;
type SubmitBody = z.output<NonNullable<typeof submitRatings.body>>;
type ListQuery = z.output<NonNullable<typeof listRatings.query>>;

/** Unit names a refused submit spells out in its message (all of them are in the details). */
const NAMED_IN_MESSAGE = 5;

async function loadPeriod(tx: Db | Tx, id: string) {
  const period = await tx.assessmentPeriod.findUnique({ where: { id }, select: { id: true, yearId: true, name: true } });
  if (!period) throw new NotFoundError('assessmentPeriod');
  return period;
}

/** Ratings are written only while the period has an open process. */
async function assertOpen(tx: Tx, period: { id: string; name: string }) {
  if (!(await periodIsOpen(tx, period.id))) throw new InvalidStateError(t('ratings.periodNotOpen', { periodName: period.name }));
}

const isUniqueViolation = (e: unknown) => typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'P2002';

/** 评价: a rater's drafts and submission, the office's list and its return (退回). */
export function createRatingService(db: Db) {
  const loadRow = async (tx: Db | Tx, id: string): Promise<RatingRowData> => {
    const r = await tx.rating.findUnique({ where: { id }, include: ratingRowInclude });
    if (!r) throw new NotFoundError('rating');
    return r;
  };

  /**
   * A draft, new or changed, by its rater: 404 → 403 (not on the roster for the unit; a peer's own unit; a deputy
   * outside the portfolio) → 409 period not open → 400 level not on the scale → 409 state → 409 version.
   */
  function save(ctx: RequestContext, body: SaveBody): Promise<Rating> {
    return db
      .$transaction(async (tx) => {
        const me = ctx.actor;
        const period = await loadPeriod(tx, body.periodId);
        const unit = await tx.assessedUnit.findUnique({ where: { id: body.assessedUnitId }, include: { unit: { select: { name: true } } } });
        if (!unit) throw new NotFoundError('assessedUnit');
        if (unit.yearId !== period.yearId) throw ValidationError.field('assessedUnitId', t('ratings.unitOfOtherYear'));
        const indicatorId = body.indicatorId ?? null;
        const assignment = await tx.raterAssignment.findFirst({
          where: { periodId: period.id, group: body.group, raterAccountId: me.accountId, categoryId: unit.categoryId, indicatorId },
          include: { scale: { select: { levels: true } } },
        });
        if (!assignment) throw new ForbiddenError(t('ratings.notRostered', { unitName: unit.unit.name }));
        if (body.group === 'PEER' && unit.unitId === me.unitId) throw new ForbiddenError(t('ratings.ownUnit'));
        if (body.group === 'LEADER_DEPUTY' && !me.portfolioUnitIds.includes(unit.unitId))
          throw new ForbiddenError(t('ratings.outsidePortfolio', { unitName: unit.unit.name }));
        await assertOpen(tx, period);
        const levels = levelsOf(assignment.scale.levels).map((l) => l.level);
        if (!levels.includes(body.level)) throw ValidationError.field('level', t('ratings.levelNotOnScale', { levels: levels.join('、') }));

        const key = { periodId: period.id, group: body.group, raterAccountId: me.accountId, assessedUnitId: unit.id, indicatorId };
        const existing = await tx.rating.findFirst({ where: key });
        if (!existing) {
          if (body.version !== undefined) throw new VersionConflictError('rating');
          const created = await tx.rating.create({ data: { ...key, level: body.level } });
          await recordAudit(tx, ctx, { action: 'ratings.save', objectType: 'Rating', objectId: created.id, before: null, after: auditableRating(created) });
          return toRatingDto(created);
        }
        if (!RATING_TRANSITIONS.save.from.includes(existing.status))
          throw new InvalidStateError(t('ratings.notAllowedInStatus', { ratingStatus: existing.status, ratingAction: 'save' }));
        if (body.version !== existing.version) throw new VersionConflictError('rating');
        assertUpdated(
          await tx.rating.updateMany({
            where: { id: existing.id, version: existing.version, status: 'DRAFT' },
            data: { level: body.level, version: { increment: 1 } },
          }),
          'rating',
        );
        const after = await tx.rating.findUniqueOrThrow({ where: { id: existing.id } });
        await recordAudit(tx, ctx, {
          action: 'ratings.save',
          objectType: 'Rating',
          objectId: after.id,
          before: auditableRating(existing),
          after: auditableRating(after),
        });
        return toRatingDto(after);
      })
      .catch((e: unknown) => {
        // Two first saves of the same rating at once: the second finds the unique index taken.
        throw isUniqueViolation(e) ? new VersionConflictError('rating') : e;
      });
  }

  /**
   * Submits every draft of one of my slots at once; refused while any unit I am expected to rate there has no level
   * (409 listing them) and when nothing is left to submit. Submitted ratings stay as they are until the office returns one.
   */
  function submit(ctx: RequestContext, body: SubmitBody): Promise<{ submitted: number }> {
    return db.$transaction(async (tx) => {
      const period = await loadPeriod(tx, body.periodId);
      const category = await tx.assessmentCategory.findUnique({ where: { id: body.categoryId }, select: { yearId: true } });
      if (!category) throw new NotFoundError('category');
      if (category.yearId !== period.yearId) throw ValidationError.field('categoryId', t('raters.categoryOfOtherYear'));
      const assignment = await tx.raterAssignment.findFirst({
        where: {
          periodId: period.id,
          group: body.group,
          raterAccountId: ctx.actor.accountId,
          categoryId: body.categoryId,
          indicatorId: body.indicatorId ?? null,
        },
        select: { id: true },
      });
      if (!assignment) throw new ForbiddenError(t('ratings.notRosteredSlot'));
      await assertOpen(tx, period);

      const expected = await listExpected(tx, period.id, { assignmentId: assignment.id });
      const missing = expected.filter((e) => !e.ratingId);
      if (missing.length) {
        const names = await tx.assessedUnit.findMany({
          where: { id: { in: missing.map((m) => m.assessedUnitId) } },
          select: { id: true, unit: { select: { name: true, sortOrder: true } } },
        });
        const units: UnratedUnit[] = names.sort((a, b) => a.unit.sortOrder - b.unit.sortOrder).map((u) => ({ assessedUnitId: u.id, unitName: u.unit.name }));
        const shown =
          units
            .slice(0, NAMED_IN_MESSAGE)
            .map((u) => u.unitName)
            .join('、') + (units.length > NAMED_IN_MESSAGE ? '等' : '');
        throw new ConflictError(t('ratings.unitsUnrated', { count: units.length, unitNames: shown }), { units });
      }
      const drafts = expected.filter((e) => e.ratingStatus === 'DRAFT').map((e) => e.ratingId!);
      if (!drafts.length) throw new InvalidStateError(t('ratings.nothingToSubmit'));
      const before = await tx.rating.findMany({ where: { id: { in: drafts } } });
      const res = await tx.rating.updateMany({
        where: { id: { in: drafts }, status: 'DRAFT' },
        data: { status: 'SUBMITTED', submittedAt: ctx.now, returnReason: null, version: { increment: 1 } },
      });
      if (res.count !== drafts.length) throw new VersionConflictError('rating');
      for (const r of before) {
        await recordAudit(tx, ctx, {
          action: 'ratings.submit',
          objectType: 'Rating',
          objectId: r.id,
          before: auditableRating(r),
          after: { ...auditableRating(r), status: 'SUBMITTED' },
        });
      }
      return { submitted: drafts.length };
    });
  }

  async function list(q: ListQuery) {
    const where: Prisma.RatingWhereInput = {
      periodId: q.periodId,
      ...(q.categoryId ? { assessedUnit: { categoryId: q.categoryId } } : {}),
      ...(q.group ? { group: q.group } : {}),
      ...(q.raterAccountId ? { raterAccountId: q.raterAccountId } : {}),
      ...(q.assessedUnitId ? { assessedUnitId: q.assessedUnitId } : {}),
      ...(q.status ? { status: q.status } : {}),
    };
    const [rows, total] = await Promise.all([
      db.rating.findMany({
        where,
        include: ratingRowInclude,
        relationLoadStrategy: 'query',
        orderBy: [{ updatedAt: q.order }, { id: 'asc' }],
        skip: (q.page - 1) * q.pageSize,
        take: q.pageSize,
      }),
      db.rating.count({ where }),
    ]);
    return { items: rows.map(toRatingRow), total };
  }

  /** 退回: the office takes a submitted rating back to DRAFT with a reason; the rater is told and may change it. */
  async function returnRating(ctx: RequestContext, id: string, version: number, reason: string) {
    const after = await runTransition<RatingRowData, RatingStatus>(db, ctx, version, {
      entity: 'rating',
      objectType: 'Rating',
      action: 'ratings.return',
      transition: RATING_TRANSITIONS.return,
      load: (tx) => loadRow(tx, id),
      status: (r) => r.status,
      allowed: () => hasRole(ctx.actor, 'PERF_OFFICE'),
      denied: t('common.forbidden'),
      wrongState: (r) => t('ratings.notAllowedInStatus', { ratingStatus: r.status, ratingAction: 'return' }),
      update: (tx, _r, guard) =>
        tx.rating.updateMany({ where: { id, ...guard }, data: { status: RATING_TRANSITIONS.return.to!, returnReason: reason, version: { increment: 1 } } }),
      reload: (tx) => loadRow(tx, id),
      auditable: auditableRating,
      reason,
      async notify(tx, _before, r) {
        await notify(tx, except([r.raterAccountId], ctx.actor.accountId), {
          kind: 'RATING_RETURNED',
          title: `评价被退回：${r.assessedUnit.unit.name}`,
          body: reason,
          link: '/assessment/ratings',
        });
      },
    });
    return toRatingRow(after);
  }

  return { save, submit, list, return: returnRating };
}
