import { Card, Empty, Flex, Progress, Skeleton, Tag, Typography } from 'antd';
import { NodeIndexOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { ProcessProgress } from '@jx/contract';
import { useHomeQueue } from '../../../api/home';
import { useYears } from '../../../api/years';
import { defaultYear } from '../../../components/YearPicker';
import { ErrorState } from '../../../components/ErrorState';
import { useT } from '../../../locales';
import { formatDate } from '../../../utils/format';
import '../home.css';

/**
 * 目标绩效办's pipeline: each open assessment process with its records submitted of expected per assessing department,
 * and the departments whose accounts have not signed in for a while. Shares the home queue's request with the tiles.
 */
export function OfficePipelineCard() {
  const t = useT();
  const years = useYears();
  const yearId = defaultYear(years.data ?? [])?.id;
  const query = useHomeQueue(yearId, !years.isLoading);
  const office = query.data?.office;
  return (
    <Card
      title={
        <span>
          <NodeIndexOutlined style={{ marginInlineEnd: 8 }} />
          {t('common.home.pipeline.title')}
        </span>
      }
      extra={<Link to="/assessment/processes">{t('common.home.pipeline.all')}</Link>}
      style={{ marginBottom: 16 }}
      data-testid="home-pipeline"
    >
      {query.isLoading || years.isLoading ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : query.error ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Flex vertical gap={16}>
          {office?.processes.length ? (
            office.processes.map((p) => <ProcessBlock key={p.processId} process={p} />)
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.home.pipeline.noOpen')} />
          )}
          <div data-testid="home-idle-departments">
            <Typography.Text strong>{t('common.home.pipeline.idleTitle', { days: office?.idleDays ?? 0 })}</Typography.Text>
            {office?.idleDepartments.length ? (
              <Flex wrap gap={8} style={{ marginTop: 8 }}>
                {office.idleDepartments.map((d) => (
                  <Tag key={d.unitId} color="warning" style={{ marginInlineEnd: 0 }}>
                    {d.unitName}
                    {' · '}
                    {d.lastLoginAt ? t('common.home.pipeline.lastLogin', { date: formatDate(d.lastLoginAt) }) : t('common.home.pipeline.neverLoggedIn')}
                  </Tag>
                ))}
              </Flex>
            ) : (
              <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
                {t('common.home.pipeline.noIdle')}
              </Typography.Paragraph>
            )}
          </div>
        </Flex>
      )}
    </Card>
  );
}

function ProcessBlock({ process }: { process: ProcessProgress }) {
  const t = useT();
  const submitted = process.departments.reduce((n, d) => n + d.submitted, 0);
  const expected = process.departments.reduce((n, d) => n + d.expected, 0);
  return (
    <section className="pipeline-process" data-testid="home-pipeline-process" aria-label={`${process.periodName} ${process.targetTypeName}`}>
      <Flex justify="space-between" align="baseline" wrap gap={8}>
        <Typography.Text strong>
          {process.periodName} · {process.targetTypeName}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('common.home.pipeline.total', { submitted, expected })}
          {process.openedAt ? ` · ${t('common.home.pipeline.openedAt', { date: formatDate(process.openedAt) })}` : ''}
        </Typography.Text>
      </Flex>
      {process.departments.length ? (
        process.departments.map((d) => (
          <div key={d.unitId} className="pipeline-dept" data-testid="home-pipeline-dept">
            <span className="pipeline-dept-name" title={d.unitName}>
              {d.unitName}
            </span>
            <Progress
              percent={d.expected ? Math.round((d.submitted * 100) / d.expected) : 100}
              size="small"
              status={d.expected && d.submitted >= d.expected ? 'success' : 'normal'}
              format={() => `${d.submitted}/${d.expected}`}
              aria-label={t('common.home.pipeline.deptProgress', { unit: d.unitName, submitted: d.submitted, expected: d.expected })}
            />
          </div>
        ))
      ) : (
        <Typography.Paragraph type="secondary">{t('common.home.pipeline.noTargets')}</Typography.Paragraph>
      )}
    </section>
  );
}
