import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getReport, listPendingReports, listReports, listTargetReports, submitReport, updateReport } from '@jx/contract';
import { call, type QueryInput } from './client';
import { reportKeys, targetKeys, warningKeys } from './keys';
import { useRouteMutation } from './mutation';

/** The progress reports of one target, by period. */
export function useTargetReports(targetId: string, enabled = true) {
  return useQuery({
    queryKey: reportKeys.forTarget(targetId),
    queryFn: ({ signal }) => call(listTargetReports, { params: { id: targetId }, signal }),
    enabled,
  });
}

/** 进展报告 in the caller's scope, newest first, paged. */
export function useReports(query: QueryInput<typeof listReports>, enabled = true) {
  return useQuery({
    queryKey: reportKeys.list(query),
    queryFn: ({ signal }) => call(listReports, { query, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** 本期待报送: the caller's started, unreported report periods of the year, overdue first, a page at a time. */
export function usePendingReports(yearId: string | undefined, page: number, pageSize: number, enabled = true) {
  return useQuery({
    queryKey: [...reportKeys.pending(yearId ?? ''), page, pageSize],
    queryFn: ({ signal }) => call(listPendingReports, { query: { yearId: yearId!, page, pageSize }, signal }),
    placeholderData: keepPreviousData,
    enabled: enabled && !!yearId,
  });
}

export function useReport(id: string | undefined) {
  return useQuery({
    queryKey: reportKeys.detail(id ?? ''),
    queryFn: ({ signal }) => call(getReport, { params: { id: id ?? '' }, signal }),
    enabled: !!id,
  });
}

// A report moves the target's actual progress: its warning level in the warning centre and the target list too.
const AFTER_REPORT = [reportKeys.all, warningKeys.all, targetKeys.all] as const;

export const useSubmitReport = () => useRouteMutation(submitReport, AFTER_REPORT);
export const useUpdateReport = () => useRouteMutation(updateReport, AFTER_REPORT);
