import type { MenuProps } from 'antd';
import type { Role } from '@jx/contract';
import { canCall } from '../auth/access';
import type { TFunction } from '../locales';
import { MENU_GROUP_TITLES, PAGE_ROUTES, type MenuGroup, type PageRoute } from '../routes';

type MenuItem = NonNullable<MenuProps['items']>[number];

/** The pages whose menu entry these roles see. */
export function visibleMenuRoutes(roles: readonly Role[]): PageRoute[] {
  const work = PAGE_ROUTES.filter((r) => r.menu === 'main' && canCall(r.menuGate ?? r.gate, roles));
  const hasWorkPages = work.some((r) => r.path !== '/');
  const personal = hasWorkPages ? [] : PAGE_ROUTES.filter((r) => r.menu === 'personal' && canCall(r.gate, roles));
  return [...work, ...personal];
}

/** Side-menu items built from the route table and the user's roles, grouped by area. */
export function buildMenuItems(roles: readonly Role[], t: TFunction): MenuItem[] {
  const routes = visibleMenuRoutes(roles);
  const item = (r: PageRoute): MenuItem => ({ key: r.path, icon: r.icon, label: t(r.titleKey), title: t(r.titleKey) });
  const items: MenuItem[] = routes.filter((r) => !r.group).map(item);
  const groups: MenuGroup[] = ['targets', 'assessment', 'base', 'system', 'audit'];
  const grouped: MenuItem[] = [];
  for (const g of groups) {
    const children = routes.filter((r) => r.group === g).map(item);
    if (children.length) grouped.push({ type: 'group', key: `group-${g}`, label: t(MENU_GROUP_TITLES[g]), children });
  }
  // Home first, then the groups, then personal entries.
  const home = items.filter((i) => i?.key === '/');
  const rest = items.filter((i) => i?.key !== '/');
  return [...home, ...grouped, ...rest];
}

/** The menu key of the current location (longest matching page path). */
export function selectedMenuKey(pathname: string): string {
  const match = PAGE_ROUTES.map((r) => r.path)
    .filter((p) => (p === '/' ? pathname === '/' : pathname === p || pathname.startsWith(`${p}/`)))
    .sort((a, b) => b.length - a.length)[0];
  return match ?? pathname;
}
