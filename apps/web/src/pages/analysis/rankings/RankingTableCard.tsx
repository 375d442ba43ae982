import { useMemo } from 'react';
import { Card, Empty, Skeleton, Table, Tag, Typography } from 'antd';
import { TrophyOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { RankingCategory, RankingRow } from '@jx/contract';
import { TableExcelButton } from '../../../components/charts/TableExcelButton';
import type { DataColumn } from '../../../components/charts/tableExport';
import { useT } from '../../../locales';

/** The ranked units of one category in scope; a unit's name opens its 单位画像. */
export function RankingTableCard(props: {
  category: RankingCategory | undefined;
  exportName: string;
  note: string | null;
  loading: boolean;
  emptyText: string;
}) {
  const t = useT();
  const rows = props.category?.rows ?? [];
  const columns = useMemo(
    (): DataColumn<RankingRow>[] => [
      { key: 'rank', title: t('analysis.rankings.rank'), value: (r) => r.rank },
      { key: 'unit', title: t('analysis.rankings.unit'), value: (r) => r.unitName },
      { key: 'score', title: t('analysis.rankings.score'), value: (r) => r.final },
      { key: 'grade', title: t('analysis.rankings.grade'), value: (r) => r.grade },
    ],
    [t],
  );
  return (
    <Card
      title={
        <span>
          <TrophyOutlined style={{ marginInlineEnd: 8 }} />
          {props.category ? `${t('analysis.rankings.title')} · ${props.category.categoryName}` : t('analysis.rankings.title')}
        </span>
      }
      extra={<TableExcelButton compact name={props.exportName} columns={columns} rows={rows} />}
      style={{ height: '100%' }}
      data-testid="analysis-ranking"
    >
      {props.loading ? (
        <Skeleton active />
      ) : !rows.length ? (
        <Empty description={props.emptyText} />
      ) : (
        <>
          {props.note ? (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              {props.note}
            </Typography.Paragraph>
          ) : null}
          <Table<RankingRow>
            rowKey="unitId"
            size="small"
            dataSource={rows}
            pagination={rows.length > 15 ? { pageSize: 15, showSizeChanger: false } : false}
            data-testid="ranking-table"
            columns={[
              {
                key: 'rank',
                title: t('analysis.rankings.rank'),
                width: 64,
                align: 'center',
                render: (_, r) => <Typography.Text strong={r.rank <= 3}>{r.rank}</Typography.Text>,
              },
              { key: 'unit', title: t('analysis.rankings.unit'), render: (_, r) => <Link to={`/analysis/units/${r.unitId}`}>{r.unitName}</Link> },
              { key: 'score', title: t('analysis.rankings.score'), align: 'right', width: 88, render: (_, r) => r.final.toFixed(2) },
              { key: 'grade', title: t('analysis.rankings.grade'), width: 88, render: (_, r) => <Tag>{r.grade}</Tag> },
            ]}
          />
        </>
      )}
    </Card>
  );
}
