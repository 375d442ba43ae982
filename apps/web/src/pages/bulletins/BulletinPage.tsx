import { App, Alert, Button, Card, Col, Descriptions, Flex, List, Row, Select, Skeleton, Table, Tag, Typography } from 'antd';
import { FilePdfOutlined, FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import type { Bulletin } from '@jx/contract';
import { useBulletin } from '../../api/results';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { downloadBulletin } from './download';
import { GradeChart } from './GradeChart';

type Row = Bulletin['categories'][number]['rows'][number];
const beijing = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/** One 考核通报 version: its rankings per category, grade distribution, quota notes and what it corrected. */
export function BulletinPage() {
  const t = useT();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const b = useBulletin(id);
  const get = (kind: 'pdf' | 'xlsx') => downloadBulletin(id, kind).then(() => message.success(t('results.bulletin.downloaded')), handleError);
  if (b.isError) return <ErrorState error={b.error} onRetry={() => void b.refetch()} />;
  if (!b.data)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  const d = b.data;
  const latest = d.versions[0];
  return (
    <>
      <PageHeader
        title={<span data-testid="bulletin-title">{d.title}</span>}
        subTitle={`${d.docNo} · ${t('results.bulletin.publishedLine', { at: beijing(d.publishedAt), by: d.publishedByName })}`}
        extra={
          <>
            <Select
              value={d.id}
              style={{ width: 200 }}
              aria-label={t('results.bulletin.version')}
              onChange={(v: string) => navigate(`/assessment/bulletins/${v}`)}
              options={d.versions.map((v) => ({
                value: v.id,
                label: t('results.bulletin.versionOption', { version: v.versionNo, at: beijing(v.publishedAt).slice(0, 10) }),
              }))}
              data-testid="bulletin-version"
            />
            <Button icon={<PrinterOutlined />} onClick={() => navigate(`/assessment/bulletins/${d.id}/print`)} data-testid="bulletin-print">
              {t('results.bulletin.print')}
            </Button>
            <Button icon={<FilePdfOutlined />} onClick={() => void get('pdf')}>
              {t('results.bulletin.pdf')}
            </Button>
            <Button icon={<FileExcelOutlined />} onClick={() => void get('xlsx')}>
              {t('results.bulletin.excel')}
            </Button>
          </>
        }
      />
      <Flex vertical gap={16}>
        {d.supersededAt && latest && latest.id !== d.id ? (
          <Alert
            type="warning"
            showIcon
            title={t('results.bulletin.superseded', { version: latest.versionNo })}
            action={<Link to={`/assessment/bulletins/${latest.id}`}>{t('results.bulletin.toLatest')}</Link>}
          />
        ) : null}
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('results.bulletin.period')}>{`${d.year}年 ${d.periodName}`}</Descriptions.Item>
            <Descriptions.Item label={t('results.bulletin.versionLabel')}>
              <span data-testid="bulletin-version-no">{t('results.bulletin.versionNo', { version: d.versionNo })}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('results.bulletin.appealDeadline')}>{beijing(d.appealDeadline)}</Descriptions.Item>
          </Descriptions>
          {d.preface ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8, marginBottom: 0 }}>{d.preface}</Typography.Paragraph> : null}
        </Card>
        {d.changes.length ? (
          <Card size="small" title={t('results.bulletin.changes')} data-testid="bulletin-changes">
            <List size="small" dataSource={d.changes} renderItem={(c) => <List.Item>{`${c.categoryName}：${c.unitName}，${c.text}`}</List.Item>} />
          </Card>
        ) : null}
        {d.categories.map((c) => (
          <Card key={c.categoryId} title={t('results.bulletin.categoryTitle', { name: c.categoryName, count: c.unitCount })} data-testid="bulletin-category">
            <Row gutter={16}>
              <Col xs={24} lg={16}>
                <Table<Row>
                  size="small"
                  rowKey="unitId"
                  dataSource={c.rows}
                  pagination={c.rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
                  onRow={() => ({ 'data-testid': 'bulletin-ranking-row' }) as React.HTMLAttributes<HTMLElement>}
                  columns={[
                    { title: t('results.table.rank'), dataIndex: 'rank', width: 72 },
                    {
                      title: t('results.table.unit'),
                      dataIndex: 'unitName',
                      render: (v: string, r) => (r.canReadReceipt ? <Link to={`/assessment/bulletins/${d.id}/units/${r.unitId}`}>{v}</Link> : v),
                    },
                    {
                      title: t('results.table.final'),
                      dataIndex: 'final',
                      width: 96,
                      align: 'right',
                      render: (v: number | null) => (v === null ? '—' : <strong>{v.toFixed(2)}</strong>),
                    },
                    { title: t('results.table.grade'), dataIndex: 'grade', width: 90, render: (g: string | null) => (g ? <Tag color="blue">{g}</Tag> : '—') },
                    ...(d.versionNo > 1
                      ? [
                          {
                            title: t('results.bulletin.prev'),
                            key: 'prev',
                            width: 200,
                            render: (_: unknown, r: Row) =>
                              r.prev && r.final !== null && (r.prev.final !== r.final || r.prev.rank !== r.rank) ? (
                                <Typography.Text type="warning">
                                  {t('results.table.prevLine', { final: r.prev.final.toFixed(2), rank: r.prev.rank, grade: r.prev.grade })}
                                </Typography.Text>
                              ) : null,
                          },
                        ]
                      : []),
                  ]}
                />
              </Col>
              <Col xs={24} lg={8}>
                <Typography.Text strong>{t('results.bulletin.distribution')}</Typography.Text>
                <GradeChart distribution={c.distribution} />
                {c.quotaNotes.map((n) => (
                  <Typography.Paragraph key={n} type="secondary" style={{ marginBottom: 4 }}>
                    {n}
                  </Typography.Paragraph>
                ))}
                <Typography.Text type="secondary">{t('results.bulletin.model', { name: c.modelName, version: c.modelVersionNo })}</Typography.Text>
              </Col>
            </Row>
          </Card>
        ))}
      </Flex>
    </>
  );
}

export default BulletinPage;
