import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  closeAssessmentProcess,
  createAssessmentPeriod,
  deleteAssessmentPeriod,
  listAssessmentPeriods,
  openAssessmentProcess,
  resetAssessmentProcess,
  updateAssessmentPeriod,
  type AssessmentProcess,
  archiveRecord,
  listScoringRows,
  returnRecord,
  reviseRecord,
  saveRecord,
  submitRecord,
  voidRecord,
  type AssessmentRecord,
  type RecordAction,
  type RecordStatus,
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

/** 评分表: the rows a department scores in one period (one page of them), and the record actions on a row. */
export type ScoringQuery = {
  periodId: string;
  assessorUnitId?: string;
  targetTypeId?: string;
  status?: RecordStatus | 'NONE' | 'TODO';
  page: number;
  pageSize: number;
};

export const scoringKeys = {
  all: ['assessment', 'scoring'] as const,
  grid: (q: ScoringQuery) => ['assessment', 'scoring', q] as const,
};

export function useScoringRows(q: ScoringQuery | undefined) {
  return useQuery({
    queryKey: scoringKeys.grid(q ?? { periodId: '', page: 1, pageSize: 100 }),
    queryFn: ({ signal }) => call(listScoringRows, { query: q!, signal }),
    enabled: !!q?.periodId,
    placeholderData: keepPreviousData,
  });
}

/** Saves one row's record (new without a version, else with the version read), without refreshing anything. */
export function saveScoringRecord(body: {
  periodId: string;
  targetId: string;
  assessorUnitId?: string;
  score: string;
  opinion: string | null;
  deductions: { reason: string; points: string }[];
  version?: number;
}): Promise<AssessmentRecord> {
  return call(saveRecord, { body });
}

/** 提交 / 修订 / 归档 / 退档 / 作废 of one record (修订, 退档 and 作废 need a reason), without refreshing anything. */
export function runRecordAction(
  action: Exclude<RecordAction, 'save'>,
  record: Pick<AssessmentRecord, 'id' | 'version'>,
  reason?: string,
): Promise<AssessmentRecord> {
  const params = { id: record.id };
  const version = record.version;
  switch (action) {
    case 'submit':
      return call(submitRecord, { params, body: { version } });
    case 'archive':
      return call(archiveRecord, { params, body: { version } });
    case 'revise':
      return call(reviseRecord, { params, body: { version, reason: reason ?? '' } });
    case 'return':
      return call(returnRecord, { params, body: { version, reason: reason ?? '' } });
    case 'void':
      return call(voidRecord, { params, body: { version, reason: reason ?? '' } });
  }
}
