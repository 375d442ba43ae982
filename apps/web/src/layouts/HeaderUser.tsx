import { Avatar, Dropdown, Flex, Tooltip, Typography, type MenuProps } from 'antd';
import { DownOutlined, KeyOutlined, LogoutOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { SessionUser } from '@jx/contract';
import { signOut } from '../auth/actions';
import { RoleTags } from '../components/RoleTags';
import { useT } from '../locales';
import { NotificationBell } from './NotificationBell';

export function HeaderUser({ user }: { user: SessionUser }) {
  const t = useT();
  const navigate = useNavigate();

  const items: MenuProps['items'] = [
    { key: 'security', icon: <SafetyCertificateOutlined />, label: <span data-testid="menu-account-security">{t('common.layout.security')}</span> },
    { key: 'password', icon: <KeyOutlined />, label: <span data-testid="menu-change-password">{t('common.layout.changePassword')}</span> },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, danger: true, label: <span data-testid="logout">{t('common.layout.logout')}</span> },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'security') void navigate('/account/security');
    if (key === 'password') void navigate('/account/password');
    if (key === 'logout') {
      void signOut().then(() => navigate('/login', { replace: true }));
    }
  };

  return (
    <Flex align="center" gap={12} className="header-user">
      <span className="header-roles">
        <RoleTags roles={user.roles} />
      </span>
      <NotificationBell />
      <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
        <button type="button" className="header-user-button" data-testid="user-menu" aria-label={t('common.layout.userMenu')}>
          <Avatar size="small" icon={<UserOutlined />} className="header-avatar" />
          <Tooltip title={user.unitName ?? undefined}>
            <Typography.Text className="header-user-name" data-testid="current-user">
              {user.displayName}
            </Typography.Text>
          </Tooltip>
          <DownOutlined className="header-caret" />
        </button>
      </Dropdown>
    </Flex>
  );
}
