import { useState } from 'react';
import { Card, Empty, Flex, Segmented, Table } from 'antd';
import { exportStatistics, STATISTICS_GROUPS, type StatisticsGroup, type StatisticsRow } from '@jx/contract';
import { useStatistics } from '../../api/statistics';
import { ErrorState } from '../../components/ErrorState';
import { ExportButton } from '../../components/ExportButton';
import { unpinned, usePhone } from '../../hooks/usePhone';
import { PageHeader } from '../../components/PageHeader';
import { yearProblem } from '../../components/yearProblem';
import { useT } from '../../locales';
import { useYearChoice } from '../targets/shared';
import { KpiCards } from './KpiCards';
import { statisticsColumns, totalsCells } from './columns';
import { WarningBarChart } from './WarningBarChart';

/**
 * 统计分析 for leaders, departments and the office: the year's targets in the user's scope by unit, target type or
 * category — warning levels, plan vs actual, reports due / late / overdue, open and overdue orders.
 */
export function StatisticsPage() {
  const t = useT();
  const phone = usePhone();
  const { years, yearId, year, picker } = useYearChoice();
  const [groupBy, setGroupBy] = useState<StatisticsGroup>('unit');
  const query = useStatistics(yearId, groupBy);
  const columns = yearId ? statisticsColumns(t, groupBy, yearId) : [];
  const data = query.data?.groupBy === groupBy ? query.data : undefined;
  const loading = query.isFetching && !data;

  let body;
  const noYear = yearProblem(years, t);
  if (noYear) body = noYear;
  else if (query.isError) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else
    body = (
      <>
        <KpiCards totals={query.data?.totals} loading={!query.data} />
        {query.data && query.data.rows.length === 0 ? (
          <Card>
            <Empty description={t('statistics.empty')} data-testid="statistics-empty" />
          </Card>
        ) : (
          <>
            <div style={{ marginBottom: 16 }}>
              {data && yearId ? (
                <WarningBarChart rows={data.rows} groupBy={groupBy} yearId={yearId} exportName={`${year?.name ?? ''}-${t(`statistics.groups.${groupBy}`)}`} />
              ) : (
                <Card loading />
              )}
            </div>
            <Card>
              <Table<StatisticsRow>
                data-testid="statistics-table"
                rowKey={(r) => r.id ?? 'none'}
                size="middle"
                bordered
                loading={loading}
                columns={phone ? unpinned(columns) : columns}
                dataSource={data?.rows ?? []}
                pagination={false}
                scroll={{ x: 1080 }}
                summary={() =>
                  data ? (
                    <Table.Summary>
                      <Table.Summary.Row data-testid="statistics-totals">
                        <Table.Summary.Cell index={0}>
                          <strong>{t('statistics.totals')}</strong>
                        </Table.Summary.Cell>
                        {totalsCells(data.totals).map((v, i) => (
                          <Table.Summary.Cell key={i} index={i + 1} align="right">
                            <strong>{v}</strong>
                          </Table.Summary.Cell>
                        ))}
                      </Table.Summary.Row>
                    </Table.Summary>
                  ) : null
                }
              />
            </Card>
          </>
        )}
      </>
    );

  return (
    <>
      <PageHeader
        title={t('statistics.title')}
        subTitle={t('statistics.subtitle')}
        extra={
          <Flex gap={8} wrap align="center">
            {picker}
            <Segmented<StatisticsGroup>
              value={groupBy}
              onChange={setGroupBy}
              options={STATISTICS_GROUPS.map((g) => ({ value: g, label: t(`statistics.groups.${g}`) }))}
              data-testid="statistics-group"
            />
            {yearId ? (
              <ExportButton route={exportStatistics} query={{ yearId, groupBy }} fallbackName={t('statistics.exportName')} data-testid="statistics-export">
                {t('excel.export')}
              </ExportButton>
            ) : null}
          </Flex>
        }
      />
      {body}
    </>
  );
}

export default StatisticsPage;
