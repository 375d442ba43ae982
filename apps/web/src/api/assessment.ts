import { useQuery } from '@tanstack/react-query';
import {
  closeAssessmentProcess,
  createAssessmentPeriod,
  deleteAssessmentPeriod,
  listAssessmentPeriods,
  openAssessmentProcess,
  resetAssessmentProcess,
  updateAssessmentPeriod,
  type AssessmentProcess,
} from '@jx/contract';
import { call } from './client';
import { useRouteMutation } from './mutation';

/** 考核时机 and 考核流程: a year's periods with their processes (and completeness per assessing department). */
export const assessmentKeys = {
  all: ['assessment'] as const,
  periods: (yearId: string) => ['assessment', 'periods', yearId] as const,
};

export function useAssessmentPeriods(yearId: string | undefined) {
  return useQuery({
    queryKey: assessmentKeys.periods(yearId ?? ''),
    queryFn: async ({ signal }) => (await call(listAssessmentPeriods, { query: { yearId: yearId ?? '' }, signal })).items,
    enabled: !!yearId,
  });
}

export const useCreateAssessmentPeriod = () => useRouteMutation(createAssessmentPeriod, [assessmentKeys.all]);
export const useUpdateAssessmentPeriod = () => useRouteMutation(updateAssessmentPeriod, [assessmentKeys.all]);
export const useDeleteAssessmentPeriod = () => useRouteMutation(deleteAssessmentPeriod, [assessmentKeys.all]);
export const useOpenAssessmentProcess = () => useRouteMutation(openAssessmentProcess, [assessmentKeys.all]);
export const useCloseAssessmentProcess = () => useRouteMutation(closeAssessmentProcess, [assessmentKeys.all]);
export const useResetAssessmentProcess = () => useRouteMutation(resetAssessmentProcess, [assessmentKeys.all]);

/**
 * 开启 or 关闭 one process with the version the user saw, without refreshing anything (全部开启 / 全部关闭 run it on each
 * process in turn and refresh once at the end). A close is never confirmed here: unsubmitted records refuse it.
 */
export function runProcessAction(action: 'open' | 'close', process: Pick<AssessmentProcess, 'id' | 'version'>): Promise<AssessmentProcess> {
  const params = { id: process.id };
  return action === 'open'
    ? call(openAssessmentProcess, { params, body: { version: process.version } })
    : call(closeAssessmentProcess, { params, body: { version: process.version, confirmUnsubmitted: false } });
}
