import type { Rating, RatingRow } from '@jx/contract';
import type { Prisma } from '@jx/db';

type RatingCore = Prisma.RatingGetPayload<object>;

/** A rating as its rater sees it; a draft that was submitted before was returned by the office. */
export const toRatingDto = (r: RatingCore): Rating => ({
  id: r.id,
  periodId: r.periodId,
  group: r.group,
  assessedUnitId: r.assessedUnitId,
  indicatorId: r.indicatorId,
  level: r.level,
  status: r.status,
  submittedAt: r.submittedAt?.toISOString() ?? null,
  returned: r.status === 'DRAFT' && r.submittedAt !== null,
  returnReason: r.status === 'DRAFT' ? r.returnReason : null,
  version: r.version,
});

export const ratingRowInclude = {
  assessedUnit: { select: { categoryId: true, category: { select: { name: true } }, unit: { select: { name: true } } } },
  indicator: { select: { name: true } },
  rater: { select: { displayName: true, unit: { select: { name: true } } } },
} as const satisfies Prisma.RatingInclude;
export type RatingRowData = Prisma.RatingGetPayload<{ include: typeof ratingRowInclude }>;

/** A rating as the office sees it: who rated whom. */
export const toRatingRow = (r: RatingRowData): RatingRow => ({
  ...toRatingDto(r),
  categoryId: r.assessedUnit.categoryId,
  categoryName: r.assessedUnit.category.name,
  unitName: r.assessedUnit.unit.name,
  indicatorName: r.indicator?.name ?? null,
  raterAccountId: r.raterAccountId,
  raterName: r.rater.displayName,
  raterUnitName: r.rater.unit?.name ?? null,
  updatedAt: r.updatedAt.toISOString(),
});

/** A rating as the audit log keeps it. */
export const auditableRating = (r: RatingCore) => ({
  periodId: r.periodId,
  group: r.group,
  raterAccountId: r.raterAccountId,
  assessedUnitId: r.assessedUnitId,
  indicatorId: r.indicatorId,
  level: r.level,
  status: r.status,
});
