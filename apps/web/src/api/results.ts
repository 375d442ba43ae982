import { useQuery } from '@tanstack/react-query';
import {
  acceptAppeal,
  fileAppeal,
  getBulletin,
  getBulletinReceipt,
  getResultReceipt,
  getResultSet,
  getSummaryRun,
  listAppeals,
  listBulletins,
  listHolidays,
  listMyResults,
  publishResultSet,
  rejectAppeal,
  setHolidays,
  startSummaryRun,
  waiveMissingInput,
  withdrawWaiver,
  type AppealStatus,
} from '@jx/contract';
import { call } from './client';
import { useRouteMutation } from './mutation';

/** 汇总结果, 考核通报, 申诉 (decision 0019). */
export const resultKeys = {
  all: ['results'] as const,
  set: (periodId: string) => ['results', 'set', periodId] as const,
  run: (runId: string) => ['results', 'run', runId] as const,
  receipt: (resultSetId: string, unitId: string) => ['results', 'receipt', resultSetId, unitId] as const,
  bulletins: ['results', 'bulletins'] as const,
  appeals: ['results', 'appeals'] as const,
};

export function useResultSet(periodId: string | undefined) {
  return useQuery({
    queryKey: resultKeys.set(periodId ?? ''),
    queryFn: ({ signal }) => call(getResultSet, { query: { periodId: periodId! }, signal }),
    enabled: !!periodId,
  });
}

/** A summary run, polled every second while it is queued or running. */
export function useSummaryRun(runId: string | undefined) {
  return useQuery({
    queryKey: resultKeys.run(runId ?? ''),
    queryFn: ({ signal }) => call(getSummaryRun, { params: { id: runId! }, signal }),
    enabled: !!runId,
    refetchInterval: (q) => (q.state.data && (q.state.data.status === 'SUCCEEDED' || q.state.data.status === 'FAILED') ? false : 1000),
  });
}

export function useResultReceipt(resultSetId: string, unitId: string) {
  return useQuery({
    queryKey: resultKeys.receipt(resultSetId, unitId),
    queryFn: ({ signal }) => call(getResultReceipt, { params: { id: resultSetId, unitId }, signal }),
    enabled: !!resultSetId && !!unitId,
  });
}

export function useBulletins(q: { yearId?: string; periodId?: string; categoryId?: string; allVersions?: boolean }) {
  return useQuery({
    queryKey: [...resultKeys.bulletins, 'list', q],
    queryFn: ({ signal }) =>
      call(listBulletins, {
        query: {
          ...(q.yearId ? { yearId: q.yearId } : {}),
          ...(q.periodId ? { periodId: q.periodId } : {}),
          ...(q.categoryId ? { categoryId: q.categoryId } : {}),
          ...(q.allVersions ? { allVersions: 'true' as const } : {}),
        },
        signal,
      }),
  });
}

export function useBulletin(id: string) {
  return useQuery({ queryKey: [...resultKeys.bulletins, id], queryFn: ({ signal }) => call(getBulletin, { params: { id }, signal }) });
}

export function useBulletinReceipt(id: string, unitId: string) {
  return useQuery({
    queryKey: [...resultKeys.bulletins, id, 'receipt', unitId],
    queryFn: ({ signal }) => call(getBulletinReceipt, { params: { id, unitId }, signal }),
  });
}

export function useMyResults(enabled = true) {
  return useQuery({ queryKey: [...resultKeys.bulletins, 'mine'], queryFn: ({ signal }) => call(listMyResults, { signal }), enabled });
}

export function useAppeals(q: { status?: AppealStatus; bulletinId?: string; page?: number; pageSize?: number }, enabled = true) {
  return useQuery({
    queryKey: [...resultKeys.appeals, q],
    queryFn: ({ signal }) =>
      call(listAppeals, {
        query: {
          page: String(q.page ?? 1),
          pageSize: String(q.pageSize ?? 20),
          ...(q.status ? { status: q.status } : {}),
          ...(q.bulletinId ? { bulletinId: q.bulletinId } : {}),
        },
        signal,
      }),
    enabled,
  });
}

export function useHolidays(year: number) {
  return useQuery({ queryKey: ['results', 'holidays', year], queryFn: ({ signal }) => call(listHolidays, { query: { year: String(year) }, signal }) });
}

export const useStartSummaryRun = () => useRouteMutation(startSummaryRun, [resultKeys.all]);
export const useWaive = () => useRouteMutation(waiveMissingInput, [resultKeys.all]);
export const useUnwaive = () => useRouteMutation(withdrawWaiver, [resultKeys.all]);
export const usePublishResultSet = () => useRouteMutation(publishResultSet, [resultKeys.all]);
export const useFileAppeal = () => useRouteMutation(fileAppeal, [resultKeys.all]);
export const useAcceptAppeal = () => useRouteMutation(acceptAppeal, [resultKeys.all]);
export const useRejectAppeal = () => useRouteMutation(rejectAppeal, [resultKeys.all]);
export const useSetHolidays = () => useRouteMutation(setHolidays, [['results', 'holidays']]);
