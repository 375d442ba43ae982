import { describe, expect, it } from 'vitest';
import { isFiltered } from './isFiltered';

interface OrderFilters {
  status?: string;
  unitId?: string;
}

describe('isFiltered', () => {
  it('is false while every filter is unset or empty', () => {
    expect(isFiltered({})).toBe(false);
    expect(isFiltered({ unitId: undefined, q: '' })).toBe(false);
  });

  it('is true as soon as one filter has a value', () => {
    expect(isFiltered({ unitId: 'u1', q: '' })).toBe(true);
  });

  it('compares with the initial filters when the page starts filtered (a unit admin on 待回复)', () => {
    const initial = { status: 'OPEN' };
    expect(isFiltered<OrderFilters>({ status: 'OPEN' }, initial)).toBe(false);
    expect(isFiltered<OrderFilters>({ status: 'CLOSED' }, initial)).toBe(true);
    expect(isFiltered<OrderFilters>({ status: undefined }, initial)).toBe(true);
    expect(isFiltered<OrderFilters>({ status: 'OPEN', unitId: 'u1' }, initial)).toBe(true);
  });
});
