import { useMemo } from 'react';
import { Card, Empty, List, Progress, Skeleton, Typography } from 'antd';
import { FallOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { StatisticsRow } from '@jx/contract';
import { useT } from '../../../locales';

const SHOWN = 5;
const gap = (r: StatisticsRow) => (r.avgPlannedPercent ?? 0) - (r.avgActualPercent ?? 0);

/** The units furthest behind their plan (average planned minus actual points), each opening its profile. */
export function UnitsBehindCard({ rows, loading, yearId }: { rows: readonly StatisticsRow[]; loading: boolean; yearId: string }) {
  const t = useT();
  const behind = useMemo(
    () =>
      rows
        .filter((r) => r.id && r.targets > 0 && gap(r) > 0)
        .sort((a, b) => gap(b) - gap(a) || b.red - a.red)
        .slice(0, SHOWN),
    [rows],
  );
  return (
    <Card
      title={
        <span>
          <FallOutlined style={{ marginInlineEnd: 8 }} />
          {t('statistics.home.behind.title')}
        </span>
      }
      extra={<Link to={`/statistics?yearId=${yearId}`}>{t('statistics.home.all')}</Link>}
      data-testid="home-behind"
      style={{ height: '100%' }}
    >
      {loading ? (
        <Skeleton active />
      ) : behind.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('statistics.home.behind.none')} />
      ) : (
        <List
          dataSource={behind}
          renderItem={(r) => (
            <List.Item key={r.id}>
              <div style={{ width: '100%' }}>
                <Link to={`/analysis/units/${r.id}`}>{r.name}</Link>
                <Typography.Text type="secondary" style={{ float: 'right', fontSize: 12 }}>
                  {t('statistics.home.behind.gap', { points: Math.round(gap(r) * 10) / 10, red: r.red })}
                </Typography.Text>
                <Progress
                  percent={r.avgActualPercent ?? 0}
                  success={{ percent: 0 }}
                  size="small"
                  status="exception"
                  format={() => (
                    <span style={{ color: '#a8071a' }}>
                      {r.avgActualPercent ?? 0}% / {r.avgPlannedPercent ?? 0}%
                    </span>
                  )}
                  aria-label={t('statistics.home.behind.progress', { name: r.name, actual: r.avgActualPercent ?? 0, planned: r.avgPlannedPercent ?? 0 })}
                />
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
