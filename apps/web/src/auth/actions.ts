import { changePassword, login, logout, totpDisable, totpEnable, totpSetup, type BodyOf } from '@jx/contract';
import { call, refreshSession } from '../api/client';
import { mayHaveSession, sessionStore } from './session';

/**
 * The query cache. It comes with the signed-in app: the login page does without react-query, so the first sign-in
 * fetches it here (the app is about to need it) and a later one finds it loaded.
 */
const queryCache = () => import('../api/queryClient').then((m) => m.queryClient);

let bootstrapped = false;

/** On page load: trade the httpOnly refresh cookie for an access token, or show the login page. */
export function bootstrapSession(): void {
  if (bootstrapped) return;
  bootstrapped = true;
  if (mayHaveSession()) void refreshSession();
  else sessionStore.clear();
}

/** Username and password, plus `totpCode` when the account has a second factor (else 401 MFA_REQUIRED). */
export async function signIn(body: BodyOf<typeof login>): Promise<void> {
  const res = await call(login, { body });
  (await queryCache()).clear();
  sessionStore.applyTokenResponse(res);
}

export async function signOut(): Promise<void> {
  try {
    if (sessionStore.getToken()) await call(logout);
  } catch {
    // The session is ended locally whatever the server says.
  }
  sessionStore.clear('logout');
  (await queryCache()).clear();
}

export async function changeOwnPassword(body: BodyOf<typeof changePassword>): Promise<void> {
  const res = await call(changePassword, { body });
  sessionStore.applyTokenResponse(res);
  await (await queryCache()).invalidateQueries();
}

/** Step 1 of binding a second factor: a new pending secret and its QR code (not in force until confirmed). */
export function startTotpSetup() {
  return call(totpSetup);
}

/** Step 2: a code from the authenticator app confirms the binding; the session user is updated. */
export async function enableTotp(body: BodyOf<typeof totpEnable>): Promise<void> {
  sessionStore.setUser(await call(totpEnable, { body }));
  await (await queryCache()).invalidateQueries();
}

/** Removes the second factor (password and a current code). A role that requires one is then forced to bind again. */
export async function disableTotp(body: BodyOf<typeof totpDisable>): Promise<void> {
  sessionStore.setUser(await call(totpDisable, { body }));
  await (await queryCache()).invalidateQueries();
}
