import { describe, expect, it } from 'vitest';
import { listAuditEvents, listNotifications, listOrders, listReports, listTargets, listWarnings } from '@jx/contract';
import { tableQuery } from './tableQuery';

const state = { page: 2, pageSize: 50, order: 'desc' as const, filters: {} };

describe('tableQuery', () => {
  it('sends order and sort to a route that takes both, then the filters that are set', () => {
    const q = tableQuery(listTargets, { ...state, sort: 'title', filters: { status: 'DRAFT', unitId: undefined, q: '', indicatorId: null } });
    expect(q).toEqual({ page: 2, pageSize: 50, order: 'desc', sort: 'title', status: 'DRAFT' });
    expect(Object.keys(q)).toEqual(['page', 'pageSize', 'order', 'sort', 'status']);
  });

  it('keeps a column key out of the query when the route takes no sort', () => {
    expect(tableQuery(listReports, { ...state, sort: 'submittedAt' })).toEqual({ page: 2, pageSize: 50, order: 'desc' });
    expect(tableQuery(listAuditEvents, { ...state, sort: 'at', filters: { outcome: 'DENIED' } })).toEqual({
      page: 2,
      pageSize: 50,
      order: 'desc',
      outcome: 'DENIED',
    });
  });

  it('sends no order to a route without one (its strict query would refuse it)', () => {
    expect(tableQuery(listWarnings, { ...state, filters: { level: 'RED' } })).toEqual({ page: 2, pageSize: 50, level: 'RED' });
    expect(tableQuery(listOrders, { ...state, filters: { overdue: 'true' } })).toEqual({ page: 2, pageSize: 50, overdue: 'true' });
    expect(tableQuery(listNotifications, state)).toEqual({ page: 2, pageSize: 50 });
  });

  it('produces a query the route accepts', () => {
    const q = tableQuery(listTargets, { ...state, sort: 'deadline', filters: { status: 'PUBLISHED' } });
    expect(listTargets.query?.safeParse(q).success).toBe(true);
    expect(listWarnings.query?.safeParse(tableQuery(listWarnings, { ...state, filters: { level: 'RED' } })).success).toBe(true);
  });
});
