import { useMemo, useState, type HTMLAttributes } from 'react';
import { Button, Col, Flex, InputNumber, Popconfirm, Row, Table, Tag, Tooltip, Typography, theme } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, ExclamationCircleFilled, PlusOutlined } from '@ant-design/icons';
import type { ModelNode } from '@jx/scoring';
import { useT, type TFunction } from '../../locales';
import { addChild, moveNode, removeNode, setPoints, treeRows, weightedKeys, type ModelDraft, type ModelIssue, type TreeRow } from './modelTree';
import { NodePanel } from './NodePanel';
import type { EditorOptions } from './useEditorOptions';

const INDENT = 18;
const depthOf = (key: string) => key.split('.children.').length - 1;

export const KIND_COLORS: Record<ModelNode['kind'], string> = {
  weighted: 'blue',
  indicators: 'green',
  rating: 'purple',
  imported: 'orange',
  allowance: 'cyan',
};

/** One line saying what a node reads: its indicator and period, rater group and scale, import key or allowance. */
export function describeNode(node: ModelNode, t: TFunction, options: EditorOptions): string {
  const indicator = (id: string | undefined) => (id ? (options.indicatorName(id) ?? t('models.node.unknownIndicator', { id })) : null);
  switch (node.kind) {
    case 'weighted':
      return t('models.node.weightedSummary', { count: node.children.length });
    case 'indicators':
      return [
        t('models.node.indicatorSummary', { name: indicator(node.indicatorId) ?? t('models.node.wholeTree') }),
        t('models.node.periodSummary', {
          period: node.period ? (options.periods.find((p) => p.code === node.period)?.name ?? node.period) : t('models.node.thisPeriod'),
        }),
      ].join('；');
    case 'rating':
      return [
        t('models.node.groupSummary', { group: t(`models.groups.${node.group}`) }),
        t('models.node.scaleSummary', { scale: node.scale || '—' }),
        node.indicatorId ? t('models.node.indicatorSummary', { name: indicator(node.indicatorId)! }) : null,
      ]
        .filter(Boolean)
        .join('；');
    case 'imported':
      return t('models.node.keySummary', { key: node.key || '—' });
    case 'allowance': {
      const category = options.deductionCategories.find((c) => c.code === node.deductionCategory)?.name ?? node.deductionCategory;
      return t('models.node.allowanceSummary', { points: node.points, category: category || '—' });
    }
  }
}

/**
 * The model's tree as a nested table: each node's name, kind, points (editable in place), what it reads, and its
 * problems; a weighted node shows the sum of its children's points. Selecting a row opens its settings beside it.
 */
export function TreeEditor(props: {
  draft: ModelDraft;
  onChange: (d: ModelDraft) => void;
  issues: readonly ModelIssue[];
  selected: string;
  onSelect: (key: string) => void;
  options: EditorOptions;
  readOnly: boolean;
}) {
  const t = useT();
  const { token } = theme.useToken();
  const { draft } = props;
  const rows = useMemo(() => treeRows(draft.root), [draft.root]);
  const [collapsed, setCollapsed] = useState<string[]>([]);
  const expanded = weightedKeys(draft.root).filter((k) => !collapsed.includes(k));
  const issuesOf = (key: string) => props.issues.filter((i) => i.nodeKey === key);
  const setRoot = (root: ModelNode) => props.onChange({ ...draft, root });

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={15}>
        <Table<TreeRow>
          rowKey="key"
          size="small"
          data-testid="model-tree"
          dataSource={rows}
          pagination={false}
          tableLayout="fixed"
          expandable={{
            expandedRowKeys: expanded,
            onExpand: (open, row) => setCollapsed((c) => (open ? c.filter((k) => k !== row.key) : [...c, row.key])),
            indentSize: INDENT,
          }}
          onRow={(row) =>
            ({
              onClick: () => props.onSelect(row.key),
              style: { cursor: 'pointer', ...(row.key === props.selected ? { background: token.colorPrimaryBg } : {}) },
              'data-node-key': row.key,
              'data-selected': row.key === props.selected,
            }) as HTMLAttributes<HTMLElement>
          }
          columns={[
            {
              title: t('models.node.label'),
              key: 'label',
              render: (_, row) => {
                const own = issuesOf(row.key);
                return (
                  // Beside antd's indent and expand icon, so a long name wraps within the row's own indent.
                  <div style={{ display: 'inline-block', verticalAlign: 'top', width: `calc(100% - ${depthOf(row.key) * INDENT + 28}px)` }}>
                    <Flex gap={6} align="center" wrap data-testid="node-label">
                      <Typography.Text strong={row.node.kind === 'weighted'}>{row.node.label || t('models.node.unnamed')}</Typography.Text>
                      {row.sum !== null ? (
                        <Tag color={row.sum === 100 ? 'success' : 'error'} data-testid="node-sum">
                          {t('models.node.sum', { sum: row.sum })}
                        </Tag>
                      ) : null}
                      {own.length ? (
                        <Tooltip title={own.map((i) => i.message).join('；')}>
                          <ExclamationCircleFilled
                            style={{ color: token.colorError }}
                            data-testid="node-issue"
                            aria-label={own.map((i) => i.message).join('；')}
                          />
                        </Tooltip>
                      ) : null}
                    </Flex>
                    <Typography.Text type="secondary" className="small" style={{ display: 'block' }}>
                      {describeNode(row.node, t, props.options)}
                    </Typography.Text>
                  </div>
                );
              },
            },
            {
              title: t('models.node.kind'),
              key: 'kind',
              width: 92,
              render: (_, row) => <Tag color={KIND_COLORS[row.node.kind]}>{t(`models.kinds.${row.node.kind}`)}</Tag>,
            },
            {
              title: t('models.node.points'),
              key: 'points',
              width: 100,
              render: (_, row) =>
                row.points === null ? (
                  <Typography.Text type="secondary">{t('models.node.rootPoints')}</Typography.Text>
                ) : (
                  <InputNumber
                    size="small"
                    min={0}
                    max={100}
                    step={1}
                    value={row.points}
                    disabled={props.readOnly}
                    status={issuesOf(row.key).length ? 'error' : undefined}
                    aria-label={t('models.node.pointsOf', { label: row.node.label })}
                    onClick={(e) => e.stopPropagation()}
                    onChange={(v) => setRoot(setPoints(draft.root, row.key, typeof v === 'number' ? v : 0))}
                    style={{ width: 88 }}
                    data-testid="node-points"
                  />
                ),
            },
            ...(props.readOnly
              ? []
              : [
                  {
                    title: t('common.table.actions'),
                    key: 'actions',
                    width: 124,
                    render: (_: unknown, row: TreeRow) => (
                      <Flex gap={2} onClick={(e) => e.stopPropagation()}>
                        {row.node.kind === 'weighted' ? (
                          <Tooltip title={t('models.actions.addChild')}>
                            <Button
                              size="small"
                              type="text"
                              icon={<PlusOutlined />}
                              aria-label={t('models.actions.addChild')}
                              data-testid="node-add"
                              onClick={() => {
                                const added = addChild(draft.root, row.key, t('models.node.newLabel'));
                                setRoot(added.root);
                                props.onSelect(added.key);
                              }}
                            />
                          </Tooltip>
                        ) : null}
                        {row.points !== null ? (
                          <>
                            <Tooltip title={t('models.actions.moveUp')}>
                              <Button
                                size="small"
                                type="text"
                                icon={<ArrowUpOutlined />}
                                aria-label={t('models.actions.moveUp')}
                                disabled={row.index === 0}
                                onClick={() => setRoot(moveNode(draft.root, row.key, -1))}
                              />
                            </Tooltip>
                            <Tooltip title={t('models.actions.moveDown')}>
                              <Button
                                size="small"
                                type="text"
                                icon={<ArrowDownOutlined />}
                                aria-label={t('models.actions.moveDown')}
                                disabled={row.index === row.siblings - 1}
                                onClick={() => setRoot(moveNode(draft.root, row.key, 1))}
                              />
                            </Tooltip>
                            <Popconfirm
                              title={t('models.confirm.removeTitle', { label: row.node.label })}
                              description={row.node.kind === 'weighted' ? t('models.confirm.removeWithChildren') : undefined}
                              okText={t('common.actions.delete')}
                              okButtonProps={{ danger: true, 'data-testid': 'node-remove-confirm' } as { danger: boolean }}
                              cancelText={t('common.actions.cancel')}
                              disabled={row.siblings <= 1}
                              onConfirm={() => {
                                setRoot(removeNode(draft.root, row.key));
                                props.onSelect('root');
                              }}
                            >
                              <Tooltip title={row.siblings <= 1 ? t('models.node.lastChild') : t('common.actions.delete')}>
                                <Button
                                  size="small"
                                  type="text"
                                  danger
                                  icon={<DeleteOutlined />}
                                  aria-label={t('common.actions.delete')}
                                  disabled={row.siblings <= 1}
                                  data-testid="node-remove"
                                />
                              </Tooltip>
                            </Popconfirm>
                          </>
                        ) : null}
                      </Flex>
                    ),
                  },
                ]),
          ]}
        />
      </Col>
      <Col xs={24} xl={9}>
        <NodePanel
          draft={draft}
          nodeKey={props.selected}
          onChange={props.onChange}
          issues={issuesOf(props.selected)}
          options={props.options}
          readOnly={props.readOnly}
        />
      </Col>
    </Row>
  );
}
