import { Card, Col, Empty, List, Row, Skeleton, Typography } from 'antd';
import { TrophyOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useLatestRankings } from '../../../api/rankings';
import { useT } from '../../../locales';
import { periodLabel } from '../../analysis/rankings/RankingSection';
import '../../analysis/rankings/rankings.css';

/** 最新考核排名 on the leader's home: per category, the latest published period and its first three, each opening the ranking or the unit. */
export function LatestRankingsCard(props: { yearId: string }) {
  const t = useT();
  const latest = useLatestRankings(props.yearId);
  const items = latest.data?.items ?? [];
  return (
    <Card
      title={
        <span>
          <TrophyOutlined style={{ marginInlineEnd: 8 }} />
          {t('analysis.rankings.latestTitle')}
        </span>
      }
      extra={<Link to="/analysis#rankings">{t('analysis.rankings.all')}</Link>}
      data-testid="home-latest-rankings"
    >
      {latest.isLoading ? (
        <Skeleton active />
      ) : !items.length ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('analysis.rankings.latestEmpty')} />
      ) : (
        <Row gutter={[16, 8]}>
          {items.map((c) => (
            <Col key={c.categoryId} xs={24} md={12} xl={6}>
              <Typography.Text strong>
                <Link to={`/analysis?periodId=${c.period.periodId}&categoryId=${c.categoryId}#rankings`}>{c.categoryName}</Link>
              </Typography.Text>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('analysis.rankings.latestPeriod', { period: periodLabel(c.period, t), count: c.unitCount })}
                </Typography.Text>
              </div>
              <List
                size="small"
                split={false}
                dataSource={c.top}
                renderItem={(r) => (
                  <List.Item style={{ paddingInline: 0 }} extra={<Typography.Text type="secondary">{r.final.toFixed(2)}</Typography.Text>}>
                    <span>
                      <span className={`rank-badge rank-${r.rank}`}>{r.rank}</span>
                      <Link to={`/analysis/units/${r.unitId}`}>{r.unitName}</Link>
                    </span>
                  </List.Item>
                )}
              />
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}
