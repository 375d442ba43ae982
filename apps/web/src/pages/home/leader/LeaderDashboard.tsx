import { Card, Col, Row, Skeleton, Typography } from 'antd';
import { DashboardOutlined } from '@ant-design/icons';
import { useStatistics } from '../../../api/statistics';
import { useOrders } from '../../../api/supervision';
import { useYears } from '../../../api/years';
import { defaultYear } from '../../../components/YearPicker';
import { useCurrentUser } from '../../../auth/useCurrentUser';
import { useT } from '../../../locales';
import { AnnouncementsCard } from '../AnnouncementsCard';
import { ActivityCards } from './ActivityCards';
import { LeaderKpis } from './LeaderKpis';
import { TrendCard } from '../../analysis/TrendCard';
import { UnitsBehindCard } from './UnitsBehindCard';
import { LatestRankingsCard } from './LatestRankingsCard';
import '../home.css';

/**
 * 领导首页: the year at a glance in the leader's scope (a deputy's portfolio) — figures, the monthly trend of plan
 * against actual, the units furthest behind, what moved lately and what comes next; every figure opens its list.
 */
export function LeaderDashboard() {
  const t = useT();
  const user = useCurrentUser();
  const years = useYears();
  const year = defaultYear(years.data ?? []);
  const stats = useStatistics(year?.id, 'unit');
  const orders = useOrders({ page: 1, pageSize: 1, yearId: year?.id }, !!year);
  if (!year) return years.isLoading ? <Skeleton active /> : <AnnouncementsCard />;
  return (
    <div className="leader-home" data-testid="leader-home">
      <Card
        title={
          <span>
            <DashboardOutlined style={{ marginInlineEnd: 8 }} />
            {t('statistics.home.title', { year: year.name })}
          </span>
        }
        extra={
          <Typography.Text type="secondary">
            {user.roles.includes('LEADER_MAIN') ? t('statistics.home.scopeAll') : t('statistics.home.scopePortfolio')}
          </Typography.Text>
        }
      >
        <LeaderKpis totals={stats.data?.totals} toClose={orders.data?.counts.RESPONDED} loading={stats.isLoading} yearId={year.id} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <TrendCard yearId={year.id} />
        </Col>
        <Col xs={24} xl={8}>
          <UnitsBehindCard rows={stats.data?.rows ?? []} loading={stats.isLoading} yearId={year.id} />
        </Col>
      </Row>
      <LatestRankingsCard yearId={year.id} />
      <ActivityCards yearId={year.id} />
      <AnnouncementsCard />
    </div>
  );
}
