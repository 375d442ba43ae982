import { useEffect, useState } from 'react';
import { systemInfo } from '@jx/contract';
import { call } from '../../api/client';
import { useT } from '../../locales';

/**
 * The configured system name (setting `system.name`) for the login page; the catalogue's name while loading or
 * unreachable. Fetched without react-query, which comes with the signed-in app (its header reads `useSystemName`).
 */
export function useSignInSystemName(): string {
  const t = useT();
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    const request = new AbortController();
    call(systemInfo, { signal: request.signal }).then(
      (info) => setName(info.name),
      () => undefined, // unreachable: the catalogue's name stays
    );
    return () => request.abort();
  }, []);
  return name || t('common.appName');
}
