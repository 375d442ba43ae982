import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { createAnnouncement, deleteAnnouncement, listAnnouncements, publishAnnouncement, updateAnnouncement, withdrawAnnouncement } from '@jx/contract';
import { call, type QueryInput } from './client';
import { announcementKeys } from './keys';
import { useRouteMutation } from './mutation';

export function useAnnouncements(query: QueryInput<typeof listAnnouncements>, enabled = true) {
  return useQuery({
    queryKey: announcementKeys.list(query),
    queryFn: ({ signal }) => call(listAnnouncements, { query, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export const useCreateAnnouncement = () => useRouteMutation(createAnnouncement, [announcementKeys.all]);
export const useUpdateAnnouncement = () => useRouteMutation(updateAnnouncement, [announcementKeys.all]);
export const usePublishAnnouncement = () => useRouteMutation(publishAnnouncement, [announcementKeys.all]);
export const useWithdrawAnnouncement = () => useRouteMutation(withdrawAnnouncement, [announcementKeys.all]);
export const useDeleteAnnouncement = () => useRouteMutation(deleteAnnouncement, [announcementKeys.all]);
