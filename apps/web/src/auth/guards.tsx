import { Suspense, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { RouteDef } from '@jx/contract';
import { FullPageSpin } from '../components/FullPageSpin';
import { BasicLayout, PageFallback } from '../layouts/BasicLayout';
import { ForbiddenPage, ForcedMfaEnrollmentPage, ForcedPasswordChangePage } from '../pages/shellPages';
import { canCall } from './access';
import { useSessionState } from './session';
import { useCurrentUser } from './useCurrentUser';

/**
 * The authenticated app: waits for the session (refresh cookie), sends the anonymous to the login
 * page, shows nothing but the password change while one is required, then nothing but the binding
 * of a second factor while one is required, else the layout.
 */
export function RequireSession() {
  const session = useSessionState();
  const location = useLocation();
  if (session.status === 'loading') return <FullPageSpin />;
  if (session.status === 'anonymous') {
    return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  if (session.user.mustChangePassword || session.user.passwordExpired) {
    return (
      <Suspense fallback={<FullPageSpin />}>
        <ForcedPasswordChangePage user={session.user} />
      </Suspense>
    );
  }
  if (session.user.mfaEnrollmentRequired) {
    return (
      <Suspense fallback={<FullPageSpin />}>
        <ForcedMfaEnrollmentPage user={session.user} />
      </Suspense>
    );
  }
  return <BasicLayout user={session.user} />;
}

/** Renders the page only when the user's roles may call the page's gate route; else a 403 page. */
export function RequireAccess({ gate, children }: { gate: RouteDef; children: ReactNode }) {
  const user = useCurrentUser();
  return <Suspense fallback={<PageFallback />}>{canCall(gate, user.roles) ? children : <ForbiddenPage />}</Suspense>;
}
