import { Button, Popconfirm, Space, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { MAX_INDICATOR_LEVEL, type Indicator, type SiblingSet } from '@jx/contract';
import type { TFunction } from '../../locales';
import { WeightSumTag } from './WeightSum';

export type IndicatorRow = Indicator & { children?: IndicatorRow[] };

const LEVEL_COLORS: Record<number, string> = { 1: 'blue', 2: 'cyan', 3: 'default' };

export function LevelTag({ level, t }: { level: number; t: TFunction }) {
  const key = String(level) as '1' | '2' | '3';
  return (
    <Tag color={LEVEL_COLORS[level]} style={{ marginInlineEnd: 8 }}>
      {t(`framework.levels.${key}`)}
    </Tag>
  );
}

export interface IndicatorColumnOptions {
  /** The sibling set of each parent's children, by parent id. */
  sets: ReadonlyMap<string, SiblingSet>;
  editable: boolean;
  busyId: string | null;
  onCreateChild: (parent: IndicatorRow) => void;
  onEdit: (i: IndicatorRow) => void;
  onDelete: (i: IndicatorRow) => Promise<unknown>;
  onAdjust: (parent: IndicatorRow) => void;
  /** A department: the actions become proposals, on the rows of its own types' subtrees only. */
  proposing?: boolean;
  ownsRow?: (i: IndicatorRow) => boolean;
}

export function indicatorColumns(t: TFunction, o: IndicatorColumnOptions): TableColumnsType<IndicatorRow> {
  const cols: TableColumnsType<IndicatorRow> = [
    {
      key: 'name',
      title: t('framework.fields.name'),
      render: (_, i) => (
        <span data-testid={`indicator-${i.code}`}>
          <LevelTag level={i.level} t={t} />
          <Typography.Text strong={i.level === 1}>{i.name}</Typography.Text>
          {i.description ? (
            <Tooltip title={i.description}>
              <Typography.Text type="secondary" className="small" style={{ marginInlineStart: 8, cursor: 'help' }}>
                ⓘ
              </Typography.Text>
            </Tooltip>
          ) : null}
        </span>
      ),
    },
    { key: 'code', title: t('framework.fields.code'), dataIndex: 'code', width: 90, render: (v: string) => <span className="mono">{v}</span> },
    {
      key: 'weight',
      title: t('framework.fields.weightPercent'),
      dataIndex: 'weightPercent',
      width: 84,
      align: 'right',
      render: (v: string, i) => (
        <span className="mono" data-testid={`weight-${i.code}`}>
          {v}
        </span>
      ),
    },
    {
      key: 'childSum',
      title: t('framework.fields.childSum'),
      width: 210,
      render: (_, i) => {
        const set = o.sets.get(i.id);
        if (!set) return <Typography.Text type="secondary">{t('framework.noChildren')}</Typography.Text>;
        return (
          <Space size={4} wrap>
            <WeightSumTag sumBp={set.sumBp} testId={`sum-${i.code}`} />
            {o.editable && !o.proposing ? (
              <Button type="link" size="small" onClick={() => o.onAdjust(i)} data-testid={`adjust-${i.code}`}>
                {t('framework.adjust')}
              </Button>
            ) : null}
          </Space>
        );
      },
    },
    {
      key: 'targetType',
      title: t('framework.fields.targetType'),
      width: 120,
      render: (_, i) =>
        i.level !== 1 ? null : i.targetTypeName ? (
          <Tag color="geekblue">{i.targetTypeName}</Tag>
        ) : (
          <Typography.Text type="secondary">{t('framework.noTargetType')}</Typography.Text>
        ),
    },
  ];
  if (o.editable) {
    const p = o.proposing;
    cols.push({
      key: 'actions',
      title: t('common.table.actions'),
      width: p ? 250 : 200,
      fixed: 'right',
      render: (_, i) => {
        if (p && !o.ownsRow?.(i)) return null;
        const hasChildren = !!i.children?.length;
        return (
          <Space size={0} onClick={(e) => e.stopPropagation()}>
            {i.level < MAX_INDICATOR_LEVEL ? (
              <Button type="link" size="small" onClick={() => o.onCreateChild(i)} data-testid={`add-child-${i.code}`}>
                {p ? t('framework.proposals.createChild') : t('framework.createChild')}
              </Button>
            ) : (
              <Tooltip title={t('framework.maxDepth')}>
                <Button type="link" size="small" disabled>
                  {t('framework.createChild')}
                </Button>
              </Tooltip>
            )}
            <Button type="link" size="small" onClick={() => o.onEdit(i)} data-testid={`edit-${i.code}`}>
              {p ? t('framework.proposals.edit') : t('common.actions.edit')}
            </Button>
            {hasChildren ? (
              <Tooltip title={t('framework.deleteBlocked')}>
                <Button type="link" size="small" danger disabled>
                  {p ? t('framework.proposals.delete') : t('common.actions.delete')}
                </Button>
              </Tooltip>
            ) : (
              <Popconfirm
                title={p ? t('framework.proposals.deleteConfirm', { name: i.name }) : t('framework.deleteConfirm', { name: i.name })}
                okText={p ? t('framework.proposals.submit') : t('common.actions.delete')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.actions.cancel')}
                onConfirm={() => o.onDelete(i)}
              >
                <Button type="link" size="small" danger loading={o.busyId === i.id} data-testid={`delete-${i.code}`}>
                  {p ? t('framework.proposals.delete') : t('common.actions.delete')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        );
      },
    });
  }
  return cols;
}
