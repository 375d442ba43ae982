import { Button, Space, Tooltip, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { TARGET_SORT_FIELDS, TargetListItem } from '@jx/contract';
import type { TFunction } from '../../locales';
import { TargetStatusTag, type TargetAction } from './shared';
import { WarningLevelTag } from '../../components/WarningLevelTag';
import { DANGER_ACTIONS } from './useTargetActions';

type SortField = (typeof TARGET_SORT_FIELDS)[number];

export function targetColumns(
  t: TFunction,
  opts: {
    sortOrderOf: (k: SortField) => 'ascend' | 'descend' | null;
    actionsOf: (row: TargetListItem) => TargetAction[];
    /** Unit roles see their own unit only: no unit column. */
    hideUnit?: boolean;
    /** A phone: the unit goes under the title and the columns a phone can do without are left out, so the status stays on screen. */
    phone?: boolean;
    onAction: (action: TargetAction, row: TargetListItem) => void;
  },
): TableColumnsType<TargetListItem> {
  const cols: TableColumnsType<TargetListItem> = [
    {
      key: 'title',
      title: t('targets.fields.title'),
      dataIndex: 'title',
      sorter: true,
      sortOrder: opts.sortOrderOf('title'),
      ellipsis: true,
      width: opts.phone ? 190 : 240,
      render: (_, r) => (
        <>
          <Link to={`/targets/${r.id}`} data-testid="target-title-link">
            {r.title}
          </Link>
          {opts.phone && !opts.hideUnit ? <div className="muted small">{r.unitName}</div> : null}
        </>
      ),
    },
    {
      key: 'unitName',
      title: t('targets.fields.unit'),
      dataIndex: 'unitName',
      sorter: true,
      sortOrder: opts.sortOrderOf('unitName'),
      width: 150,
      ellipsis: true,
    },
    { key: 'targetTypeName', title: t('targets.fields.type'), dataIndex: 'targetTypeName', width: 90 },
    { key: 'indicatorName', title: t('targets.fields.indicator'), dataIndex: 'indicatorName', width: 130, ellipsis: true },
    {
      key: 'maxScore',
      title: t('targets.fields.maxScore'),
      dataIndex: 'maxScore',
      sorter: true,
      sortOrder: opts.sortOrderOf('maxScore'),
      width: 76,
      align: 'right',
    },
    { key: 'deadline', title: t('targets.fields.deadline'), dataIndex: 'deadline', sorter: true, sortOrder: opts.sortOrderOf('deadline'), width: 110 },
    {
      key: 'status',
      title: t('targets.fields.status'),
      dataIndex: 'status',
      sorter: true,
      sortOrder: opts.sortOrderOf('status'),
      width: 180,
      render: (_, r) => (
        <Space size={4}>
          <TargetStatusTag status={r.status} />
          {r.warningLevel ? (
            <Tooltip title={t('targets.fields.warning')}>
              <span>
                <WarningLevelTag level={r.warningLevel} bordered={false} />
              </span>
            </Tooltip>
          ) : null}
        </Space>
      ),
    },
    { key: 'origin', title: t('targets.fields.origin'), dataIndex: 'origin', width: 90, render: (_, r) => t(`targets.origins.${r.origin}`) },
    {
      key: 'actions',
      title: t('common.table.actions'),
      fixed: 'right',
      width: 170,
      render: (_, r) => {
        const actions = opts.actionsOf(r);
        if (!actions.length) return <Typography.Text type="secondary">—</Typography.Text>;
        return (
          <Space size={0} wrap>
            {actions.map((a) => (
              <Button key={a} type="link" size="small" danger={DANGER_ACTIONS.has(a)} onClick={() => opts.onAction(a, r)} data-testid={`target-action-${a}`}>
                {t(`targets.actions.${a}`)}
              </Button>
            ))}
          </Space>
        );
      },
    },
  ];
  const notOnPhone = new Set(['unitName', 'targetTypeName', 'indicatorName', 'maxScore', 'deadline', 'origin']);
  return cols.filter((c) => !(opts.hideUnit && c.key === 'unitName') && !(opts.phone && notOnPhone.has(String(c.key))));
}
