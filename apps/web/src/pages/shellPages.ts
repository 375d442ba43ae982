import { lazy } from 'react';

// Pages the shell shows only now and then (403, 404, the forced security steps): loaded when first shown, so the
// login page and the layout do not ship antd Result and Steps.
export const ForbiddenPage = lazy(() => import('./exception/ForbiddenPage'));
export const NotFoundPage = lazy(() => import('./exception/NotFoundPage'));
export const ForcedPasswordChangePage = lazy(() => import('./password/ForcedPasswordChangePage').then((m) => ({ default: m.ForcedPasswordChangePage })));
export const ForcedMfaEnrollmentPage = lazy(() => import('./security/ForcedMfaEnrollmentPage').then((m) => ({ default: m.ForcedMfaEnrollmentPage })));
