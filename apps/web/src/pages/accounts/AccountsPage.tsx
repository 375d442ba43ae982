import { useState } from 'react';
import { App, Button, Card, Select } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { ACCOUNT_SORT_FIELDS, AccountStatusSchema, listAccounts, ROLES, type Account, type Role } from '@jx/contract';
import { useAccounts, useDisableAccount, useEnableAccount, useResetAccountTotp, useUnlockAccount } from '../../api/accounts';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { PageHeader } from '../../components/PageHeader';
import { FilterBar, ServerTable } from '../../components/ServerTable';
import { TextFilter } from '../../components/TextFilter';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { unpinned, usePhone } from '../../hooks/usePhone';
import { useServerTable } from '../../hooks/useServerTable';
import { useT } from '../../locales';
import { enumParam } from '../../utils/enumParam';
import { AccessModal } from './AccessModal';
import { accountColumns, type AccountAction } from './columns';
import { CreateAccountModal } from './CreateAccountModal';
import { EditAccountModal } from './EditAccountModal';
import { ResetPasswordModal } from './ResetPasswordModal';

/** The account-health filters: each a query flag of the list. */
const HEALTH = ['neverUsed', 'passwordExpiring', 'locked'] as const;
type Health = (typeof HEALTH)[number];

export function AccountsPage() {
  const t = useT();
  const user = useCurrentUser();
  const phone = usePhone();
  const { message, modal } = App.useApp();
  const handleError = useApiErrorHandler();
  const [search] = useSearchParams();
  // 我的待办 links here with ?status=DISABLED.
  const linkedStatus = enumParam(search.get('status'), AccountStatusSchema.options);
  // 首页 基础数据 tiles link here with ?neverUsed=true, ?passwordExpiring=true or ?locked=true.
  const linkedHealth = HEALTH.find((h) => search.get(h) === 'true');
  const table = useServerTable(listAccounts, {
    defaultSort: 'username',
    sortable: ACCOUNT_SORT_FIELDS,
    linkedFilters:
      linkedStatus || linkedHealth ? { ...(linkedStatus ? { status: linkedStatus } : {}), ...(linkedHealth ? { [linkedHealth]: 'true' } : {}) } : undefined,
  });
  const query = useAccounts(table.query);
  const disable = useDisableAccount();
  const enable = useEnableAccount();
  const unlock = useUnlockAccount();
  const resetTotp = useResetAccountTotp();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Account | null>(null);
  const [accessOf, setAccessOf] = useState<Account | null>(null);
  const [resetting, setResetting] = useState<Account | null>(null);
  const f = table.state.filters;
  const health = HEALTH.find((h) => f[h] === 'true');
  const filtered = !!(f.q || f.role || f.status || f.unitId || health);

  const confirmState = (a: Account, kind: 'disable' | 'enable' | 'unlock' | 'resetTotp') => {
    const texts = {
      disable: {
        title: t('accounts.confirm.disableTitle', { name: a.displayName }),
        content: t('accounts.confirm.disableContent'),
        ok: t('accounts.actions.disable'),
        done: t('accounts.messages.disabled'),
      },
      enable: {
        title: t('accounts.confirm.enableTitle', { name: a.displayName }),
        content: t('accounts.confirm.enableContent'),
        ok: t('accounts.actions.enable'),
        done: t('accounts.messages.enabled'),
      },
      unlock: {
        title: t('accounts.confirm.unlockTitle', { name: a.displayName }),
        content: t('accounts.confirm.unlockContent'),
        ok: t('accounts.actions.unlock'),
        done: t('accounts.messages.unlocked'),
      },
      resetTotp: {
        title: t('accounts.confirm.resetTotpTitle', { name: a.displayName }),
        content: t('accounts.confirm.resetTotpContent'),
        ok: t('accounts.actions.resetTotp'),
        done: t('accounts.messages.totpReset'),
      },
    }[kind];
    const mutation = { disable, enable, unlock, resetTotp }[kind];
    modal.confirm({
      title: texts.title,
      content: texts.content,
      okText: texts.ok,
      okButtonProps: { danger: kind === 'disable' || kind === 'resetTotp', 'data-testid': `account-${kind}-confirm` },
      cancelText: t('common.actions.cancel'),
      onOk: () =>
        mutation
          .mutateAsync({ params: { id: a.id }, body: { version: a.version } })
          .then(() => message.success(texts.done))
          .catch((e: unknown) => handleError(e)),
    });
  };

  const onAction = (action: AccountAction, a: Account) => {
    if (action === 'edit') setEditing(a);
    else if (action === 'access') setAccessOf(a);
    else if (action === 'reset') setResetting(a);
    else confirmState(a, action);
  };

  const columns = accountColumns(t, { currentUserId: user.id, sortOrderOf: table.sortOrderOf, onAction });

  return (
    <>
      <PageHeader
        title={t('accounts.title')}
        subTitle={t('accounts.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="account-create">
            {t('accounts.create')}
          </Button>
        }
      />
      <Card>
        <FilterBar filtered={filtered} onReset={table.resetFilters}>
          <TextFilter placeholder={t('accounts.keywordPlaceholder')} width={220} onApply={(q) => table.setFilters({ q })} testId="account-search" />
          <Select<Role>
            allowClear
            style={{ width: 170 }}
            placeholder={t('accounts.roleFilter')}
            aria-label={t('accounts.roleFilter')}
            value={f.role}
            onChange={(v) => table.setFilters({ role: v })}
            options={ROLES.map((r) => ({ value: r, label: t(`enums.roles.${r}`) }))}
          />
          <Select<'ACTIVE' | 'DISABLED'>
            allowClear
            style={{ width: 130 }}
            placeholder={t('accounts.statusFilter')}
            aria-label={t('accounts.statusFilter')}
            value={f.status}
            onChange={(v) => table.setFilters({ status: v })}
            options={(['ACTIVE', 'DISABLED'] as const).map((s) => ({ value: s, label: t(`enums.accountStatuses.${s}`) }))}
          />
          <Select<Health>
            allowClear
            style={{ width: 170 }}
            placeholder={t('accounts.healthFilter')}
            aria-label={t('accounts.healthFilter')}
            value={health}
            onChange={(v) => table.setFilters(Object.fromEntries(HEALTH.map((h) => [h, v === h ? 'true' : undefined])))}
            options={HEALTH.map((h) => ({ value: h, label: t(`accounts.health.${h}`) }))}
            data-testid="account-health-filter"
          />
          <UnitTreeSelect
            style={{ width: 240 }}
            placeholder={t('accounts.unitFilter')}
            aria-label={t('accounts.unitFilter')}
            value={f.unitId}
            onChange={(v: string | undefined) => table.setFilters({ unitId: v })}
            includeInactive
            inactiveSelectable
          />
        </FilterBar>
        <ServerTable<Account>
          data-testid="account-table"
          rowKey="id"
          size="middle"
          columns={phone ? unpinned(columns) : columns}
          query={query}
          table={table}
          scroll={{ x: phone ? 'max-content' : 1060 }}
          rowClassName={(a) => (a.status === 'DISABLED' ? 'row-inactive' : '')}
          empty={filtered ? t('accounts.emptyFiltered') : t('accounts.empty')}
        />
      </Card>
      <CreateAccountModal open={creating} onClose={() => setCreating(false)} />
      <EditAccountModal account={editing} onClose={() => setEditing(null)} />
      <AccessModal account={accessOf} onClose={() => setAccessOf(null)} />
      <ResetPasswordModal account={resetting} onClose={() => setResetting(null)} />
    </>
  );
}

export default AccountsPage;
