import { App as AntApp } from 'antd';
import { QueryClientProvider } from '@tanstack/react-query';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useRoutes, type RouteObject } from 'react-router';
import { queryClient } from './api/queryClient';
import { RequireAccess, RequireSession } from './auth/guards';
import { useI18n } from './locales';
import { ForbiddenPage, NotFoundPage } from './pages/shellPages';
import { PAGE_ROUTES } from './routes';

const pageRoutes: RouteObject[] = PAGE_ROUTES.map((r) => {
  const Page = r.page;
  const element = (
    <RequireAccess gate={r.gate}>
      <Page />
    </RequireAccess>
  );
  return r.path === '/' ? { index: true, element } : { path: r.path.slice(1), element };
});

const sessionRoutes: RouteObject[] = [
  {
    element: <RequireSession />,
    children: [...pageRoutes, { path: '403', element: <ForbiddenPage /> }, { path: '*', element: <NotFoundPage /> }],
  },
];

/**
 * Everything behind the sign-in: the session guard, the layout and every page, matched as descendant routes of the
 * router's `*` route, with the query cache, antd's App (message, modal, notification) and dates in the user's language.
 * The router loads this module only for a path other than /login, so the login page renders without any of it (the
 * shell, the page table with its icons and the contract routes it names, the menu, react-query, antd's message and
 * modal) and then fetches it in the background.
 */
export default function AuthenticatedApp() {
  const { locale } = useI18n();
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  const routes = useRoutes(sessionRoutes);
  return (
    <QueryClientProvider client={queryClient}>
      <AntApp>{routes}</AntApp>
    </QueryClientProvider>
  );
}
