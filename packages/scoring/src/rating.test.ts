import { describe, expect, it } from 'vitest';
import { indicator, model, rating, run, unit } from './test-builders.ts';

const scales = {
  好较好差: [
    { level: '好', percent: 100 },
    { level: '较好', percent: 80 },
    { level: '差', percent: 50 },
  ],
};
const grades = [{ grade: '合格' }];

describe('rating node', () => {
  const m = model({ name: '评价', root: { kind: 'rating', label: '领导评价', group: 'LEADER_DEPUTY', scale: '好较好差' }, scales, grades });

  it('is the mean of the raters’ level percents, other groups ignored', () => {
    const u = unit('u', {
      ratings: [rating('LEADER_DEPUTY', 'd1', '好'), rating('LEADER_DEPUTY', 'd2', '较好'), rating('LEADER_DEPUTY', 'd3', '差'), rating('PEER', 'p1', '差')],
    });
    // (100 + 80 + 50) / 3 = 76.666… → 76.67
    const r = run(m, [u]).get('u');
    expect(r.final).toBe(76.67);
    const receipt = r.receipt.tree;
    if (receipt.kind !== 'rating') throw new Error('expected a rating receipt');
    expect(receipt.raters.map((x) => [x.raterId, x.level, x.percent])).toEqual([
      ['d1', '好', 100],
      ['d2', '较好', 80],
      ['d3', '差', 50],
    ]);
  });

  it('leaves a rater who has not rated out of the mean and lists them', () => {
    const u = unit('u', { ratings: [rating('LEADER_DEPUTY', 'd1', '好'), rating('LEADER_DEPUTY', 'd2', '较好'), rating('LEADER_DEPUTY', 'd3', null)] });
    // (100 + 80) / 2 = 90
    const r = run(m, [u]).get('u');
    expect(r.final).toBe(90);
    expect(r.missing).toEqual([
      { kind: 'rating-missing', key: 'rating:LEADER_DEPUTY:d3:*', nodePath: 'root', group: 'LEADER_DEPUTY', raterId: 'd3', raterName: 'd3', indicatorId: null },
    ]);
  });

  it('scores 0 with no raters and says so', () => {
    const r = run(m, [unit('u')]).get('u');
    expect(r.final).toBe(0);
    expect(r.missing.map((x) => x.key)).toEqual(['no-raters:LEADER_DEPUTY:*']);
  });

  it('reads only the ratings given on its indicator', () => {
    const perIndicator = model({
      name: '评价',
      root: { kind: 'rating', label: '绩效委评价', group: 'ORG', scale: '好较好差', indicatorId: 'X' },
      scales,
      grades,
    });
    const u = unit('u', { ratings: [rating('ORG', 'o1', '较好', 'X'), rating('ORG', 'o1', '差', 'Y'), rating('ORG', 'o1', '差')] });
    expect(run(perIndicator, [u], [indicator('X', null, 50), indicator('Y', null, 50)]).get('u').final).toBe(80);
  });
});

describe('imported node', () => {
  const m = model({ name: '导入', root: { kind: 'imported', label: '民意调查', key: 'survey' }, grades });

  it('takes the imported value, or 0 and a missing input', () => {
    const { get } = run(m, [unit('a', { imported: { survey: 87.25 } }), unit('b'), unit('c', { imported: { survey: null } })]);
    expect(get('a').final).toBe(87.25);
    expect(get('b').final).toBe(0);
    expect(get('b').missing.map((x) => x.key)).toEqual(['import:survey']);
    expect(get('c').missing.map((x) => x.key)).toEqual(['import:survey']);
  });
});
