import { describe, expect, it } from 'vitest';
import { onTimeRate, percent } from './rates';

describe('onTimeRate', () => {
  it('counts reports on time among those due, late ones not', () => {
    expect(onTimeRate({ reportsDue: 8, reportsSubmitted: 6, reportsLate: 1 })).toBe(62.5);
    expect(onTimeRate({ reportsDue: 3, reportsSubmitted: 3, reportsLate: 0 })).toBe(100);
  });
  it('is empty before anything is due', () => {
    expect(onTimeRate({ reportsDue: 0, reportsSubmitted: 0, reportsLate: 0 })).toBeNull();
    expect(percent(null)).toBe('—');
  });
});
