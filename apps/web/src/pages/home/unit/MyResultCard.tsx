import { Card, Col, Empty, Row, Skeleton, Statistic, Typography } from 'antd';
import { TrophyOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useUnitResults } from '../../../api/rankings';
import { useCurrentUser } from '../../../auth/useCurrentUser';
import { useT } from '../../../locales';
import { periodLabel } from '../../analysis/rankings/RankingSection';

/** 我的考核成绩 on a unit admin's home: the latest published score, grade and rank of the unit against its category's mean. */
export function MyResultCard() {
  const t = useT();
  const user = useCurrentUser();
  const results = useUnitResults(user.unitId);
  const items = results.data?.items ?? [];
  const latest = items.reduce<(typeof items)[number] | undefined>((a, i) => (!a || i.period.publishedAt > a.period.publishedAt ? i : a), undefined);
  return (
    <Card
      size="small"
      title={
        <span>
          <TrophyOutlined style={{ marginInlineEnd: 8 }} />
          {t('analysis.results.myTitle')}
        </span>
      }
      extra={<Link to="/assessment/my-results">{t('analysis.results.myAll')}</Link>}
      data-testid="home-my-result"
    >
      {results.isLoading ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : !latest ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('analysis.results.myEmpty')} />
      ) : (
        <>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('analysis.results.myLatest', { year: latest.year, period: periodLabel(latest.period, t) })} · {latest.categoryName}
          </Typography.Paragraph>
          <Row gutter={[16, 8]}>
            <Col xs={12} sm={6}>
              <Statistic title={t('analysis.results.score')} value={latest.final.toFixed(2)} />
            </Col>
            <Col xs={12} sm={6}>
              <Statistic title={t('analysis.results.grade')} value={latest.grade} />
            </Col>
            <Col xs={12} sm={6}>
              <Statistic title={t('analysis.results.myRank')} value={t('analysis.results.rankValue', { rank: latest.rank, count: latest.unitCount })} />
            </Col>
            <Col xs={12} sm={6}>
              <Statistic
                title={t('analysis.results.mean')}
                value={latest.categoryMean === null ? '—' : latest.categoryMean.toFixed(2)}
                suffix={
                  latest.categoryMean === null ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('analysis.results.myMeanHidden')}
                    </Typography.Text>
                  ) : null
                }
              />
            </Col>
          </Row>
        </>
      )}
    </Card>
  );
}
