import {
  createApiClient,
  refresh,
  type BodyOf,
  type ParamsOf,
  type QueryOf,
  type ResponseOf,
  type RouteDef,
} from '@jx/contract';
import { sessionStore } from '../auth/session';

let refreshing: Promise<boolean> | null = null;

/**
 * Gets a new access token from the refresh cookie. Single-flight: concurrent 401s share one refresh,
 * because the server rotates the refresh token and a second concurrent use would look like a replay.
 */
export function refreshSession(): Promise<boolean> {
  refreshing ??= raw
    .call(refresh)
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
});

/** Options of a call, typed from the route's zod schemas. */
export interface RouteCallOptions<R> {
  params?: ParamsOf<R>;
  query?: Partial<QueryOf<R>>;
  body?: BodyOf<R>;
  signal?: AbortSignal;
}

/**
 * Calls a contract route. Same as the contract client's `call`, with option types derived through
 * `ParamsOf`/`QueryOf`/`BodyOf` (the contract's `CallOptions` resolves them to `never` for optional
 * schema properties under strict null checks).
 */
export function call<R extends RouteDef>(route: R, opts?: RouteCallOptions<R>): Promise<ResponseOf<R>> {
  return raw.call(route, opts as never) as Promise<ResponseOf<R>>;
}
