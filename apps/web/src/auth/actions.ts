import { changePassword, login, logout, type BodyOf } from '@jx/contract';
import { call, refreshSession } from '../api/client';
import { queryClient } from '../api/queryClient';
import { sessionStore } from './session';

let bootstrapped = false;

/** On page load: trade the httpOnly refresh cookie for an access token, or show the login page. */
export function bootstrapSession(): void {
  if (bootstrapped) return;
  bootstrapped = true;
  void refreshSession();
}

export async function signIn(body: BodyOf<typeof login>): Promise<void> {
  const res = await call(login, { body });
  queryClient.clear();
  sessionStore.applyTokenResponse(res);
}

export async function signOut(): Promise<void> {
  try {
    if (sessionStore.getToken()) await call(logout);
  } catch {
    // The session is ended locally whatever the server says.
  } finally {
    sessionStore.clear('logout');
    queryClient.clear();
  }
}

export async function changeOwnPassword(body: BodyOf<typeof changePassword>): Promise<void> {
  const res = await call(changePassword, { body });
  sessionStore.applyTokenResponse(res);
  await queryClient.invalidateQueries();
}
