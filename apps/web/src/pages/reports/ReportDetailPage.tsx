import { useState, type ReactNode } from 'react';
import { Button, Card, Descriptions, Flex, Skeleton, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, formatPeriodKey, type ProgressReport } from '@jx/contract';
import { useReportDocuments } from '../../api/documents';
import { useReport } from '../../api/reports';
import { useTarget } from '../../api/targets';
import { useYears } from '../../api/years';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../locales';
import { formatDateTime } from '../../utils/format';
import { DocumentList } from '../documents/DocumentList';
import { UploadDocumentButton } from '../documents/UploadDocumentButton';
import { EditReportButton } from './EditReportButton';
import { plannedAt } from './periodRows';
import { canEditReport, canUploadDocuments, planInForce } from './permissions';
import { ReportFormModal } from './ReportFormModal';
import { TimelinessTag } from './ReportStatusTag';

const multiline = (text: string | null) =>
  text ? (
    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{text}</Typography.Paragraph>
  ) : (
    <Typography.Text type="secondary">—</Typography.Text>
  );

/** /reports/:id — one progress report: its fields, its 工作文档 (read, download, upload), 修改 for the reporter or unit admin. */
export function ReportDetailPage() {
  const t = useT();
  const { id } = useParams();
  const navigate = useNavigate();
  const query = useReport(id);
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(-1)}>
      {t('reports.actions.back')}
    </Button>
  );
  if (query.isError) {
    const missing = query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 403);
    return (
      <>
        <PageHeader title={t('reports.detail.title')} extra={back} />
        <ErrorState error={query.error} title={missing ? t('reports.detail.notFound') : undefined} onRetry={missing ? undefined : () => void query.refetch()} />
      </>
    );
  }
  if (!query.data)
    return (
      <>
        <PageHeader title={t('reports.detail.title')} extra={back} />
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      </>
    );
  return <ReportView report={query.data} back={back} />;
}

function ReportView({ report, back }: { report: ProgressReport; back: ReactNode }) {
  const t = useT();
  const user = useCurrentUser();
  const docs = useReportDocuments(report.id);
  const target = useTarget(report.targetId);
  const years = useYears();
  const [editing, setEditing] = useState(false);
  const period = formatPeriodKey(report.periodKey);
  const year = target.data ? years.data?.find((y) => y.id === target.data.yearId) : undefined;
  const open = !!year && year.status !== 'CLOSED';
  const plan = target.data ? planInForce(target.data) : undefined;
  const planned = plan ? plannedAt(plan.milestones, report.periodKey) : null;

  return (
    <>
      <PageHeader
        title={
          <Flex gap={8} align="center" wrap>
            <span data-testid="report-detail-title">{t('reports.detail.heading', { period })}</span>
            <TimelinessTag late={report.late} />
          </Flex>
        }
        subTitle={`${report.targetTitle} · ${report.unitName}`}
        extra={
          <>
            {year && open && canEditReport(user, report) ? (
              <EditReportButton
                year={year.year}
                periodKey={report.periodKey}
                type="primary"
                icon={<EditOutlined />}
                onClick={() => setEditing(true)}
                data-testid="report-detail-edit"
              />
            ) : null}
            <Link to={`/targets/${report.targetId}`}>
              <Button>{t('reports.actions.viewTarget')}</Button>
            </Link>
            {back}
          </>
        }
      />
      <Flex vertical gap={16}>
        <Card size="small">
          <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }} data-testid="report-detail">
            <Descriptions.Item label={t('reports.fields.target')}>
              <Link to={`/targets/${report.targetId}`}>{report.targetTitle}</Link>
            </Descriptions.Item>
            <Descriptions.Item label={t('reports.fields.unit')}>{report.unitName}</Descriptions.Item>
            <Descriptions.Item label={t('reports.fields.period')}>{period}</Descriptions.Item>
            <Descriptions.Item label={t('reports.fields.actualPercent')}>
              <Typography.Text strong>{report.actualPercent}%</Typography.Text>
              {planned !== null ? <Typography.Text type="secondary">（{t('reports.form.plannedHint', { planned })}）</Typography.Text> : null}
            </Descriptions.Item>
            <Descriptions.Item label={t('reports.fields.actualValue')}>
              {report.actualValue !== null ? `${report.actualValue} ${plan?.metricUnit ?? ''}` : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('reports.fields.timeliness')}>
              <TimelinessTag late={report.late} />
            </Descriptions.Item>
            <Descriptions.Item label={t('reports.fields.reporter')}>{report.reportedByName}</Descriptions.Item>
            <Descriptions.Item label={t('reports.fields.submittedAt')}>{formatDateTime(report.submittedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('reports.fields.updatedAt')}>{formatDateTime(report.updatedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('reports.fields.narrative')} span="filled">
              {multiline(report.narrative)}
            </Descriptions.Item>
            <Descriptions.Item label={t('reports.fields.problems')} span="filled">
              {multiline(report.problems)}
            </Descriptions.Item>
            <Descriptions.Item label={t('reports.fields.nextSteps')} span="filled">
              {multiline(report.nextSteps)}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card
          size="small"
          title={t('reports.detail.documents')}
          extra={
            target.data && canUploadDocuments(user, target.data) ? (
              <UploadDocumentButton to={{ kind: 'report', id: report.id }} testId="report-document-upload" />
            ) : null
          }
        >
          <DocumentList
            items={docs.data?.items}
            loading={docs.isFetching}
            error={docs.error}
            onRetry={() => void docs.refetch()}
            empty={t('reports.detail.documentsEmpty')}
            testId="report-documents"
          />
        </Card>
      </Flex>
      {editing && target.data && plan ? (
        <ReportFormModal
          open
          target={{ id: report.targetId, title: report.targetTitle, unitName: report.unitName, metricTarget: plan.metricTarget, metricUnit: plan.metricUnit }}
          periodKey={report.periodKey}
          plannedPercent={planned}
          report={report}
          onClose={() => setEditing(false)}
        />
      ) : null}
    </>
  );
}

export default ReportDetailPage;
