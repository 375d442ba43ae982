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
  /** On a phone the category goes under the unit, so that points and status are on screen without scrolling. */
  phone?: boolean;
}

/** A time to the minute (YYYY-MM-DD HH:mm): the seconds tell an official nothing. */
const toMinute = (value: string | null | undefined) => formatDateTime(value).slice(0, 16);

/** The widths the columns take; 事由 takes what is left. Together they fit the content of a 1440 px window. */
export const LEDGER_MIN_WIDTH = 1040;
/** On a phone: unit (with its category), points and status fill a 390 px screen; the rest is a sideways scroll away. */
export const LEDGER_PHONE_WIDTH = 900;

/**
 * The ledger's columns: unit, category and kind, signed points (一票否决 in red), status (with the reason for a
 * rejection), reason, evidence, filer and time in one column, and 通过 / 驳回 last. Long texts end in an ellipsis
 * and show whole in a tooltip, so a row stays two lines high and the table fits a desktop window without scrolling.
 */
export function adjustmentColumns({ t, subject, sortOrderOf, decides, busyId, onAction, phone = false }: ColumnOptions): ColumnsType<Adjustment> {
  const category = (a: Adjustment) => (
    <Flex vertical gap={2} align="start">
      <Typography.Text type={phone ? 'secondary' : undefined} ellipsis={{ tooltip: a.categoryName }} style={{ maxWidth: '100%' }}>
        {a.categoryName}
      </Typography.Text>
      {/* A veto says so in the points column already. */}
      {a.kind === 'VETO' ? null : (
        <Tag color={ADJUSTMENT_KIND_COLORS[a.kind]} style={{ marginInlineEnd: 0 }}>
          {t(`adjustments.kinds.${a.kind}`)}
        </Tag>
      )}
    </Flex>
  );
  const columns: ColumnsType<Adjustment> = [
    {
      key: 'unitName',
      title: t('adjustments.fields.unit'),
      dataIndex: 'unitName',
      width: phone ? 160 : 150,
      sorter: true,
      sortOrder: sortOrderOf('unitName'),
      render: (name: string, a) =>
        phone ? (
          <Flex vertical gap={2} align="start">
            <TwoLines text={name} />
            {category(a)}
          </Flex>
        ) : (
          <TwoLines text={name} />
        ),
    },
    ...(phone ? [] : [{ key: 'category', title: t('adjustments.fields.category'), width: 140, render: (_: unknown, a: Adjustment) => category(a) }]),
    {
      key: 'points',
      title: t('adjustments.fields.points'),
      width: phone ? 84 : 96,
      align: 'right',
      sorter: true,
      sortOrder: sortOrderOf('points'),
      render: (_, a) => {
        if (a.kind === 'VETO') {
          return (
            <Tooltip title={t('adjustments.vetoHint')}>
              {/* On a phone without its icon, so that the word fits the narrow column. */}
              <Tag color="red" icon={phone ? undefined : <StopOutlined />} style={{ marginInlineEnd: 0, fontWeight: 600 }} data-testid="adjustment-veto">
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
      width: phone ? 88 : 110,
      sorter: true,
      sortOrder: sortOrderOf('status'),
      render: (_, a) => (
        <Flex vertical gap={2} align="start">
          <Tooltip title={a.decidedAt ? `${t('adjustments.fields.decidedAt')}：${toMinute(a.decidedAt)}` : undefined}>
            <Tag color={ADJUSTMENT_STATUS_COLORS[a.status]} style={{ marginInlineEnd: 0 }} data-testid="adjustment-status">
              {t(`adjustments.statuses.${a.status}`)}
            </Tag>
          </Tooltip>
          {a.decisionReason ? (
            <Typography.Paragraph
              type="secondary"
              className="small"
              style={{ margin: 0 }}
              ellipsis={{ rows: 2, tooltip: `${t('adjustments.fields.decisionReason')}：${a.decisionReason}` }}
              data-testid="adjustment-decision-reason"
            >
              {t('adjustments.fields.decisionReason')}：{a.decisionReason}
            </Typography.Paragraph>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'reason',
      title: t('adjustments.fields.reason'),
      dataIndex: 'reason',
      ...(phone ? { width: 200 } : {}),
      render: (reason: string) => <TwoLines text={reason} />,
    },
    {
      key: 'evidence',
      title: t('adjustments.fields.evidence'),
      width: 150,
      render: (_, a) => <EvidenceList line={a} canAttach={mayAttach(subject, a)} />,
    },
    {
      key: 'createdAt',
      title: t('adjustments.fields.filed'),
      width: 150,
      sorter: true,
      sortOrder: sortOrderOf('createdAt'),
      render: (_, a) => (
        <Flex vertical gap={0} align="start">
          <Typography.Text ellipsis={{ tooltip: a.filedByUnitName }} style={{ maxWidth: '100%' }} data-testid="adjustment-filed-by">
            {a.filedByUnitName}
          </Typography.Text>
          <Typography.Text type="secondary" className="small" data-testid="adjustment-created-at">
            {toMinute(a.createdAt)}
          </Typography.Text>
        </Flex>
      ),
    },
  ];
  if (decides) {
    columns.push({
      key: 'actions',
      title: t('adjustments.fields.actions'),
      width: 124,
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

/** A text of at most two lines; the rest behind an ellipsis, the whole in a tooltip. */
function TwoLines({ text }: { text: string }) {
  return (
    <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, tooltip: text }}>
      {text}
    </Typography.Paragraph>
  );
}
