import { describe, expect, it } from 'vitest';
import { ApiError, type AssessmentProcess, type ProcessStatus } from '@jx/contract';
import {
  completenessPercent,
  eligibleProcesses,
  periodDeletable,
  processActions,
  standardCode,
  standardName,
  statusCounts,
  unsubmittedOf,
} from './processRules';

const process = (id: string, status: ProcessStatus, openedAt: string | null = null): AssessmentProcess => ({
  id,
  periodId: 'period-1',
  targetTypeId: `type-${id}`,
  targetTypeName: `类型${id}`,
  status,
  openedAt,
  closedAt: null,
  resetCount: 0,
  lastResetReason: null,
  completeness: [],
  version: 1,
});

describe('assessment process rules', () => {
  it('offers the actions PROCESS_TRANSITIONS allows from the status, to the office only', () => {
    expect(processActions({ status: 'NOT_STARTED' }, ['PERF_OFFICE'])).toEqual(['open']);
    expect(processActions({ status: 'OPEN' }, ['PERF_OFFICE'])).toEqual(['close']);
    expect(processActions({ status: 'CLOSED' }, ['PERF_OFFICE'])).toEqual(['reset']);
    for (const role of ['LEADER_MAIN', 'LEADER_DEPUTY', 'FUNC_DEPT'] as const) expect(processActions({ status: 'OPEN' }, [role])).toEqual([]);
  });

  it('全部开启 / 全部关闭 take the processes they can start from, in order', () => {
    const period = { processes: [process('a', 'NOT_STARTED'), process('b', 'OPEN'), process('c', 'NOT_STARTED'), process('d', 'CLOSED')] };
    expect(eligibleProcesses(period, 'open').map((p) => p.id)).toEqual(['a', 'c']);
    expect(eligibleProcesses(period, 'close').map((p) => p.id)).toEqual(['b']);
    expect(statusCounts(period)).toEqual({ NOT_STARTED: 2, OPEN: 1, CLOSED: 1 });
  });

  it('a period is deletable only while no process was ever opened', () => {
    expect(periodDeletable({ processes: [process('a', 'NOT_STARTED')] })).toBe(true);
    expect(periodDeletable({ processes: [process('a', 'NOT_STARTED'), process('b', 'OPEN', '2026-09-01T00:00:00Z')] })).toBe(false);
    expect(periodDeletable({ processes: [process('a', 'NOT_STARTED', '2026-09-01T00:00:00Z')] })).toBe(false);
  });

  it('standard periods get their code and name; completeness is a floored percent', () => {
    expect(standardCode('QUARTER', 'Q3')).toBe('Q3');
    expect(standardCode('QUARTER', 'X')).toBeUndefined();
    expect(standardCode('HALF_YEAR', undefined)).toBe('H1');
    expect(standardCode('SPECIAL', 'Q1')).toBeUndefined();
    expect(standardName('ANNUAL')).toBe('年终考核');
    expect(completenessPercent({ submitted: 2, expected: 3 })).toBe(66);
    expect(completenessPercent({ submitted: 0, expected: 0 })).toBe(0);
  });

  it('reads the unsubmitted records of a refused close, and nothing else', () => {
    const records = [{ recordId: 'r', targetId: 't', targetTitle: '目标', unitName: '成都', assessorUnitName: '安监处', status: 'DRAFT' }];
    expect(unsubmittedOf(new ApiError(409, 'CONFLICT', '还有 1 条考核记录未提交', { records }))).toEqual(records);
    expect(unsubmittedOf(new ApiError(409, 'VERSION_CONFLICT', '已被修改'))).toBeNull();
    expect(unsubmittedOf(new ApiError(409, 'CONFLICT', '重复', { other: 1 }))).toBeNull();
    expect(unsubmittedOf(new Error('x'))).toBeNull();
  });
});
