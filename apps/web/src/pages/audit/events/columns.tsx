import { Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { AuditEvent } from '@jx/contract';
import { RoleTags } from '../../../components/RoleTags';
import type { TFunction } from '../../../locales';
import { formatDateTime } from '../../../utils/format';
import { actionLabel, objectTypeLabel } from './labels';

export function auditEventColumns(t: TFunction, sortOrder: 'ascend' | 'descend'): TableColumnsType<AuditEvent> {
  return [
    { key: 'seq', title: t('audit.events.fields.seq'), dataIndex: 'seq', width: 60, align: 'right', render: (v: string) => <span className="mono">{v}</span> },
    {
      key: 'at',
      title: t('audit.events.fields.at'),
      dataIndex: 'at',
      width: 165,
      sorter: true,
      sortOrder,
      sortDirections: ['descend', 'ascend', 'descend'],
      render: (v: string) => formatDateTime(v),
    },
    {
      key: 'actor',
      title: t('audit.events.fields.actor'),
      width: 110,
      render: (_, e) => e.actorUsername ?? <Typography.Text type="secondary">{t('audit.events.system')}</Typography.Text>,
    },
    { key: 'roles', title: t('audit.events.fields.roles'), width: 120, render: (_, e) => <RoleTags roles={e.actorRoles} /> },
    {
      key: 'action',
      title: t('audit.events.fields.action'),
      dataIndex: 'action',
      width: 170,
      render: (v: string) => {
        const a = actionLabel(t, v);
        return (
          <Tooltip title={<ActionTip full={a.full} raw={a.raw} />} placement="topLeft">
            <span data-action={a.raw}>{a.short}</span>
          </Tooltip>
        );
      },
    },
    {
      key: 'objectType',
      title: t('audit.events.fields.objectType'),
      dataIndex: 'objectType',
      width: 90,
      render: (v: string) => (
        <Tooltip title={<span className="mono">{v}</span>}>
          <span>{objectTypeLabel(t, v)}</span>
        </Tooltip>
      ),
    },
    {
      key: 'objectId',
      title: t('audit.events.fields.objectId'),
      dataIndex: 'objectId',
      width: 110,
      ellipsis: { showTitle: false },
      render: (v: string | null) =>
        v ? (
          <Tooltip title={v}>
            <Typography.Text className="mono" copyable={{ text: v }} onClick={(e) => e.stopPropagation()}>
              {v.length > 10 ? `${v.slice(0, 8)}…` : v}
            </Typography.Text>
          </Tooltip>
        ) : (
          '—'
        ),
    },
    {
      key: 'outcome',
      title: t('audit.events.fields.outcome'),
      dataIndex: 'outcome',
      width: 64,
      render: (_, e) => (
        <Tooltip title={e.reason ?? undefined}>
          <Tag color={e.outcome === 'SUCCESS' ? 'green' : 'red'}>{t(`enums.auditOutcomes.${e.outcome}`)}</Tag>
        </Tooltip>
      ),
    },
    { key: 'ip', title: t('audit.events.fields.ip'), dataIndex: 'ip', width: 110, render: (v: string | null) => v ?? '—' },
    {
      key: 'requestId',
      title: t('audit.events.fields.requestId'),
      dataIndex: 'requestId',
      width: 110,
      render: (v: string | null) =>
        v ? (
          <Tooltip title={v}>
            <Typography.Text className="mono" copyable={{ text: v }} onClick={(e) => e.stopPropagation()}>
              {v.slice(0, 8)}…
            </Typography.Text>
          </Tooltip>
        ) : (
          '—'
        ),
    },
  ];
}

function ActionTip({ full, raw }: { full: string; raw: string }) {
  return (
    <>
      <div>{full}</div>
      <div className="mono small">{raw}</div>
    </>
  );
}
