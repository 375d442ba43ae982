import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  closeOrder,
  createComment,
  createOrder,
  listComments,
  listOrders,
  listOrderUrges,
  listTargetReports,
  rejectOrder,
  respondOrder,
  urgeOrder,
} from '@jx/contract';
import { call, type QueryInput } from './client';
import { notificationKeys, supervisionKeys } from './keys';
import { useRouteMutation } from './mutation';

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

/** 督办单 in the caller's scope (a unit sees its own), due date first, with the counts per status and overdue. */
export function useOrders(query: QueryInput<typeof listOrders>, enabled = true) {
  return useQuery({
    queryKey: supervisionKeys.orders(query),
    queryFn: ({ signal }) => call(listOrders, { query, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

// Every change also creates messages for the unit or the issuer: refresh the bell too.
const AFTER_CHANGE = [supervisionKeys.all, notificationKeys.all] as const;

export const useCreateComment = () => useRouteMutation(createComment, AFTER_CHANGE);
export const useCreateOrder = () => useRouteMutation(createOrder, AFTER_CHANGE);
export const useRespondOrder = () => useRouteMutation(respondOrder, AFTER_CHANGE);
export const useCloseOrder = () => useRouteMutation(closeOrder, AFTER_CHANGE);
export const useRejectOrder = () => useRouteMutation(rejectOrder, AFTER_CHANGE);
export const useUrgeOrder = () => useRouteMutation(urgeOrder, AFTER_CHANGE);

/** The order's 催办 history, oldest first (only fetched once it has been urged). */
export function useOrderUrges(orderId: string, enabled: boolean) {
  return useQuery({
    queryKey: supervisionKeys.urges(orderId),
    queryFn: ({ signal }) => call(listOrderUrges, { params: { id: orderId }, signal }),
    enabled,
  });
}
