import { ApiError, createApiClient, refresh, type CallOptions, type QueryOf, type ResponseOf, type RouteDef } from '@jx/contract';
import { sessionStore } from '../auth/session';
import { localizeServerText } from '../locales';

/**
 * The query `call` takes for a route: the input of its query schema (`z.input<typeof route.query>`), every key optional
 * as in `CallOptions` (the schema's defaults fill what is left out).
 */
export type QueryInput<R extends RouteDef> = Partial<QueryOf<R>>;

let refreshing: Promise<boolean> | null = null;

/**
 * Runs one refresh at a time across every tab of this browser. Tabs share the refresh cookie, and the server rotates
 * it on each use: two tabs sending the same cookie at once would look like a stolen token and end the session. Behind
 * the lock, a waiting tab sends the cookie the first tab's refresh has just set. Without Web Locks (plain http on
 * a LAN address is not a secure context) it falls back to this tab's own single flight.
 */
function acrossTabs<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? locks.request('jx-session-refresh', work) : work();
}

/**
 * Gets a new access token from the refresh cookie. Single-flight: concurrent 401s share one refresh,
 * because the server rotates the refresh token and a second concurrent use would look like a replay.
 */
export function refreshSession(): Promise<boolean> {
  refreshing ??= acrossTabs(() => raw.call(refresh))
    .then(
      (res) => {
        sessionStore.applyTokenResponse(res);
        return true;
      },
      () => {
        sessionStore.clear(sessionStore.getState().status === 'authenticated' ? 'expired' : undefined);
        return false;
      },
    )
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

const raw = createApiClient({
  getToken: sessionStore.getToken,
  onUnauthorized: refreshSession,
  localize: localizeServerText,
});

/**
 * What a failed call says about the session, whatever page made it: the server requires a password
 * change or a second factor first (the app then shows only that page), or it locked the account and
 * ended the session (a wrong current password in 修改密码 counts toward the lockout).
 */
function applySessionEffects(route: RouteDef, error: unknown) {
  if (!(error instanceof ApiError)) return;
  if (error.code === 'PASSWORD_CHANGE_REQUIRED') sessionStore.requirePasswordChange();
  else if (error.code === 'MFA_ENROLLMENT_REQUIRED') sessionStore.requireMfaEnrollment();
  else if (error.code === 'ACCOUNT_LOCKED' && error.status === 401 && route.access !== 'public') {
    sessionStore.clear('locked', error.message);
  }
}

/** Calls a contract route: the contract client's `call`, plus the session effects of its errors. */
export async function call<R extends RouteDef>(route: R, opts?: CallOptions<R>): Promise<ResponseOf<R>> {
  try {
    return (await raw.call(route, opts)) as ResponseOf<R>;
  } catch (e) {
    applySessionEffects(route, e);
    throw e;
  }
}
