import type { ReactNode } from 'react';
import { Alert, Button, Card, Descriptions, Empty, Flex, Select, Skeleton, Tag } from 'antd';
import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError, formatPeriodKey, uploadDocumentVersion, type DocumentDetail } from '@jx/contract';
import { useDocument } from '../../api/documents';
import { useReport } from '../../api/reports';
import { useTarget } from '../../api/targets';
import { canCall } from '../../auth/access';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../locales';
import { formatDateTime } from '../../utils/format';
import { canUploadDocuments } from '../reports/permissions';
import { WarningList } from './ConversionWarnings';
import { DocumentHtml } from './DocumentHtml';
import { formatBytes } from './docxFile';
import { UploadDocumentButton } from './UploadDocumentButton';
import { useDownloadDocument } from './useDownloadDocument';

/** `?version=n` as a positive integer, else undefined (the version the id names). */
function versionParam(raw: string | null): number | undefined {
  const n = Number(raw);
  return raw && Number.isInteger(n) && n > 0 ? n : undefined;
}

/** /documents/:id[?version=n] — a Word document as a page: its facts, versions, warnings, the original, the text. */
export function DocumentPage() {
  const t = useT();
  const { id } = useParams();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const version = versionParam(search.get('version'));
  const query = useDocument(id, version);
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(-1)}>
      {t('documents.actions.back')}
    </Button>
  );

  if (query.isError) {
    const missing = query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 403);
    return (
      <>
        <PageHeader title={t('documents.page.title')} extra={back} />
        <ErrorState error={query.error} title={missing ? t('documents.page.notFound') : undefined} onRetry={missing ? undefined : () => void query.refetch()} />
      </>
    );
  }
  if (!query.data)
    return (
      <>
        <PageHeader title={t('documents.page.title')} extra={back} />
        <Card>
          <Skeleton active paragraph={{ rows: 10 }} />
        </Card>
      </>
    );

  return <DocumentView doc={query.data} back={back} onVersion={(v) => setSearch(v ? { version: String(v) } : {})} />;
}

function DocumentView({ doc, back, onVersion }: { doc: DocumentDetail; back: ReactNode; onVersion: (v: number | undefined) => void }) {
  const t = useT();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const download = useDownloadDocument();
  const report = useReport(doc.reportId ?? undefined);
  const targetId = doc.targetId ?? report.data?.targetId;
  const mayUpload = canCall(uploadDocumentVersion, user.roles);
  const target = useTarget(targetId);
  const showUpload = mayUpload && !!target.data && canUploadDocuments(user, target.data);
  const isLatest = doc.versionNo === doc.latestVersionNo;

  return (
    <>
      <PageHeader
        title={
          <Flex gap={8} align="center" wrap>
            <span data-testid="document-title">{doc.title ?? doc.fileName}</span>
            <Tag color={isLatest ? 'blue' : 'default'}>
              {t('documents.versionNo', { no: doc.versionNo })}
              {isLatest && doc.versionCount > 1 ? ` · ${t('documents.latest')}` : ''}
            </Tag>
          </Flex>
        }
        extra={
          <>
            {doc.versions.length > 1 ? (
              <Select<number>
                style={{ width: 230 }}
                value={doc.versionNo}
                onChange={(v) => onVersion(v === doc.latestVersionNo ? undefined : v)}
                options={doc.versions.map((v) => ({
                  value: v.versionNo,
                  label: t('documents.versionOption', { no: v.versionNo, time: formatDateTime(v.createdAt).slice(0, 16) }),
                  title: `${formatDateTime(v.createdAt)} · ${v.uploadedByName ?? '—'}`,
                }))}
                data-testid="document-version-select"
              />
            ) : null}
            <Button
              type="primary"
              icon={<DownloadOutlined />}
              loading={download.pendingId === doc.id}
              onClick={() => download.run(doc.id, doc.versionNo, doc.fileName)}
              data-testid="document-download"
            >
              {t('documents.actions.download')}
            </Button>
            {showUpload ? (
              <UploadDocumentButton
                to={{ kind: 'version', id: doc.id }}
                onUploaded={(d) => void navigate(`/documents/${d.id}`, { replace: true })}
                testId="document-upload-version"
              />
            ) : null}
            {back}
          </>
        }
      />
      <Flex vertical gap={16}>
        {!isLatest ? (
          <Alert
            type="info"
            showIcon
            title={t('documents.page.oldVersion', { no: doc.versionNo, latest: doc.latestVersionNo })}
            action={
              <Button size="small" onClick={() => onVersion(doc.latestVersionNo)}>
                {t('documents.page.viewLatest')}
              </Button>
            }
          />
        ) : null}
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} data-testid="document-facts">
            <Descriptions.Item label={t('documents.fields.fileName')}>{doc.fileName}</Descriptions.Item>
            <Descriptions.Item label={t('documents.fields.size')}>{formatBytes(doc.sizeBytes)}</Descriptions.Item>
            <Descriptions.Item label={t('documents.fields.version')}>
              {t('documents.versionOf', { no: doc.versionNo, count: doc.versionCount })}
            </Descriptions.Item>
            <Descriptions.Item label={t('documents.fields.uploader')}>{doc.uploadedByName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('documents.fields.uploadedAt')}>{formatDateTime(doc.createdAt)}</Descriptions.Item>
            <Descriptions.Item label={t('documents.fields.belongsTo')}>
              {doc.reportId ? (
                <Link to={`/reports/${doc.reportId}`}>
                  {report.data
                    ? `${t('reports.detail.heading', { period: formatPeriodKey(report.data.periodKey) })} · ${report.data.targetTitle}`
                    : t('documents.belongsReport')}
                </Link>
              ) : doc.targetId ? (
                <Link to={`/targets/${doc.targetId}`}>{target.data?.title ?? t('documents.belongsTarget')}</Link>
              ) : (
                '—'
              )}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        {doc.warnings.length ? (
          <Alert type="warning" showIcon title={t('documents.page.warnings')} description={<WarningList warnings={doc.warnings} />} />
        ) : null}
        {doc.html.trim() ? (
          <DocumentHtml html={doc.html} />
        ) : (
          <Card>
            <Empty description={t('documents.page.emptyBody')} />
          </Card>
        )}
      </Flex>
    </>
  );
}

export default DocumentPage;
