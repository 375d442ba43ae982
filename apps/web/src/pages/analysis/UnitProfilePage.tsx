import { Card, Col, Empty, List, Row, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import type { TargetWarning } from '@jx/contract';
import { useStatistics } from '../../api/statistics';
import { useOrders } from '../../api/supervision';
import { useReports } from '../../api/reports';
import { useWarnings } from '../../api/warnings';
import { PageHeader } from '../../components/PageHeader';
import { WarningLevelTag } from '../../components/WarningLevelTag';
import { yearProblem } from '../../components/yearProblem';
import { useT } from '../../locales';
import { formatDate, formatDateTime } from '../../utils/format';
import { KpiCards } from '../statistics/KpiCards';
import { OrderStatusTags } from '../supervision/OrderStatusTags';
import { useYearChoice } from '../targets/shared';
import { TrendCard } from './TrendCard';
import { UnitResultsCards } from './rankings/UnitResultsCards';

const SHOWN = 8;

/**
 * 单位画像, reached by clicking a unit in 决策分析 or on the leader's home: the unit's figures of the year, its monthly
 * trend against plan and the previous year, its most urgent targets, latest reports and its orders.
 */
export function UnitProfilePage() {
  const t = useT();
  const { id: unitId = '' } = useParams();
  const { years, yearId, year, picker } = useYearChoice();
  const stats = useStatistics(yearId, 'unit');
  const row = stats.data?.rows.find((r) => r.id === unitId);
  const warnings = useWarnings({ yearId, unitId, page: 1, pageSize: SHOWN }, !!yearId);
  const reports = useReports({ yearId, unitId, page: 1, pageSize: SHOWN, order: 'desc' }, !!yearId);
  const orders = useOrders({ yearId, unitId, page: 1, pageSize: SHOWN }, !!yearId);
  const previous = years.data?.find((y) => year && y.year === year.year - 1);
  const q = `yearId=${yearId}&unitId=${unitId}`;

  const body = yearProblem(years, t) ?? (
    <>
      <KpiCards totals={row} loading={stats.isLoading} />
      {stats.data && !row ? (
        <Card>
          <Empty description={t('analysis.profile.none')} />
        </Card>
      ) : yearId ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <TrendCard
              yearId={yearId}
              unitId={unitId}
              previous={previous ? { id: previous.id, name: previous.name } : undefined}
              exportName={`${t('statistics.home.trend.title')}-${row?.name ?? ''}-${year?.name ?? ''}`}
            />
          </Col>
          <Col xs={24} xl={10}>
            <Card
              title={t('analysis.profile.urgent')}
              extra={<Link to={`/warnings?${q}`}>{t('statistics.home.all')}</Link>}
              data-testid="profile-warnings"
              style={{ height: '100%' }}
            >
              <List<TargetWarning>
                size="small"
                loading={warnings.isLoading}
                dataSource={warnings.data?.items ?? []}
                renderItem={(w) => (
                  <List.Item extra={<WarningLevelTag level={w.level} />}>
                    <List.Item.Meta
                      title={<Link to={`/targets/${w.targetId}`}>{w.title}</Link>}
                      description={t('analysis.profile.progress', { planned: w.plannedPercent, actual: w.actualPercent })}
                    />
                  </List.Item>
                )}
              />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card title={t('analysis.profile.reports')} extra={<Link to="/reports">{t('statistics.home.all')}</Link>} data-testid="profile-reports">
              <List
                size="small"
                loading={reports.isLoading}
                dataSource={reports.data?.items ?? []}
                locale={{ emptyText: t('reports.empty') }}
                renderItem={(r) => (
                  <List.Item>
                    <List.Item.Meta
                      title={<Link to={`/reports/${r.id}`}>{r.targetTitle}</Link>}
                      description={
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t('analysis.profile.report', { percent: r.actualPercent, by: r.reportedByName, at: formatDateTime(r.submittedAt) })}
                        </Typography.Text>
                      }
                    />
                  </List.Item>
                )}
              />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card title={t('statistics.home.orders.title')} extra={<Link to="/supervision">{t('statistics.home.all')}</Link>} data-testid="profile-orders">
              <List
                size="small"
                loading={orders.isLoading}
                dataSource={orders.data?.items ?? []}
                locale={{ emptyText: t('statistics.home.orders.empty') }}
                renderItem={(o) => (
                  <List.Item extra={<OrderStatusTags order={o} />}>
                    <List.Item.Meta
                      title={<Link to={`/targets/${o.targetId}#supervision`}>{o.targetTitle}</Link>}
                      description={
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {o.instruction} · {t('statistics.home.orders.due', { date: formatDate(o.dueDate) })}
                        </Typography.Text>
                      }
                    />
                  </List.Item>
                )}
              />
            </Card>
          </Col>
        </Row>
      ) : null}
      <UnitResultsCards unitId={unitId} unitName={row?.name ?? ''} />
    </>
  );

  return (
    <>
      <PageHeader
        title={row ? t('analysis.profile.title', { unit: row.name }) : t('analysis.profile.titleLoading')}
        subTitle={t('analysis.profile.subtitle')}
        extra={picker}
      />
      {body}
    </>
  );
}

export default UnitProfilePage;
