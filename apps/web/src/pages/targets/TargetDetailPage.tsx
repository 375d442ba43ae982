import { Alert, Button, Card, Col, Descriptions, Empty, Flex, Row, Skeleton, Table, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { ApiError, formatPeriodKey, formatWeightBp, getTargetWarning, listAssessors } from '@jx/contract';
import { useTargetWarning } from '../../api/warnings';
import { WarningLevelTag } from '../../components/WarningLevelTag';
import { useTarget } from '../../api/targets';
import { canCall } from '../../auth/access';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { usePhone } from '../../hooks/usePhone';
import { useT } from '../../locales';
import { formatDateTime } from '../../utils/format';
import { MilestoneChart } from './MilestoneChart';
import { RevisionDiff } from './RevisionDiff';
import { allowedActions, TargetStatusTag } from './shared';
import { DANGER_ACTIONS, useTargetActions } from './useTargetActions';
import { CommentsSection } from '../supervision/CommentsSection';
import { OrdersSection } from '../supervision/OrdersSection';
import { ReportsSection } from '../reports/ReportsSection';
import { TargetAssessorsField } from '../target-types/TargetAssessorsField';

/** /targets/:id — every field, the milestone plan, responsibles, revisions and the diff between two of them. */
export function TargetDetailPage() {
  const t = useT();
  const { id } = useParams();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const query = useTarget(id);
  // 执行情况 once the target has a plan in force (the warning centre's level and reasons).
  const warningQuery = useTargetWarning(id ?? '', !!id && !!query.data?.publishedRevisionNo && canCall(getTargetWarning, user.roles));
  const actions = useTargetActions();
  const phone = usePhone();
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/targets')}>
      {t('targets.form.back')}
    </Button>
  );

  if (query.isError) {
    const missing = query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 403);
    return (
      <>
        <PageHeader title={t('targets.detail.title')} extra={back} />
        <ErrorState error={query.error} title={missing ? t('targets.detail.notFound') : undefined} onRetry={missing ? undefined : () => void query.refetch()} />
      </>
    );
  }
  if (!query.data)
    return (
      <>
        <PageHeader title={t('targets.detail.title')} extra={back} />
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      </>
    );

  const target = query.data;
  const acts = allowedActions(target, user.roles);
  const revising = target.publishedRevisionNo !== null && target.status !== 'PUBLISHED';
  const warning = warningQuery.data;

  return (
    <>
      <PageHeader
        title={
          <Flex gap={8} align="center" wrap>
            <span data-testid="target-detail-title">{target.title}</span>
            <span data-testid="target-detail-status">
              <TargetStatusTag status={target.status} />
            </span>
            {warning ? <WarningLevelTag level={warning.level} /> : null}
          </Flex>
        }
        subTitle={`${target.unitName} · ${target.targetTypeName} · ${target.indicatorName}`}
        extra={
          <>
            {acts.map((a) => (
              <Button
                key={a}
                type={a === 'submit' || a === 'approve' || a === 'publish' ? 'primary' : 'default'}
                danger={DANGER_ACTIONS.has(a)}
                onClick={() => actions.run(a, target)}
                data-testid={`target-detail-${a}`}
              >
                {t(`targets.actions.${a}`)}
              </Button>
            ))}
            {back}
          </>
        }
      />
      <Flex vertical gap={16}>
        {warning && warning.level !== 'GREEN' ? (
          <Alert
            type={warning.level === 'RED' ? 'error' : 'warning'}
            showIcon
            title={t('targets.detail.execution', { planned: warning.plannedPercent, actual: warning.actualPercent })}
            description={warning.reasons.map((r) => r.message).join('；')}
            data-testid="target-warning"
          />
        ) : null}
        {target.status === 'RETURNED' && target.returnReason ? (
          <Alert type="error" showIcon title={t('targets.form.returnedAlert', { reason: target.returnReason })} data-testid="target-return-reason" />
        ) : null}
        {revising ? (
          <Alert
            type="info"
            showIcon
            title={t('targets.form.revisionAlert', { no: (target.publishedRevisionNo ?? 0) + 1, current: target.publishedRevisionNo ?? 0 })}
            description={t('targets.detail.publishedDiffers')}
          />
        ) : null}
        <Card size="small" title={t('targets.form.basic')}>
          <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }} data-testid="target-detail">
            <Descriptions.Item label={t('targets.fields.unit')}>{target.unitName}</Descriptions.Item>
            <Descriptions.Item label={t('targets.fields.type')}>{target.targetTypeName}</Descriptions.Item>
            <Descriptions.Item label={t('targets.fields.indicator')}>{target.indicatorName}</Descriptions.Item>
            <Descriptions.Item label={t('targets.fields.deadline')}>{target.deadline}</Descriptions.Item>
            <Descriptions.Item label={t('targets.fields.maxScore')}>{target.maxScore}</Descriptions.Item>
            <Descriptions.Item label={t('targets.fields.metricTarget')}>
              {target.metricTarget ? `${target.metricTarget} ${target.metricUnit ?? ''}` : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('targets.fields.origin')}>{t(`targets.origins.${target.origin}`)}</Descriptions.Item>
            <Descriptions.Item label={t('targets.fields.rhythm')}>{t(`targets.rhythms.${target.reportingRhythm}`)}</Descriptions.Item>
            <Descriptions.Item label={t('targets.fields.revision')}>
              {target.publishedRevisionNo ? t('targets.detail.before', { no: target.publishedRevisionNo }) : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('targets.fields.content')} span="filled">
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{target.content}</Typography.Paragraph>
            </Descriptions.Item>
            <Descriptions.Item label={t('targets.fields.measures')} span="filled">
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{target.measures}</Typography.Paragraph>
            </Descriptions.Item>
            <Descriptions.Item label={t('targets.fields.expectedResult')} span="filled">
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{target.expectedResult}</Typography.Paragraph>
            </Descriptions.Item>
            <Descriptions.Item label={t('targets.fields.updatedAt')}>{formatDateTime(target.updatedAt)}</Descriptions.Item>
            {canCall(listAssessors, user.roles) ? (
              <Descriptions.Item label={t('targetTypes.targetField.label')}>
                <TargetAssessorsField target={target} />
              </Descriptions.Item>
            ) : null}
          </Descriptions>
        </Card>
        <Row gutter={16}>
          <Col xs={24} lg={14}>
            <Card size="small" title={t('targets.fields.milestones')} style={{ height: '100%' }}>
              {target.milestones.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('targets.milestones.empty')} />
              ) : (
                <Row gutter={16}>
                  <Col xs={24} md={9}>
                    <Table
                      size="small"
                      rowKey="period"
                      pagination={false}
                      dataSource={target.milestones}
                      data-testid="target-milestones"
                      columns={[
                        { key: 'period', title: t('targets.milestones.period'), dataIndex: 'period', render: (v: string) => formatPeriodKey(v) },
                        {
                          key: 'plannedPercent',
                          title: t('targets.milestones.planned'),
                          dataIndex: 'plannedPercent',
                          align: 'right',
                          render: (v: number) => `${v}%`,
                        },
                      ]}
                    />
                  </Col>
                  <Col xs={24} md={15}>
                    <Typography.Text type="secondary">{t('targets.milestones.chartTitle')}</Typography.Text>
                    <MilestoneChart milestones={target.milestones} name={t('targets.milestones.planned')} />
                  </Col>
                </Row>
              )}
            </Card>
          </Col>
          <Col xs={24} lg={10}>
            <Card size="small" title={t('targets.fields.responsibles')} style={{ height: '100%' }}>
              <Table
                size="small"
                rowKey="personId"
                pagination={false}
                dataSource={target.responsibles}
                data-testid="target-responsibles"
                locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('targets.responsibles.empty')} /> }}
                columns={[
                  { key: 'personName', title: t('targets.responsibles.person'), dataIndex: 'personName' },
                  {
                    key: 'share',
                    title: t('targets.responsibles.share'),
                    dataIndex: 'shareBp',
                    align: 'right',
                    render: (v: number) => `${formatWeightBp(v)}%`,
                  },
                ]}
              />
            </Card>
          </Col>
        </Row>
        <ReportsSection target={target} />
        <Card size="small" title={t('targets.detail.revisions')}>
          <Table
            size="small"
            rowKey="revisionNo"
            pagination={false}
            dataSource={target.revisions}
            data-testid="target-revisions"
            scroll={phone ? { x: 720 } : undefined}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('targets.detail.noRevisions')} /> }}
            columns={[
              {
                key: 'revisionNo',
                title: t('targets.detail.revisionNo'),
                dataIndex: 'revisionNo',
                width: 120,
                render: (v: number) => (
                  <>
                    {t('targets.detail.before', { no: v })}
                    {v === target.publishedRevisionNo ? <Typography.Text type="success">（{t('targets.detail.inForce')}）</Typography.Text> : null}
                  </>
                ),
              },
              {
                key: 'status',
                title: t('targets.detail.revisionStatus'),
                dataIndex: 'status',
                width: 100,
                render: (_, r) => <TargetStatusTag status={r.status} />,
              },
              {
                key: 'reason',
                title: t('targets.detail.revisionReason'),
                dataIndex: 'reason',
                render: (v: string | null, r) => v ?? (r.revisionNo === 1 ? t('targets.detail.firstVersion') : '—'),
              },
              { key: 'createdAt', title: t('targets.detail.createdAt'), dataIndex: 'createdAt', width: 180, render: (v: string) => formatDateTime(v) },
              {
                key: 'publishedAt',
                title: t('targets.detail.publishedAt'),
                dataIndex: 'publishedAt',
                width: 180,
                render: (v: string | null) => formatDateTime(v),
              },
            ]}
          />
        </Card>
        <RevisionDiff key={target.revisions.length} target={target} />
        <CommentsSection target={target} />
        <OrdersSection target={target} />
      </Flex>
      {actions.element}
    </>
  );
}

export default TargetDetailPage;
