import { Suspense, useEffect, useMemo, useState } from 'react';
import { Button, Flex, Layout, Menu, Spin, theme } from 'antd';
import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Outlet, useLocation, useNavigate } from 'react-router';
import type { SessionUser } from '@jx/contract';
import { useSystemName } from '../api/system';
import { useT } from '../locales';
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

/** Side menu from the user's roles, header with system name and the user, content below. */
export function BasicLayout({ user }: { user: SessionUser }) {
  const t = useT();
  const systemName = useSystemName();
  const navigate = useNavigate();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
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
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        trigger={null}
        width={232}
        theme="dark"
        className="app-sider"
      >
        <div className="app-logo" title={systemName}>
          <span className="app-logo-mark">绩</span>
          {!collapsed ? <span className="app-logo-text">{t('common.appShortName')}</span> : null}
        </div>
        <Menu
          data-testid="side-menu"
          theme="dark"
          mode="inline"
          items={items}
          selectedKeys={[selectedKey]}
          onClick={({ key }) => void navigate(key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header" style={{ background: token.colorBgContainer }}>
          <Flex align="center" gap={12}>
            <Button
              type="text"
              icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
              onClick={() => setCollapsed((c) => !c)}
              aria-label={collapsed ? t('common.layout.expand') : t('common.layout.collapse')}
            />
            <span className="app-title" data-testid="app-title">
              {t('common.orgName')} · {systemName}
            </span>
          </Flex>
          <Flex align="center" gap={16}>
            <LanguageSwitch />
            <HeaderUser user={user} />
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
