import { Suspense, useEffect, useMemo, useState } from 'react';
import { Button, Drawer, Flex, Layout, Spin, theme } from 'antd';
import { MenuFoldOutlined, MenuOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Outlet, useLocation, useNavigate } from 'react-router';
import type { SessionUser } from '@jx/contract';
import { useSystemName } from '../api/system';
import { usePhone } from '../hooks/usePhone';
import { useT } from '../locales';
import { AppMenu } from './AppMenu';
import { HeaderUser } from './HeaderUser';
import { LanguageSwitch } from './LanguageSwitch';
import { PAGE_ROUTES } from '../routes';
import { buildMenuItems, selectedMenuKey } from './menu';

export function PageFallback() {
  return (
    <Flex justify="center" align="center" style={{ minHeight: 240 }}>
      <Spin size="large" />
    </Flex>
  );
}

/**
 * Side menu from the user's roles, header with system name and the user, content below. Below antd's `md` breakpoint
 * (phones) the menu is a drawer opened from the header and the header keeps only the short name, the bell and the user.
 */
export function BasicLayout({ user }: { user: SessionUser }) {
  const t = useT();
  const systemName = useSystemName();
  const navigate = useNavigate();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const mobile = usePhone();
  const { token } = theme.useToken();
  const items = useMemo(() => buildMenuItems(user.roles, t), [user.roles, t]);
  const selectedKey = selectedMenuKey(location.pathname);
  const page = PAGE_ROUTES.find((r) => r.path === selectedKey);
  const pageTitle = page ? t(page.titleKey) : null;

  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} - ${systemName}` : systemName;
  }, [pageTitle, systemName]);

  return (
    <Layout className="app-layout">
      {mobile ? (
        <Drawer
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          placement="left"
          size={232}
          closable={false}
          className="app-menu-drawer"
          data-testid="menu-drawer"
        >
          <AppMenu
            items={items}
            selectedKey={selectedKey}
            systemName={systemName}
            onSelect={(key) => {
              setDrawerOpen(false);
              void navigate(key);
            }}
          />
        </Drawer>
      ) : (
        <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} trigger={null} width={232} theme="dark" className="app-sider">
          <AppMenu items={items} selectedKey={selectedKey} systemName={systemName} collapsed={collapsed} onSelect={(key) => void navigate(key)} />
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header className="app-header" style={{ background: token.colorBgContainer }}>
          <Flex align="center" gap={mobile ? 4 : 12} className="app-header-start">
            {mobile ? (
              <Button
                type="text"
                icon={<MenuOutlined />}
                onClick={() => setDrawerOpen(true)}
                aria-label={t('common.layout.expand')}
                data-testid="menu-drawer-open"
              />
            ) : (
              <Button
                type="text"
                icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
                onClick={() => setCollapsed((c) => !c)}
                aria-label={collapsed ? t('common.layout.expand') : t('common.layout.collapse')}
              />
            )}
            <span className="app-title" data-testid="app-title" title={`${t('common.orgName')} · ${systemName}`}>
              {mobile ? t('common.appShortName') : `${t('common.orgName')} · ${systemName}`}
            </span>
          </Flex>
          <Flex align="center" gap={mobile ? 4 : 16}>
            {mobile ? null : <LanguageSwitch />}
            <HeaderUser user={user} compact={mobile} />
          </Flex>
        </Layout.Header>
        <Layout.Content className="app-content">
          <Suspense fallback={<PageFallback />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
