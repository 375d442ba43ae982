import type { SessionUser } from '@jx/contract';
import { useSessionState } from './session';

/** The signed-in user; only for components rendered inside the authenticated part of the app. */
export function useCurrentUser(): SessionUser {
  const s = useSessionState();
  if (s.status !== 'authenticated') throw new Error('useCurrentUser outside an authenticated session');
  return s.user;
}
