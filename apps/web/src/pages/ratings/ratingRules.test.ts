import { describe, expect, it } from 'vitest';
import { ApiError, RATER_GROUP_LABELS, type MyRatingSlot, type RaterAssignment, type Rating, type RatingUnit } from '@jx/contract';
import { withRating } from '../../api/ratingCache';
import { zhCN } from '../../locales/zh-CN';
import {
  defaultPeriodId,
  defaultScaleId,
  groupRoster,
  ratedRatersOf,
  ratingRowActions,
  raterProgress,
  returnedCount,
  slotSubmittable,
  unfinishedRaters,
  unitEditable,
  unitState,
  unratedUnits,
  unratedUnitsOf,
} from './ratingRules';

const rating = (over: Partial<Rating> = {}): Rating => ({
  id: 'r1',
  periodId: 'p1',
  group: 'LEADER_MAIN',
  assessedUnitId: 'au1',
  indicatorId: null,
  level: '好',
  status: 'DRAFT',
  submittedAt: null,
  returned: false,
  returnReason: null,
  version: 1,
  ...over,
});

const unit = (id: string, r: Rating | null): RatingUnit => ({
  assessedUnitId: id,
  unitId: `u-${id}`,
  unitName: `单位${id}`,
  rating: r,
  context: { targets: 3, redWarnings: 0, yellowWarnings: 1, latestReportAt: null },
});

const slot = (units: RatingUnit[], over: Partial<MyRatingSlot> = {}): MyRatingSlot => ({
  assignmentId: 'a1',
  periodId: 'p1',
  group: 'LEADER_MAIN',
  categoryId: 'c1',
  categoryName: '厅直单位',
  indicatorId: null,
  indicatorName: null,
  scale: { id: 's1', yearId: 'y1', code: 'GOOD_FAIR_POOR', name: '好/较好/差', levels: [{ level: '好', percent: 100 }], version: 1 },
  units,
  expected: units.length,
  submitted: units.filter((u) => u.rating?.status === 'SUBMITTED').length,
  ...over,
});

const assignment = (over: Partial<RaterAssignment>): RaterAssignment => ({
  id: 'x',
  periodId: 'p1',
  categoryId: 'c1',
  categoryName: '厅直单位',
  group: 'PEER',
  indicatorId: null,
  indicatorName: null,
  scaleId: 's2',
  scaleName: '满意/比较满意/不满意',
  raterAccountId: 'acc',
  raterName: '张三',
  raterUsername: 'zhang',
  raterUnitId: null,
  raterUnitName: null,
  expected: 4,
  submitted: 0,
  drafts: 0,
  ...over,
});

describe('a unit’s rating as the rater sees it', () => {
  it('is unrated, a draft, returned (a draft that was submitted once) or submitted', () => {
    expect(unitState(null)).toBe('NONE');
    expect(unitState(rating())).toBe('DRAFT');
    expect(unitState(rating({ returned: true, submittedAt: '2026-09-01T00:00:00Z' }))).toBe('RETURNED');
    expect(unitState(rating({ status: 'SUBMITTED' }))).toBe('SUBMITTED');
  });

  it('takes a level only while the period is open and the rating is not submitted', () => {
    expect(unitEditable(unit('1', null), true)).toBe(true);
    expect(unitEditable(unit('1', rating({ returned: true })), true)).toBe(true);
    expect(unitEditable(unit('1', rating({ status: 'SUBMITTED' })), true)).toBe(false);
    expect(unitEditable(unit('1', null), false)).toBe(false);
  });
});

describe('a slot of 我的评价', () => {
  it('can be submitted while open with a draft in it; lists its unrated and returned units', () => {
    const s = slot([unit('1', rating()), unit('2', null), unit('3', rating({ status: 'SUBMITTED' })), unit('4', rating({ returned: true }))]);
    expect(slotSubmittable(s, true)).toBe(true);
    expect(slotSubmittable(s, false)).toBe(false);
    expect(unratedUnits(s).map((u) => u.assessedUnitId)).toEqual(['2']);
    expect(returnedCount(s)).toBe(1);
    expect(slotSubmittable(slot([unit('1', rating({ status: 'SUBMITTED' })), unit('2', null)]), true)).toBe(false);
  });

  it('takes a saved rating in place of the unit’s, and leaves other slots alone', () => {
    const s = slot([unit('au1', null), unit('au2', null)]);
    const saved = rating({ assessedUnitId: 'au2', level: '较好', version: 1 });
    const next = withRating(s, saved);
    expect(next.units[1]!.rating).toEqual(saved);
    expect(next.units[0]!.rating).toBeNull();
    expect(withRating(s, { ...saved, group: 'ORG' })).toBe(s);
    expect(withRating(s, { ...saved, indicatorId: 'ind1' })).toBe(s);
    expect(withRating(s, { ...saved, assessedUnitId: 'elsewhere' })).toBe(s);
  });
});

describe('the roster', () => {
  it('groups raters by slot in the groups’ order, unfinished raters first, and counts who has not finished', () => {
    const items = [
      assignment({ id: '1', group: 'PEER', raterName: '乙', submitted: 4 }),
      assignment({ id: '2', group: 'LEADER_MAIN', raterName: '厅长', scaleId: 's1', submitted: 2, expected: 5 }),
      assignment({ id: '3', group: 'PEER', raterName: '甲', submitted: 1 }),
      assignment({ id: '4', group: 'ORG', indicatorId: 'i1', indicatorName: '党建', raterName: '丙', expected: 0 }),
    ];
    const slots = groupRoster(items);
    expect(slots.map((s) => s.group)).toEqual(['LEADER_MAIN', 'ORG', 'PEER']);
    const peer = slots[2]!;
    expect(peer.raters.map((r) => r.raterName)).toEqual(['甲', '乙']);
    expect(peer.unfinished).toBe(1);
    expect(peer.submitted).toBe(5);
    expect(peer.expected).toBe(8);
    expect(unfinishedRaters(slots)).toBe(2);
    expect(raterProgress(items[3]!)).toBe('NONE');
    expect(raterProgress(items[0]!)).toBe('DONE');
  });

  it('starts a new slot with the scale its group answers on', () => {
    const scales = [
      { id: 'gfp', code: 'GOOD_FAIR_POOR' },
      { id: 'sat', code: 'SATISFACTION' },
    ];
    expect(defaultScaleId(scales, 'PEER')).toBe('sat');
    expect(defaultScaleId(scales, 'ORG')).toBe('gfp');
    expect(defaultScaleId([{ id: 'only', code: 'OTHER' }], 'PEER')).toBe('only');
  });

  it('shows the open period first, else the last one', () => {
    const closed = { id: 'q1', processes: [{ status: 'CLOSED' }] };
    const open = { id: 'q3', processes: [{ status: 'OPEN' }] };
    const later = { id: 'annual', processes: [{ status: 'NOT_STARTED' }] };
    expect(defaultPeriodId([closed, open, later])).toBe('q3');
    expect(defaultPeriodId([closed, later])).toBe('annual');
    expect(defaultPeriodId([])).toBeUndefined();
  });
});

describe('the office’s actions and the server’s refusals', () => {
  it('offers 退回 on a submitted rating to the office only, from the transition table', () => {
    expect(ratingRowActions({ status: 'SUBMITTED' }, ['PERF_OFFICE'])).toEqual(['return']);
    expect(ratingRowActions({ status: 'DRAFT' }, ['PERF_OFFICE'])).toEqual([]);
    expect(ratingRowActions({ status: 'SUBMITTED' }, ['LEADER_MAIN'])).toEqual([]);
  });

  it('reads the raters and the units a 409 names, and nothing from other errors', () => {
    const raters = new ApiError(409, 'CONFLICT', '已提交', { raters: [{ raterAccountId: 'a', raterName: '张三', submitted: 3 }] });
    expect(ratedRatersOf(raters)).toEqual([{ raterAccountId: 'a', raterName: '张三', submitted: 3 }]);
    expect(unratedUnitsOf(raters)).toBeNull();
    const units = new ApiError(409, 'CONFLICT', '未评价', { units: [{ assessedUnitId: 'au1', unitName: '成都' }] });
    expect(unratedUnitsOf(units)).toEqual([{ assessedUnitId: 'au1', unitName: '成都' }]);
    expect(unratedUnitsOf(new ApiError(409, 'VERSION_CONFLICT', '版本'))).toBeNull();
    expect(ratedRatersOf(new Error('x'))).toBeNull();
  });
});

describe('the locale', () => {
  it('names the rater groups as the contract does', () => {
    expect(zhCN.ratings.groups).toEqual(RATER_GROUP_LABELS);
  });
});
