import { Button, Dropdown, Space, Tag, Tooltip, Typography, type MenuProps, type TableColumnsType } from 'antd';
import { DownOutlined, LockOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { Account, ACCOUNT_SORT_FIELDS } from '@jx/contract';
import { RoleTags } from '../../components/RoleTags';
import { NOT_ON_PHONE } from '../../hooks/usePhone';
import type { TFunction } from '../../locales';
import { formatDateTime } from '../../utils/format';

type SortField = (typeof ACCOUNT_SORT_FIELDS)[number];
export type AccountAction = 'edit' | 'access' | 'reset' | 'resetTotp' | 'unlock' | 'disable' | 'enable';

export function accountColumns(
  t: TFunction,
  opts: {
    currentUserId: string;
    sortOrderOf: (k: SortField) => 'ascend' | 'descend' | null;
    onAction: (action: AccountAction, a: Account) => void;
  },
): TableColumnsType<Account> {
  return [
    {
      key: 'username',
      title: t('accounts.fields.username'),
      dataIndex: 'username',
      width: 150,
      sorter: true,
      sortOrder: opts.sortOrderOf('username'),
      render: (v: string, a) => (
        <span>
          <span className="mono">{v}</span>
          {a.id === opts.currentUserId ? (
            <Tag color="blue" style={{ marginInlineStart: 6 }}>
              {t('accounts.tags.self')}
            </Tag>
          ) : null}
        </span>
      ),
    },
    {
      key: 'displayName',
      title: t('accounts.fields.displayName'),
      dataIndex: 'displayName',
      responsive: NOT_ON_PHONE,
      sorter: true,
      sortOrder: opts.sortOrderOf('displayName'),
    },
    { key: 'roles', title: t('accounts.fields.roles'), responsive: NOT_ON_PHONE, render: (_, a) => <RoleTags roles={a.roles} /> },
    { key: 'unit', title: t('accounts.fields.unit'), dataIndex: 'unitName', responsive: NOT_ON_PHONE, render: (v: string | null) => v ?? '—' },
    {
      key: 'status',
      title: t('accounts.fields.status'),
      width: 110,
      render: (_, a) => (
        <Space size={0} wrap>
          <Tag color={a.status === 'ACTIVE' ? 'green' : 'default'}>{t(`enums.accountStatuses.${a.status}`)}</Tag>
          {a.locked ? (
            <Tooltip title={a.lockedUntil ? t('accounts.tags.lockedUntil', { time: formatDateTime(a.lockedUntil) }) : undefined}>
              <Tag color="red" icon={<LockOutlined />} data-testid="locked-tag">
                {t('accounts.tags.locked')}
              </Tag>
            </Tooltip>
          ) : null}
          {a.mustChangePassword ? <Tag color="orange">{t('accounts.tags.mustChange')}</Tag> : null}
        </Space>
      ),
    },
    {
      key: 'totp',
      title: t('accounts.fields.totp'),
      width: 100,
      responsive: NOT_ON_PHONE,
      render: (_, a) =>
        a.totpEnabled ? (
          <Tag color="green" icon={<SafetyCertificateOutlined />} data-testid="totp-tag" data-bound="true">
            {t('accounts.tags.totpBound')}
          </Tag>
        ) : (
          <Tag data-testid="totp-tag" data-bound="false">
            {t('accounts.tags.totpUnbound')}
          </Tag>
        ),
    },
    {
      key: 'lastLoginAt',
      title: t('accounts.fields.lastLoginAt'),
      dataIndex: 'lastLoginAt',
      width: 190,
      responsive: NOT_ON_PHONE,
      sorter: true,
      sortOrder: opts.sortOrderOf('lastLoginAt'),
      render: (v: string | null) => (v ? formatDateTime(v) : <Typography.Text type="secondary">{t('accounts.never')}</Typography.Text>),
    },
    {
      key: 'actions',
      title: t('common.table.actions'),
      width: 220,
      fixed: 'right',
      render: (_, a) => {
        // 三员分立: an auditor account is managed on the server (pnpm auditor), never from this page.
        if (a.roles.includes('AUDITOR')) {
          return (
            <Typography.Text type="secondary" data-testid={`account-server-managed-${a.username}`}>
              {t('accounts.serverManaged')}
            </Typography.Text>
          );
        }
        const self = a.id === opts.currentUserId;
        const items: MenuProps['items'] = [
          { key: 'reset', label: t('accounts.actions.resetPassword') },
          ...(a.totpEnabled
            ? [
                {
                  key: 'resetTotp',
                  label: <span data-testid="account-reset-totp">{t('accounts.actions.resetTotp')}</span>,
                  // One's own second factor is managed on 账户安全 (resetting it would end this session).
                  disabled: self,
                  title: self ? t('accounts.confirm.resetTotpSelf') : undefined,
                },
              ]
            : []),
          ...(a.locked ? [{ key: 'unlock', label: t('accounts.actions.unlock') }] : []),
          { type: 'divider' as const },
          a.status === 'ACTIVE'
            ? {
                key: 'disable',
                label: t('accounts.actions.disable'),
                danger: true,
                disabled: self,
                title: self ? t('accounts.confirm.selfDisabled') : undefined,
              }
            : { key: 'enable', label: t('accounts.actions.enable') },
        ];
        return (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => opts.onAction('edit', a)}>
              {t('accounts.actions.edit')}
            </Button>
            <Button type="link" size="small" onClick={() => opts.onAction('access', a)}>
              {t('accounts.actions.access')}
            </Button>
            <Dropdown trigger={['click']} menu={{ items, onClick: ({ key }) => opts.onAction(key as AccountAction, a) }}>
              <Button type="link" size="small" data-testid={`account-more-${a.username}`}>
                {t('accounts.actions.more')} <DownOutlined />
              </Button>
            </Dropdown>
          </Space>
        );
      },
    },
  ];
}
