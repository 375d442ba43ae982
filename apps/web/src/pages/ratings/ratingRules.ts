import {
  actionsFrom,
  ApiError,
  canStartFrom,
  RATING_TRANSITIONS,
  RatedRaterSchema,
  returnRating,
  ROSTERED_GROUPS,
  UnratedUnitSchema,
  type MyRatingSlot,
  type RatedRater,
  type RaterAssignment,
  type RaterGroup,
  type Rating,
  type RatingAction,
  type RatingRow,
  type RatingScale,
  type RatingUnit,
  type Role,
  type UnratedUnit,
} from '@jx/contract';
import { z } from 'zod';
import { canCall } from '../../auth/access';

/** A unit's rating as the rater reads it: none yet, a draft, returned by the office (a draft again), submitted. */
export type UnitRatingState = 'NONE' | 'DRAFT' | 'RETURNED' | 'SUBMITTED';

export const UNIT_STATE_COLORS: Record<UnitRatingState, string> = {
  NONE: 'default',
  DRAFT: 'processing',
  RETURNED: 'warning',
  SUBMITTED: 'success',
};

export function unitState(rating: Pick<Rating, 'status' | 'returned'> | null): UnitRatingState {
  if (!rating) return 'NONE';
  if (rating.status === 'SUBMITTED') return 'SUBMITTED';
  return rating.returned ? 'RETURNED' : 'DRAFT';
}

/** A level may be chosen while the period is open and the rating (if any) may still be saved (not submitted). */
export function unitEditable(unit: RatingUnit, periodOpen: boolean): boolean {
  return periodOpen && (!unit.rating || canStartFrom(RATING_TRANSITIONS, 'save', unit.rating.status));
}

/** 提交本组评价 is offered while the period is open and the slot holds a draft (the server lists any unit still unrated). */
export function slotSubmittable(slot: MyRatingSlot, periodOpen: boolean): boolean {
  return periodOpen && slot.units.some((u) => !!u.rating && canStartFrom(RATING_TRANSITIONS, 'submit', u.rating.status));
}

/** The slot's units without a level yet. */
export const unratedUnits = (slot: MyRatingSlot): RatingUnit[] => slot.units.filter((u) => !u.rating);

/** The slot's ratings the office returned, waiting for the rater to resubmit. */
export const returnedCount = (slot: Pick<MyRatingSlot, 'units'>): number => slot.units.filter((u) => unitState(u.rating) === 'RETURNED').length;

export const percentOf = (done: number, total: number): number => (total > 0 ? Math.round((done * 100) / total) : 0);

/** One slot of the roster (period × category × group × indicator) and its identity. */
export const slotKey = (s: { categoryId: string; group: RaterGroup; indicatorId: string | null }) => `${s.categoryId}:${s.group}:${s.indicatorId ?? ''}`;

/** A rater's state in a slot: 已完成 (every expected unit submitted), 未完成, or 无需评价 (no unit to rate). */
export type RaterProgress = 'DONE' | 'PENDING' | 'NONE';
export function raterProgress(a: Pick<RaterAssignment, 'expected' | 'submitted'>): RaterProgress {
  if (a.expected === 0) return 'NONE';
  return a.submitted >= a.expected ? 'DONE' : 'PENDING';
}

export interface RosterSlot {
  key: string;
  categoryId: string;
  categoryName: string;
  group: RaterGroup;
  indicatorId: string | null;
  indicatorName: string | null;
  scaleId: string;
  scaleName: string;
  raters: RaterAssignment[];
  /** Raters who have not submitted every expected rating. */
  unfinished: number;
  expected: number;
  submitted: number;
}

const groupOrder = (g: RaterGroup) => (ROSTERED_GROUPS as readonly RaterGroup[]).indexOf(g);

/**
 * The roster grouped by slot, in the order of the categories as listed (first seen), then the groups' order, then the
 * indicators; the raters of a slot: unfinished first, then by name.
 */
export function groupRoster(items: readonly RaterAssignment[]): RosterSlot[] {
  const slots = new Map<string, RosterSlot>();
  const categoryOrder = new Map<string, number>();
  for (const a of items) {
    if (!categoryOrder.has(a.categoryId)) categoryOrder.set(a.categoryId, categoryOrder.size);
    const key = slotKey(a);
    let s = slots.get(key);
    if (!s) {
      s = {
        key,
        categoryId: a.categoryId,
        categoryName: a.categoryName,
        group: a.group,
        indicatorId: a.indicatorId,
        indicatorName: a.indicatorName,
        scaleId: a.scaleId,
        scaleName: a.scaleName,
        raters: [],
        unfinished: 0,
        expected: 0,
        submitted: 0,
      };
      slots.set(key, s);
    }
    s.raters.push(a);
    s.expected += a.expected;
    s.submitted += Math.min(a.submitted, a.expected);
    if (raterProgress(a) === 'PENDING') s.unfinished++;
  }
  const rank = (r: RaterAssignment) => (raterProgress(r) === 'PENDING' ? 0 : 1);
  for (const s of slots.values()) s.raters.sort((a, b) => rank(a) - rank(b) || a.raterName.localeCompare(b.raterName, 'zh-CN'));
  return [...slots.values()].sort(
    (a, b) =>
      categoryOrder.get(a.categoryId)! - categoryOrder.get(b.categoryId)! ||
      groupOrder(a.group) - groupOrder(b.group) ||
      (a.indicatorName ?? '').localeCompare(b.indicatorName ?? '', 'zh-CN'),
  );
}

/** How many raters of the roster have not finished (a rater counts once per slot). */
export const unfinishedRaters = (slots: readonly RosterSlot[]): number => slots.reduce((n, s) => n + s.unfinished, 0);

const RATING_ACTION_ROUTES = { return: returnRating };
export type RowAction = keyof typeof RATING_ACTION_ROUTES;

/** The office's actions on a listed rating: the transition table's from its state, those the roles may call (退回). */
export function ratingRowActions(row: Pick<RatingRow, 'status'>, roles: readonly Role[]): RowAction[] {
  return actionsFrom(RATING_TRANSITIONS, row.status)
    .filter((a: RatingAction): a is RowAction => a in RATING_ACTION_ROUTES)
    .filter((a) => canCall(RATING_ACTION_ROUTES[a], roles));
}

/** The raters a refused roster change names (409 `details.raters`: they have submitted ratings in the slot). */
export function ratedRatersOf(error: unknown): RatedRater[] | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const parsed = z.object({ raters: z.array(RatedRaterSchema).min(1) }).safeParse(error.details);
  return parsed.success ? parsed.data.raters : null;
}

/** The units a refused submit names (409 `details.units`: still without a level). */
export function unratedUnitsOf(error: unknown): UnratedUnit[] | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const parsed = z.object({ units: z.array(UnratedUnitSchema).min(1) }).safeParse(error.details);
  return parsed.success ? parsed.data.units : null;
}

/** The period the roster page shows first: one with an open process, else the latest listed. */
export function defaultPeriodId(periods: readonly { id: string; processes: readonly { status: string }[] }[]): string | undefined {
  return (periods.find((p) => p.processes.some((x) => x.status === 'OPEN')) ?? periods[periods.length - 1])?.id;
}

/** The scale a new slot starts with: peers answer 满意/比较满意/不满意, the others rate 好/较好/差 (else the first scale). */
export function defaultScaleId(scales: readonly Pick<RatingScale, 'id' | 'code'>[], group: RaterGroup): string | undefined {
  const code = group === 'PEER' ? 'SATISFACTION' : 'GOOD_FAIR_POOR';
  return (scales.find((s) => s.code === code) ?? scales[0])?.id;
}
