import { useQuery } from '@tanstack/react-query';
import { listSettings, updateSetting } from '@jx/contract';
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
