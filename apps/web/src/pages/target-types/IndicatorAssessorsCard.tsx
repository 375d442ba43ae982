import { useMemo, useState, type HTMLAttributes, type Key } from 'react';
import { Button, Card, Flex, Table, Typography, type TableColumnsType } from 'antd';
import type { Indicator, IndicatorNode, IndicatorTree, TargetType } from '@jx/contract';
import { tableLocale } from '../../components/tableLocale';
import { useT } from '../../locales';
import { LevelTag } from '../framework/columns';
import { AssessorCell, sourceText } from './AssessorCell';
import type { AssessorsTarget } from './AssessorsModal';
import { indicatorAssessors, indicatorPaths, namingKey, type Namings } from './effectiveAssessors';

type Row = Indicator & { children?: Row[] };

/** antd renders an expand icon for any `children` array: leaves get none. */
const toRows = (nodes: readonly IndicatorNode[]): Row[] => nodes.map(({ children, ...i }) => (children.length ? { ...i, children: toRows(children) } : i));

export interface IndicatorAssessorsCardProps {
  tree: IndicatorTree | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  namings: Namings;
  types: ReadonlyMap<string, TargetType>;
  canName: boolean;
  onName: (subject: AssessorsTarget) => void;
}

/**
 * The year's indicator tree with the assessing departments in force on each indicator: named on it (bold), or inherited
 * from the nearest ancestor, the first level's target type or its owner (greyed). The office names departments per
 * indicator; a naming covers the subtree.
 */
export function IndicatorAssessorsCard({ tree, loading, error, onRetry, namings, types, canName, onName }: IndicatorAssessorsCardProps) {
  const t = useT();
  const roots = useMemo(() => tree?.roots ?? [], [tree]);
  const rows = useMemo(() => toRows(roots), [roots]);
  const paths = useMemo(() => indicatorPaths(roots), [roots]);
  const parentIds = useMemo(() => [...paths.values()].filter((p) => p.at(-1)!.children.length).map((p) => p.at(-1)!.id), [paths]);
  const [expanded, setExpanded] = useState<readonly Key[] | null>(null);

  const effectiveOf = (i: Indicator) => indicatorAssessors(paths.get(i.id) ?? [], namings, types);
  /** What applies to the indicator when it names nobody itself: the same resolution from its parent up. */
  const fallbackOf = (i: Indicator) => {
    const path = paths.get(i.id) ?? [];
    const inherited = indicatorAssessors(path, new Map([...namings].filter(([k]) => k !== namingKey('indicator', i.id))), types);
    return inherited.source === 'byType' ? sourceText(t, inherited) : `${inherited.units.map((u) => u.name).join('、')}（${sourceText(t, inherited)}）`;
  };

  const columns: TableColumnsType<Row> = [
    {
      key: 'name',
      title: t('targetTypes.tree.name'),
      render: (_, i) => (
        <span>
          <LevelTag level={i.level} t={t} />
          <Typography.Text strong={i.level === 1}>{i.name}</Typography.Text>
          <Typography.Text type="secondary" className="small mono" style={{ marginInlineStart: 8 }}>
            {i.code}
          </Typography.Text>
        </span>
      ),
    },
    {
      key: 'type',
      title: t('targetTypes.tree.targetType'),
      width: 120,
      render: (_, i) => (i.targetTypeName ? i.targetTypeName : null),
    },
    {
      key: 'assessors',
      title: t('targetTypes.tree.assessors'),
      width: 380,
      render: (_, i) => <AssessorCell t={t} value={effectiveOf(i)} testId={`indicator-assessors-${i.code}`} />,
    },
  ];
  if (canName)
    columns.push({
      key: 'action',
      title: t('targetTypes.tree.action'),
      width: 120,
      render: (_, i) => (
        <Button
          type="link"
          size="small"
          data-testid={`indicator-assessors-set-${i.code}`}
          onClick={() =>
            onName({ scope: 'indicator', id: i.id, name: i.name, named: namings.get(namingKey('indicator', i.id)) ?? [], fallback: fallbackOf(i) })
          }
        >
          {t('targetTypes.actions.assessors')}
        </Button>
      ),
    });

  return (
    <Card
      data-testid="indicator-assessors"
      title={t('targetTypes.tree.title')}
      extra={
        parentIds.length ? (
          <Flex gap={8}>
            <Button size="small" onClick={() => setExpanded(parentIds)}>
              {t('targetTypes.tree.expandAll')}
            </Button>
            <Button size="small" onClick={() => setExpanded([])}>
              {t('targetTypes.tree.collapseAll')}
            </Button>
          </Flex>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary" className="small" style={{ marginTop: 0 }}>
        {t('targetTypes.tree.hint')}
      </Typography.Paragraph>
      <Table<Row>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 900 }}
        dataSource={rows}
        loading={loading}
        columns={columns}
        expandable={{ expandedRowKeys: expanded ?? parentIds, onExpandedRowsChange: (keys) => setExpanded(keys) }}
        onRow={(i) => ({ 'data-testid': `indicator-row-${i.code}` }) as HTMLAttributes<HTMLElement>}
        locale={tableLocale({ error, onRetry, empty: t('targetTypes.tree.empty'), loading: loading && !tree })}
      />
    </Card>
  );
}
