import { Button, Popconfirm, Space, Tag, Typography, type TableColumnsType } from 'antd';
import type { Unit } from '@jx/contract';

export type UnitRow = Unit & { children?: UnitRow[] };
import { NOT_ON_PHONE } from '../../hooks/usePhone';
import type { TFunction } from '../../locales';

export interface UnitColumnActions {
  onEdit: (u: UnitRow) => void;
  onCreateChild: (u: UnitRow) => void;
  onToggleActive: (u: UnitRow) => Promise<unknown>;
  busyId: string | null;
}

export function unitColumns(t: TFunction, a: UnitColumnActions): TableColumnsType<UnitRow> {
  return [
    {
      key: 'name',
      title: t('units.fields.name'),
      dataIndex: 'name',
      render: (_, u) => (
        <span>
          <Typography.Text type={u.active ? undefined : 'secondary'} delete={false}>
            {u.name}
          </Typography.Text>
          {u.shortName ? (
            <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
              （{u.shortName}）
            </Typography.Text>
          ) : null}
        </span>
      ),
    },
    {
      key: 'code',
      title: t('units.fields.code'),
      dataIndex: 'code',
      width: 160,
      responsive: NOT_ON_PHONE,
      render: (v: string) => <span className="mono">{v}</span>,
    },
    {
      key: 'kind',
      title: t('units.fields.kind'),
      dataIndex: 'kind',
      width: 130,
      responsive: NOT_ON_PHONE,
      render: (_, u) => t(`enums.unitKinds.${u.kind}`),
    },
    { key: 'sortOrder', title: t('units.fields.sortOrder'), dataIndex: 'sortOrder', width: 90, align: 'right', responsive: NOT_ON_PHONE },
    {
      key: 'status',
      title: t('units.fields.status'),
      width: 90,
      render: (_, u) => (u.active ? <Tag color="green">{t('units.status.active')}</Tag> : <Tag>{t('units.status.inactive')}</Tag>),
    },
    {
      key: 'actions',
      title: t('common.table.actions'),
      width: 220,
      render: (_, u) => (
        <Space size={4} onClick={(e) => e.stopPropagation()}>
          <Button type="link" size="small" onClick={() => a.onEdit(u)}>
            {t('common.actions.edit')}
          </Button>
          {u.active ? (
            <Button type="link" size="small" onClick={() => a.onCreateChild(u)}>
              {t('units.createChild')}
            </Button>
          ) : null}
          <Popconfirm
            title={u.active ? t('units.actions.deactivateConfirm', { name: u.name }) : t('units.actions.activateConfirm', { name: u.name })}
            description={u.active ? t('units.actions.deactivateHint') : undefined}
            okText={u.active ? t('units.actions.deactivate') : t('units.actions.activate')}
            okButtonProps={{ danger: u.active }}
            cancelText={t('common.actions.cancel')}
            onConfirm={() => a.onToggleActive(u)}
          >
            <Button type="link" size="small" danger={u.active} loading={a.busyId === u.id}>
              {u.active ? t('units.actions.deactivate') : t('units.actions.activate')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];
}
