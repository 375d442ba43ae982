import { describe, expect, it } from 'vitest';
import { formatPeriodKey, periodKeys } from './routes/targets.ts';

describe('formatPeriodKey', () => {
  it('reads months and quarters the way officials write them', () => {
    expect(formatPeriodKey('M01')).toBe('1月');
    expect(formatPeriodKey('M10')).toBe('10月');
    expect(formatPeriodKey('Q1')).toBe('第一季度');
    expect(formatPeriodKey('Q3')).toBe('第三季度');
  });
  it('labels every key of both rhythms distinctly', () => {
    const labels = [...periodKeys('MONTHLY'), ...periodKeys('QUARTERLY')].map(formatPeriodKey);
    expect(new Set(labels).size).toBe(16);
  });
  it('leaves an unknown key as it is', () => {
    expect(formatPeriodKey('M13')).toBe('M13');
  });
});
