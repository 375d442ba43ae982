import { useQuery } from '@tanstack/react-query';
import { getDepartmentActivity, listDepartmentAudit } from '@jx/contract';
import { call } from './client';

/** 考核数据审计: per assessing department of a period, and one department's activity. Record actions refresh `all`. */
export const dataAuditKeys = {
  all: ['data-audit'] as const,
  departments: (periodId: string) => ['data-audit', 'departments', periodId] as const,
  activity: (departmentId: string, periodId: string) => ['data-audit', 'activity', departmentId, periodId] as const,
};

export function useDepartmentAudit(periodId: string | undefined) {
  return useQuery({
    queryKey: dataAuditKeys.departments(periodId ?? ''),
    queryFn: ({ signal }) => call(listDepartmentAudit, { query: { periodId: periodId ?? '' }, signal }),
    enabled: !!periodId,
  });
}

export function useDepartmentActivity(departmentId: string | undefined, periodId: string | undefined) {
  return useQuery({
    queryKey: dataAuditKeys.activity(departmentId ?? '', periodId ?? ''),
    queryFn: ({ signal }) => call(getDepartmentActivity, { params: { departmentId: departmentId ?? '' }, query: { periodId: periodId ?? '' }, signal }),
    enabled: !!departmentId && !!periodId,
  });
}
