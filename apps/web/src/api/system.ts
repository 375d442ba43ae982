import { useQuery } from '@tanstack/react-query';
import { systemInfo } from '@jx/contract';
import { useT } from '../locales';
import { call } from './client';
import { settingKeys } from './keys';

/** Public information about the installation (login page and header). */
export function useSystemInfo() {
  return useQuery({
    queryKey: settingKeys.systemInfo(),
    queryFn: ({ signal }) => call(systemInfo, { signal }),
    staleTime: 5 * 60_000,
  });
}

/** The configured system name (setting `system.name`); the catalogue's name while loading or unreachable. */
export function useSystemName(): string {
  const t = useT();
  const { data } = useSystemInfo();
  return data?.name || t('common.appName');
}
