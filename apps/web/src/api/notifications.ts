import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { listNotifications, readAllNotifications, readNotification, unreadNotificationCount } from '@jx/contract';
import { call, type QueryInput } from './client';
import { notificationKeys } from './keys';
import { useRouteMutation } from './mutation';

export function useNotifications(query: QueryInput<typeof listNotifications>, opts?: { enabled?: boolean }) {
  return useQuery({
    queryKey: notificationKeys.list(query),
    queryFn: ({ signal }) => call(listNotifications, { query, signal }),
    placeholderData: keepPreviousData,
    enabled: opts?.enabled ?? true,
  });
}

/** The unread count: refetched every minute and when the window regains focus. */
export function useUnreadNotificationCount() {
  return useQuery({
    queryKey: notificationKeys.unreadCount(),
    queryFn: ({ signal }) => call(unreadNotificationCount, { signal }),
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
    staleTime: 0,
  });
}

export const useReadNotification = () => useRouteMutation(readNotification, [notificationKeys.all]);
export const useReadAllNotifications = () => useRouteMutation(readAllNotifications, [notificationKeys.all]);
