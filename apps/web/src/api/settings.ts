import { useQuery } from '@tanstack/react-query';
import { listSettings, publicSettings, updateSetting } from '@jx/contract';
import { call } from './client';
import { settingKeys } from './keys';
import { useRouteMutation } from './mutation';

export function useSettings() {
  return useQuery({
    queryKey: settingKeys.list(),
    queryFn: ({ signal }) => call(listSettings, { signal }),
  });
}

export const useUpdateSetting = () => useRouteMutation(updateSetting, [settingKeys.all]);

/** The settings every signed-in user may read (report due day, warning thresholds); they rarely change. */
export function usePublicSettings() {
  return useQuery({
    queryKey: settingKeys.public(),
    queryFn: ({ signal }) => call(publicSettings, { signal }),
    staleTime: 5 * 60_000,
  });
}
