import { Avatar, Dropdown, Flex, Tooltip, Typography, type MenuProps } from 'antd';
import { CheckOutlined, DownOutlined, KeyOutlined, LogoutOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { SessionUser } from '@jx/contract';
import { signOut } from '../auth/actions';
import { RoleTags } from '../components/RoleTags';
import { useI18n, type Locale } from '../locales';
import { NotificationBell } from './NotificationBell';

const LANGUAGES: readonly { locale: Locale; label: string }[] = [
  { locale: 'zh-CN', label: '中文' },
  { locale: 'en-US', label: 'English' },
];

/**
 * The bell and the user menu at the right of the header. `compact` (phones): only the avatar shows; the name, the
 * role tags and the language choice move into the menu.
 */
export function HeaderUser({ user, compact = false }: { user: SessionUser; compact?: boolean }) {
  const { t, locale, setLocale } = useI18n();
  const navigate = useNavigate();

  const accountItems: MenuProps['items'] = [
    { key: 'security', icon: <SafetyCertificateOutlined />, label: <span data-testid="menu-account-security">{t('common.layout.security')}</span> },
    { key: 'password', icon: <KeyOutlined />, label: <span data-testid="menu-change-password">{t('common.layout.changePassword')}</span> },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, danger: true, label: <span data-testid="logout">{t('common.layout.logout')}</span> },
  ];
  const compactItems: MenuProps['items'] = [
    {
      type: 'group',
      key: 'who',
      label: (
        <Flex vertical gap={4} className="header-user-card">
          <Typography.Text strong data-testid="current-user">
            {user.displayName}
          </Typography.Text>
          {user.unitName ? <Typography.Text type="secondary">{user.unitName}</Typography.Text> : null}
          <span>
            <RoleTags roles={user.roles} />
          </span>
        </Flex>
      ),
    },
    { type: 'divider' },
    {
      type: 'group',
      key: 'language',
      label: t('common.layout.language'),
      children: LANGUAGES.map((l) => ({
        key: `lang:${l.locale}`,
        label: l.label,
        icon: l.locale === locale ? <CheckOutlined /> : <span className="header-lang-blank" />,
      })),
    },
    { type: 'divider' },
  ];
  const items = compact ? [...compactItems, ...accountItems] : accountItems;

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key.startsWith('lang:')) setLocale(key.slice('lang:'.length) as Locale);
    if (key === 'security') void navigate('/account/security');
    if (key === 'password') void navigate('/account/password');
    if (key === 'logout') {
      void signOut().then(() => navigate('/login', { replace: true }));
    }
  };

  return (
    <Flex align="center" gap={compact ? 4 : 12} className="header-user">
      {compact ? null : (
        <span className="header-roles">
          <RoleTags roles={user.roles} />
        </span>
      )}
      <NotificationBell />
      <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
        <button type="button" className="header-user-button" data-testid="user-menu" aria-label={t('common.layout.userMenu')}>
          <Avatar size="small" icon={<UserOutlined />} className="header-avatar" />
          {compact ? null : (
            <Tooltip title={user.unitName ?? undefined}>
              <Typography.Text className="header-user-name" data-testid="current-user">
                {user.displayName}
              </Typography.Text>
            </Tooltip>
          )}
          <DownOutlined className="header-caret" />
        </button>
      </Dropdown>
    </Flex>
  );
}
