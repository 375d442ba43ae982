import { useMemo, useState, type Key } from 'react';
import { Alert, App, Button, Card, Flex, Switch, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { IndicatorNode, IndicatorTree } from '@jx/contract';
import { useDeleteIndicator, useProposeFrameworkChange } from '../../api/framework';
import { tableLocale } from '../../components/tableLocale';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { indicatorColumns, type IndicatorRow } from './columns';
import type { IndicatorModalState } from './IndicatorFormModal';
import type { WeightsSet } from './WeightsModal';
import { WeightSumTag, weightSumText } from './WeightSum';

/** antd renders an expand icon for any `children` array: leaves get none. */
function toRows(nodes: readonly IndicatorNode[]): IndicatorRow[] {
  return nodes.map(({ children, ...i }) => (children.length ? { ...i, children: toRows(children) } : i));
}

function flatten(nodes: readonly IndicatorNode[]): IndicatorNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

export interface IndicatorTreeCardProps {
  tree: IndicatorTree | undefined;
  loading: boolean;
  fetching: boolean;
  error: unknown;
  onRetry: () => void;
  editable: boolean;
  onOpenForm: (s: IndicatorModalState) => void;
  onAdjust: (s: WeightsSet) => void;
  /** A department's target types: the card shows their subtrees and turns edits into proposals (decision 0029). */
  ownTypeIds?: ReadonlySet<string>;
}

/** The indicator tree as a tree table, with each sibling set's live total and the actions of the editors. */
export function IndicatorTreeCard({ tree, loading, fetching, error, onRetry, editable, onOpenForm, onAdjust, ownTypeIds }: IndicatorTreeCardProps) {
  const t = useT();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const del = useDeleteIndicator();
  const propose = useProposeFrameworkChange();
  const proposing = !!ownTypeIds;
  const [onlyOwn, setOnlyOwn] = useState(true);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<readonly Key[] | null>(null);

  const allRoots = useMemo(() => tree?.roots ?? [], [tree]);
  const ownRoots = useMemo(() => allRoots.filter((r) => !!r.targetTypeId && !!ownTypeIds?.has(r.targetTypeId)), [allRoots, ownTypeIds]);
  const roots = proposing && onlyOwn ? ownRoots : allRoots;
  /** Each indicator's first-level ancestor's type: the subtree a department may propose in. */
  const rootTypeOf = useMemo(() => {
    const m = new Map<string, string | null>();
    const walk = (n: IndicatorNode, type: string | null) => {
      m.set(n.id, type);
      n.children.forEach((c) => walk(c, type));
    };
    allRoots.forEach((r) => walk(r, r.targetTypeId));
    return m;
  }, [allRoots]);
  const rows = useMemo(() => toRows(roots), [roots]);
  const nodes = useMemo(() => new Map(flatten(roots).map((n) => [n.id, n])), [roots]);
  const parentIds = useMemo(() => [...nodes.values()].filter((n) => n.children.length).map((n) => n.id), [nodes]);
  const sets = useMemo(() => new Map((tree?.sets ?? []).filter((s) => s.parentId).map((s) => [s.parentId!, s])), [tree]);
  const rootSet = tree?.sets.find((s) => s.parentId === null);

  const columns = indicatorColumns(t, {
    sets,
    editable,
    busyId,
    onCreateChild: (parent) => onOpenForm({ mode: 'create', parent, siblings: nodes.get(parent.id)?.children ?? [] }),
    onEdit: (indicator) => onOpenForm({ mode: 'edit', indicator }),
    onAdjust: (parent) => onAdjust({ parent, items: nodes.get(parent.id)?.children ?? [] }),
    proposing,
    ownsRow: (i) => {
      const type = rootTypeOf.get(i.id);
      return !!type && !!ownTypeIds?.has(type);
    },
    onDelete: async (i) => {
      setBusyId(i.id);
      try {
        if (proposing) {
          await propose.mutateAsync({ body: { kind: 'DELETE', indicatorId: i.id, indicatorVersion: i.version } });
          message.success(t('framework.proposals.submitted'));
        } else {
          await del.mutateAsync({ params: { id: i.id }, query: { version: i.version } });
          message.success(t('framework.deleted'));
        }
      } catch (e) {
        handleError(e);
      } finally {
        setBusyId(null);
      }
    },
  });

  const problems = (tree?.problems ?? []).filter((p) => {
    if (!(proposing && onlyOwn)) return true;
    const type = p.parentId ? rootTypeOf.get(p.parentId) : null;
    return !!type && !!ownTypeIds?.has(type);
  });

  return (
    <Card
      data-testid="indicator-tree"
      title={
        <Flex align="center" gap={12} wrap>
          <span>{t('framework.treeTitle')}</span>
          {tree ? (
            <Typography.Text type="secondary" className="small" style={{ fontWeight: 'normal' }}>
              {t('framework.treeCount', { count: tree.count })}
            </Typography.Text>
          ) : null}
        </Flex>
      }
      extra={
        <Flex gap={8} align="center" wrap>
          {proposing ? (
            <Flex gap={6} align="center">
              <Switch size="small" checked={onlyOwn} onChange={setOnlyOwn} data-testid="only-own-types" aria-label={t('framework.proposals.onlyOwn')} />
              <Typography.Text className="small">{t('framework.proposals.onlyOwn')}</Typography.Text>
            </Flex>
          ) : null}
          {rootSet && !(proposing && onlyOwn) ? <WeightSumTag sumBp={rootSet.sumBp} label={t('framework.rootSum')} testId="sum-root" /> : null}
          {editable && !proposing && roots.length ? (
            <Button size="small" onClick={() => onAdjust({ parent: null, items: roots })} data-testid="adjust-root">
              {t('framework.adjustRoot')}
            </Button>
          ) : null}
          {parentIds.length ? (
            <>
              <Button size="small" onClick={() => setExpanded(parentIds)}>
                {t('framework.expandAll')}
              </Button>
              <Button size="small" onClick={() => setExpanded([])}>
                {t('framework.collapseAll')}
              </Button>
            </>
          ) : null}
          {editable ? (
            <Button
              type="primary"
              size="small"
              icon={<PlusOutlined />}
              onClick={() => onOpenForm({ mode: 'create', parent: null, siblings: allRoots })}
              data-testid="indicator-create-root"
            >
              {proposing ? t('framework.proposals.createRoot') : t('framework.createRoot')}
            </Button>
          ) : null}
        </Flex>
      }
    >
      {problems.length ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="weight-problems"
          title={t('framework.problemsTitle', { count: problems.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {problems.map((p) => {
                const text = weightSumText(t, p.sumBp);
                const parent = p.parentId ? nodes.get(p.parentId) : null;
                return (
                  <li key={p.parentId ?? 'root'}>
                    {p.parentId ? t('framework.problemChildren', { name: p.parentName ?? '', text }) : t('framework.problemRoot', { text })}
                    {editable && !proposing ? (
                      <Button type="link" size="small" onClick={() => onAdjust({ parent: parent ?? null, items: parent ? parent.children : roots })}>
                        {t('framework.adjust')}
                      </Button>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          }
        />
      ) : null}
      <Table<IndicatorRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={fetching}
        pagination={false}
        // Narrow screens scroll sideways instead of squeezing the names.
        scroll={{ x: editable ? 1000 : 800 }}
        expandable={{
          expandedRowKeys: (expanded ?? parentIds) as Key[],
          onExpandedRowsChange: (keys) => setExpanded(keys),
          indentSize: 20,
        }}
        locale={tableLocale({
          error,
          onRetry,
          empty: proposing && onlyOwn ? t('framework.proposals.emptyOwn') : editable && !proposing ? t('framework.emptyTree') : t('framework.emptyTreeReader'),
          loading,
        })}
      />
    </Card>
  );
}
