import { useSyncExternalStore } from 'react';
import type { SessionUser, TokenResponse } from '@jx/contract';
import type { z } from 'zod';

export type SessionUserT = SessionUser;
export type TokenResponseT = z.output<typeof TokenResponse>;

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous'; reason?: 'logout' | 'expired' }
  | { status: 'authenticated'; user: SessionUser };

/**
 * The access token lives only in this module's memory: never in localStorage, sessionStorage or a JS
 * cookie. A page load gets a fresh one from the httpOnly refresh cookie (POST /api/auth/refresh).
 */
let accessToken: string | null = null;
let state: SessionState = { status: 'loading' };
const listeners = new Set<() => void>();

function emit(next: SessionState) {
  state = next;
  for (const l of listeners) l();
}

export const sessionStore = {
  getToken: (): string | null => accessToken,
  getState: (): SessionState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  applyTokenResponse(res: TokenResponseT) {
    accessToken = res.accessToken;
    emit({ status: 'authenticated', user: res.user });
  },
  setUser(user: SessionUser) {
    emit({ status: 'authenticated', user });
  },
  /** Marks the current user as having to change the password (server said PASSWORD_CHANGE_REQUIRED). */
  requirePasswordChange() {
    if (state.status === 'authenticated' && !state.user.mustChangePassword) {
      emit({ status: 'authenticated', user: { ...state.user, mustChangePassword: true } });
    }
  },
  clear(reason?: 'logout' | 'expired') {
    accessToken = null;
    emit(reason ? { status: 'anonymous', reason } : { status: 'anonymous' });
  },
};

export function useSessionState(): SessionState {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.getState, sessionStore.getState);
}
