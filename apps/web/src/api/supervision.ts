import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import {
  closeOrder,
  createComment,
  createOrder,
  listComments,
  listOrders,
  listTargetReports,
  rejectOrder,
  respondOrder,
  SUPERVISION_STATUSES,
  type SupervisionStatus,
} from '@jx/contract';
import { call } from './client';
import { notificationKeys, supervisionKeys } from './keys';
import { useRouteMutation } from './mutation';

export interface OrderQuery {
  page?: number;
  pageSize?: number;
  status?: SupervisionStatus;
  yearId?: string;
  unitId?: string;
  targetId?: string;
}

/** 领导点评 of a target and its reports, oldest first. */
export function useComments(targetId: string) {
  return useQuery({
    queryKey: supervisionKeys.comments(targetId),
    queryFn: ({ signal }) => call(listComments, { params: { id: targetId }, signal }),
  });
}

/** The target's progress reports: the periods a comment or an order may refer to. */
export function useTargetReportPeriods(targetId: string, enabled = true) {
  return useQuery({
    queryKey: supervisionKeys.targetReports(targetId),
    queryFn: ({ signal }) => call(listTargetReports, { params: { id: targetId }, signal }),
    enabled,
  });
}

/** 督办单 in the caller's scope (a unit sees its own), due date first. */
export function useOrders(query: OrderQuery, enabled = true) {
  return useQuery({
    queryKey: supervisionKeys.orders(query),
    queryFn: ({ signal }) => call(listOrders, { query: query as never, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** How many orders of each status match the other filters (one tiny page per status). */
export function useOrderCounts(query: Omit<OrderQuery, 'status' | 'page' | 'pageSize'>, enabled = true) {
  const results = useQueries({
    queries: SUPERVISION_STATUSES.map((status) => {
      const q = { ...query, status, page: 1, pageSize: 1 };
      return {
        queryKey: supervisionKeys.orders(q),
        queryFn: ({ signal }: { signal: AbortSignal }) => call(listOrders, { query: q as never, signal }),
        enabled,
      };
    }),
  });
  const counts = Object.fromEntries(SUPERVISION_STATUSES.map((s, i) => [s, results[i]?.data?.total])) as Record<SupervisionStatus, number | undefined>;
  return { counts, isLoading: results.some((r) => r.isLoading) };
}

// Every change also creates messages for the unit or the issuer: refresh the bell too.
const AFTER_CHANGE = [supervisionKeys.all, notificationKeys.all] as const;

export const useCreateComment = () => useRouteMutation(createComment, AFTER_CHANGE);
export const useCreateOrder = () => useRouteMutation(createOrder, AFTER_CHANGE);
export const useRespondOrder = () => useRouteMutation(respondOrder, AFTER_CHANGE);
export const useCloseOrder = () => useRouteMutation(closeOrder, AFTER_CHANGE);
export const useRejectOrder = () => useRouteMutation(rejectOrder, AFTER_CHANGE);
