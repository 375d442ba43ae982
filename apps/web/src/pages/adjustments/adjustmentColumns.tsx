import { Button, Flex, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { StopOutlined } from '@ant-design/icons';
import type { Adjustment, AdjustmentAction, Subject } from '@jx/contract';
import type { TFunction } from '../../locales';
import { formatDateTime } from '../../utils/format';
import { ADJUSTMENT_KIND_COLORS, ADJUSTMENT_STATUS_COLORS, adjustmentActions, mayAttach, signedPoints } from './adjustmentRules';
import { EvidenceList } from './EvidenceList';

type SortKey = 'createdAt' | 'unitName' | 'points' | 'status';

export interface ColumnOptions {
  t: TFunction;
  subject: Subject;
  sortOrderOf: (key: SortKey) => 'ascend' | 'descend' | null;
  /** The 操作 column (the office decides). */
  decides: boolean;
  busyId: string | null;
  onAction: (action: AdjustmentAction, line: Adjustment) => void;
}

/** The ledger's columns: unit, category and kind, signed points (一票否决 in red), status, reason, evidence, filer, time. */
export function adjustmentColumns({ t, subject, sortOrderOf, decides, busyId, onAction }: ColumnOptions): ColumnsType<Adjustment> {
  const columns: ColumnsType<Adjustment> = [
    {
      key: 'unitName',
      title: t('adjustments.fields.unit'),
      dataIndex: 'unitName',
      width: 170,
      fixed: 'left',
      sorter: true,
      sortOrder: sortOrderOf('unitName'),
    },
    {
      key: 'category',
      title: t('adjustments.fields.category'),
      width: 170,
      render: (_, a) => (
        <Flex vertical gap={2} align="start">
          <span>{a.categoryName}</span>
          {/* A veto says so in the points column already. */}
          {a.kind === 'VETO' ? null : (
            <Tag color={ADJUSTMENT_KIND_COLORS[a.kind]} style={{ marginInlineEnd: 0 }}>
              {t(`adjustments.kinds.${a.kind}`)}
            </Tag>
          )}
        </Flex>
      ),
    },
    {
      key: 'points',
      title: t('adjustments.fields.points'),
      width: 110,
      align: 'right',
      sorter: true,
      sortOrder: sortOrderOf('points'),
      render: (_, a) => {
        if (a.kind === 'VETO') {
          return (
            <Tooltip title={t('adjustments.vetoHint')}>
              <Tag color="red" icon={<StopOutlined />} style={{ marginInlineEnd: 0, fontWeight: 600 }} data-testid="adjustment-veto">
                {t('adjustments.veto')}
              </Tag>
            </Tooltip>
          );
        }
        const signed = signedPoints(a);
        return (
          <Typography.Text strong type={a.kind === 'DEDUCTION' ? 'danger' : 'success'} data-testid="adjustment-points">
            {signed ?? t('adjustments.noPoints')}
          </Typography.Text>
        );
      },
    },
    {
      key: 'status',
      title: t('adjustments.fields.status'),
      width: 140,
      sorter: true,
      sortOrder: sortOrderOf('status'),
      render: (_, a) => (
        <Flex vertical gap={2} align="start">
          <Tooltip title={a.decidedAt ? `${t('adjustments.fields.decidedAt')}：${formatDateTime(a.decidedAt).slice(0, 16)}` : undefined}>
            <Tag color={ADJUSTMENT_STATUS_COLORS[a.status]} style={{ marginInlineEnd: 0 }} data-testid="adjustment-status">
              {t(`adjustments.statuses.${a.status}`)}
            </Tag>
          </Tooltip>
          {a.decisionReason ? (
            <Typography.Text type="secondary" className="small" data-testid="adjustment-decision-reason">
              {t('adjustments.fields.decisionReason')}：{a.decisionReason}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'reason',
      title: t('adjustments.fields.reason'),
      dataIndex: 'reason',
      width: 220,
      render: (reason: string) => (
        <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, tooltip: reason }}>
          {reason}
        </Typography.Paragraph>
      ),
    },
    {
      key: 'evidence',
      title: t('adjustments.fields.evidence'),
      width: 190,
      render: (_, a) => <EvidenceList line={a} canAttach={mayAttach(subject, a)} />,
    },
    { key: 'filedBy', title: t('adjustments.fields.filedBy'), dataIndex: 'filedByUnitName', width: 110 },
    {
      key: 'createdAt',
      title: t('adjustments.fields.createdAt'),
      width: 140,
      sorter: true,
      sortOrder: sortOrderOf('createdAt'),
      render: (_, a) => formatDateTime(a.createdAt).slice(0, 16),
    },
  ];
  if (decides) {
    columns.push({
      key: 'actions',
      title: t('adjustments.fields.actions'),
      width: 140,
      fixed: 'right',
      render: (_, a) => {
        const actions = adjustmentActions(a, subject);
        if (!actions.length) return <Typography.Text type="secondary">—</Typography.Text>;
        return (
          <Flex gap={4}>
            {actions.map((action) => (
              <Button
                key={action}
                size="small"
                type={action === 'approve' ? 'primary' : 'default'}
                danger={action === 'reject'}
                loading={busyId === a.id && action === 'approve'}
                onClick={() => onAction(action, a)}
                data-testid={`adjustment-${action}`}
              >
                {t(`adjustments.actions.${action}`)}
              </Button>
            ))}
          </Flex>
        );
      },
    });
  }
  return columns;
}
