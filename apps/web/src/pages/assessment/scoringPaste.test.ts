import { describe, expect, it } from 'vitest';
import { pastedColumn, pastedScore, planPaste } from './scoringPaste';

describe('pasting a column of scores into the 评分表', () => {
  it('reads the first column of what Excel copies, one value per line; a single value is left to the input', () => {
    expect(pastedColumn('8.5\r\n9\r\n\r\n7\r\n')).toEqual(['8.5', '9', '', '7']);
    expect(pastedColumn('8\t备注\n9\t\n')).toEqual(['8', '9']);
    expect(pastedColumn('8.5\r\n')).toEqual(['8.5']);
    expect(pastedColumn('8.5')).toBeNull();
  });

  it('takes numbers from 0 to the points, rounded to two decimals', () => {
    expect(pastedScore('8.333', '10')).toBe('8.33');
    expect(pastedScore('0', '10')).toBe('0');
    expect(pastedScore('10.5', '10')).toBeNull();
    expect(pastedScore('-1', '10')).toBeNull();
    expect(pastedScore('良好', '10')).toBeNull();
  });

  it('fills the row pasted into and the ones below; read-only rows, bad values and values past the page are skipped, empty cells leave their row alone', () => {
    const rows = [
      { id: 'a', maxScore: '10', open: true },
      { id: 'b', maxScore: '10', open: false },
      { id: 'c', maxScore: '5', open: true },
      { id: 'd', maxScore: '5', open: true },
    ];
    const plan = planPaste(rows, ['8', '9', '6', '', '3'], (r) => r.open);
    expect(plan.fills.map((f) => [f.row.id, f.score])).toEqual([['a', '8']]);
    expect(plan.skipped).toBe(3);
    expect(planPaste(rows.slice(2), ['4.5', '5'], (r) => r.open).fills.map((f) => f.score)).toEqual(['4.5', '5']);
  });
});
