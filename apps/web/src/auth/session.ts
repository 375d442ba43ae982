import { useSyncExternalStore } from 'react';
import type { SessionUser, TokenResponse } from '@jx/contract';
import type { z } from 'zod';

export type SessionUserT = SessionUser;
export type TokenResponseT = z.output<typeof TokenResponse>;

/** Why the user is signed out: signed out, session ended or expired, account locked by wrong passwords. */
export type AnonymousReason = 'logout' | 'expired' | 'locked';

export type SessionState =
  { status: 'loading' } | { status: 'anonymous'; reason?: AnonymousReason; message?: string } | { status: 'authenticated'; user: SessionUser };

/**
 * The access token lives only in this module's memory: never in localStorage, sessionStorage or a JS
 * cookie. A page load gets a fresh one from the httpOnly refresh cookie (POST /api/auth/refresh).
 */
let accessToken: string | null = null;

/**
 * A flag, not a secret: set while this browser holds a session, so a fresh visitor's page load does not ask
 * /api/auth/refresh (and log its 401) when there is no refresh cookie to trade.
 */
const SESSION_MARKER = 'jx.session';

function markSession(present: boolean) {
  try {
    if (present) localStorage.setItem(SESSION_MARKER, '1');
    else localStorage.removeItem(SESSION_MARKER);
  } catch {
    // Storage may be unavailable (private mode): the page load then always tries the refresh.
  }
}

export function mayHaveSession(): boolean {
  try {
    return localStorage.getItem(SESSION_MARKER) !== null;
  } catch {
    return true;
  }
}

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
    markSession(true);
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
  /** Marks the current user as having to set up a second factor first (server said MFA_ENROLLMENT_REQUIRED). */
  requireMfaEnrollment() {
    if (state.status === 'authenticated' && !state.user.mfaEnrollmentRequired) {
      emit({ status: 'authenticated', user: { ...state.user, mfaEnrollmentRequired: true } });
    }
  },
  /** Ends the session locally; `message` is the server's explanation shown on the login page. */
  clear(reason?: AnonymousReason, message?: string) {
    accessToken = null;
    markSession(false);
    emit(reason ? { status: 'anonymous', reason, ...(message ? { message } : {}) } : { status: 'anonymous' });
  },
};

export function useSessionState(): SessionState {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.getState, sessionStore.getState);
}
