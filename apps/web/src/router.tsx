import { lazy } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RouteErrorPage } from './pages/exception/RouteErrorPage';
import { loadSignedInApp } from './signedInApp';

const LoginPage = lazy(() => import('./pages/login/LoginPage'));
const AuthenticatedApp = lazy(loadSignedInApp);

/** The login page, and every other path to the signed-in app, which matches its own routes (AuthenticatedApp). */
export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage />, ErrorBoundary: RouteErrorPage },
  { path: '*', element: <AuthenticatedApp />, ErrorBoundary: RouteErrorPage },
];

export const router = createBrowserRouter(routes);
