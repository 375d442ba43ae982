import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import {
  AimOutlined,
  BellOutlined,
  ApartmentOutlined,
  CheckSquareOutlined,
  FlagOutlined,
  AuditOutlined,
  ClusterOutlined,
  DeploymentUnitOutlined,
  HomeOutlined,
  IdcardOutlined,
  KeyOutlined,
  LoginOutlined,
  NotificationOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import {
  approveTarget,
  createAnnouncement,
  createTarget,
  getTarget,
  listSpecialTasks,
  listTargets,
  createCategory,
  createIndicator,
  createUnit,
  listAccounts,
  listAnnouncements,
  listAuditEvents,
  listIndicators,
  listLoginEvents,
  listNotifications,
  listWarnings,
  listPersons,
  listSettings,
  me,
  onboardPerson,
  type RouteDef,
} from '@jx/contract';
import type { MessageKey } from './locales';

export type MenuGroup = 'targets' | 'base' | 'system' | 'audit';

export interface PageRoute {
  path: string;
  titleKey: MessageKey;
  icon: ReactNode;
  page: LazyExoticComponent<ComponentType>;
  /** The contract route the page cannot work without: its access list decides who may open the page. */
  gate: RouteDef;
  /** The route whose access list decides who sees the menu entry (default: `gate`). */
  menuGate?: RouteDef;
  group?: MenuGroup;
  /** `personal`: shown in the side menu only to users who have no work pages (it is always in the user dropdown). */
  menu: 'main' | 'personal' | false;
}

/** Every page of the app. The router and the side menu are both built from this table. */
export const PAGE_ROUTES: readonly PageRoute[] = [
  {
    path: '/',
    titleKey: 'common.menu.home',
    icon: <HomeOutlined />,
    page: lazy(() => import('./pages/home/HomePage')),
    gate: listAnnouncements,
    menu: 'main',
  },
  {
    path: '/targets',
    titleKey: 'targets.menu',
    icon: <AimOutlined />,
    page: lazy(() => import('./pages/targets/TargetsPage')),
    gate: listTargets,
    group: 'targets',
    menu: 'main',
  },
  {
    path: '/targets/review',
    titleKey: 'targets.menuReview',
    icon: <CheckSquareOutlined />,
    page: lazy(() => import('./pages/targets/ReviewQueuePage')),
    gate: approveTarget,
    group: 'targets',
    menu: 'main',
  },
  {
    path: '/special-tasks',
    titleKey: 'targets.menuSpecial',
    icon: <FlagOutlined />,
    page: lazy(() => import('./pages/targets/SpecialTasksPage')),
    gate: listSpecialTasks,
    group: 'targets',
    menu: 'main',
  },
  {
    path: '/warnings',
    titleKey: 'warnings.menu',
    icon: <WarningOutlined />,
    page: lazy(() => import('./pages/warnings/WarningsPage')),
    gate: listWarnings,
    group: 'targets',
    menu: 'main',
  },
  {
    path: '/targets/new',
    titleKey: 'targets.form.createTitle',
    icon: <AimOutlined />,
    page: lazy(() => import('./pages/targets/TargetFormPage')),
    gate: createTarget,
    menu: false,
  },
  {
    path: '/targets/:id/edit',
    titleKey: 'targets.form.editTitle',
    icon: <AimOutlined />,
    page: lazy(() => import('./pages/targets/TargetFormPage')),
    gate: createTarget,
    menu: false,
  },
  {
    path: '/targets/:id',
    titleKey: 'targets.detail.title',
    icon: <AimOutlined />,
    page: lazy(() => import('./pages/targets/TargetDetailPage')),
    gate: getTarget,
    menu: false,
  },
  {
    path: '/admin/units',
    titleKey: 'common.menu.units',
    icon: <ApartmentOutlined />,
    page: lazy(() => import('./pages/units/UnitsPage')),
    gate: createUnit,
    group: 'base',
    menu: 'main',
  },
  {
    path: '/admin/categories',
    titleKey: 'common.menu.categories',
    icon: <ClusterOutlined />,
    page: lazy(() => import('./pages/categories/CategoriesPage')),
    gate: createCategory,
    group: 'base',
    menu: 'main',
  },
  {
    path: '/framework',
    titleKey: 'framework.menu',
    icon: <DeploymentUnitOutlined />,
    page: lazy(() => import('./pages/framework/FrameworkPage')),
    // Every business role may open it read-only; the menu shows it to the framework editors.
    gate: listIndicators,
    menuGate: createIndicator,
    group: 'base',
    menu: 'main',
  },
  {
    path: '/admin/persons',
    titleKey: 'common.menu.persons',
    icon: <TeamOutlined />,
    page: lazy(() => import('./pages/persons/PersonsPage')),
    // Every person reader may open the page (read-only unless SYS_ADMIN); the menu shows it to SYS_ADMIN for now.
    gate: listPersons,
    menuGate: onboardPerson,
    group: 'base',
    menu: 'main',
  },
  {
    path: '/admin/accounts',
    titleKey: 'common.menu.accounts',
    icon: <IdcardOutlined />,
    page: lazy(() => import('./pages/accounts/AccountsPage')),
    gate: listAccounts,
    group: 'system',
    menu: 'main',
  },
  {
    path: '/admin/announcements',
    titleKey: 'common.menu.announcements',
    icon: <NotificationOutlined />,
    page: lazy(() => import('./pages/announcements/AnnouncementsPage')),
    gate: createAnnouncement,
    group: 'system',
    menu: 'main',
  },
  {
    path: '/admin/settings',
    titleKey: 'common.menu.settings',
    icon: <SettingOutlined />,
    page: lazy(() => import('./pages/settings/SettingsPage')),
    gate: listSettings,
    group: 'system',
    menu: 'main',
  },
  {
    path: '/audit/events',
    titleKey: 'common.menu.auditEvents',
    icon: <AuditOutlined />,
    page: lazy(() => import('./pages/audit/events/AuditEventsPage')),
    gate: listAuditEvents,
    group: 'audit',
    menu: 'main',
  },
  {
    path: '/audit/logins',
    titleKey: 'common.menu.auditLogins',
    icon: <LoginOutlined />,
    page: lazy(() => import('./pages/audit/logins/LoginEventsPage')),
    gate: listLoginEvents,
    group: 'audit',
    menu: 'main',
  },
  {
    path: '/notifications',
    titleKey: 'notifications.title',
    icon: <BellOutlined />,
    page: lazy(() => import('./pages/notifications/NotificationsPage')),
    gate: listNotifications,
    menu: false,
  },
  {
    path: '/account/password',
    titleKey: 'common.menu.changePassword',
    icon: <KeyOutlined />,
    page: lazy(() => import('./pages/password/ChangePasswordPage')),
    gate: me,
    menu: 'personal',
  },
  {
    path: '/account/security',
    titleKey: 'common.menu.security',
    icon: <SafetyCertificateOutlined />,
    page: lazy(() => import('./pages/security/SecurityPage')),
    gate: me,
    menu: 'personal',
  },
];

export const MENU_GROUP_TITLES: Record<MenuGroup, MessageKey> = {
  targets: 'targets.menuGroup',
  base: 'common.menu.groupAdmin',
  system: 'common.menu.groupSystem',
  audit: 'common.menu.groupAudit',
};
