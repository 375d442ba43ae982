import { lazy } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAccess, RequireSession } from './auth/guards';
import { RouteErrorPage } from './pages/exception/RouteErrorPage';
import { ForbiddenPage, NotFoundPage } from './pages/shellPages';
import { PAGE_ROUTES } from './routes';

const LoginPage = lazy(() => import('./pages/login/LoginPage'));

const pageRoutes: RouteObject[] = PAGE_ROUTES.map((r) => {
  const Page = r.page;
  const element = (
    <RequireAccess gate={r.gate}>
      <Page />
    </RequireAccess>
  );
  return r.path === '/' ? { index: true, element } : { path: r.path.slice(1), element };
});

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage />, ErrorBoundary: RouteErrorPage },
  {
    path: '/',
    element: <RequireSession />,
    ErrorBoundary: RouteErrorPage,
    children: [...pageRoutes, { path: '403', element: <ForbiddenPage /> }, { path: '*', element: <NotFoundPage /> }],
  },
];

export const router = createBrowserRouter(routes);
