import { describe, expect, it } from 'vitest';
import type { Actor } from '../lib/context.ts';
import { readableUnitIds, unitScopeWhere } from './scope.ts';

const actor = (over: Partial<Actor>): Actor => ({
  accountId: 'a',
  sessionId: 's',
  username: 'u',
  displayName: 'U',
  roles: [],
  unitId: null,
  personId: null,
  portfolioUnitIds: [],
  portfolioTargetTypeIds: [],
  ...over,
});

describe('readableUnitIds', () => {
  it('limits unit roles to their own unit', () => {
    expect(readableUnitIds(actor({ roles: ['UNIT_ADMIN'], unitId: 'cd' }))).toEqual(['cd']);
    expect(unitScopeWhere(actor({ roles: ['UNIT_STAFF'], unitId: 'cd' }))).toEqual({ unitId: { in: ['cd'] } });
  });
  it('gives a unit role without a unit nothing at all', () => {
    expect(readableUnitIds(actor({ roles: ['UNIT_ADMIN'] }))).toEqual([]);
  });
  it('limits a deputy to the portfolio units, or all units when the portfolio is by target type only', () => {
    expect(readableUnitIds(actor({ roles: ['LEADER_DEPUTY'], portfolioUnitIds: ['a', 'b'] }))).toEqual(['a', 'b']);
    expect(readableUnitIds(actor({ roles: ['LEADER_DEPUTY'], portfolioTargetTypeIds: ['safety'] }))).toBeNull();
  });
  it('lets leaders, the performance office, departments and admins read every unit', () => {
    for (const role of ['LEADER_MAIN', 'PERF_OFFICE', 'FUNC_DEPT', 'SYS_ADMIN'] as const) {
      expect(readableUnitIds(actor({ roles: [role], unitId: 'x' }))).toBeNull();
    }
  });
  it('reads nothing as the auditor', () => {
    expect(readableUnitIds(actor({ roles: ['AUDITOR'] }))).toEqual([]);
  });
});
