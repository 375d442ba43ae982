import { useState } from 'react';
import { App, Button, Card, Flex, Segmented, Space, Table, Tabs, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { APPEAL_STATUS_LABELS, rejectAppeal, type Appeal, type AppealStatus } from '@jx/contract';
import { useAcceptAppeal, useAppeals, useRejectAppeal } from '../../api/results';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { ReasonModal } from '../../components/ReasonModal';
import { tableLocale } from '../../components/tableLocale';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { AcceptModal } from './AcceptModal';
import { HolidaysTab } from './HolidaysTab';

const beijing = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
const STATUS_COLOR = { OPEN: 'processing', ACCEPTED: 'success', REJECTED: 'default' } as const;

/** 申诉处理 (the office): every appeal with its line, reasons and evidence; accept (correcting a score) or reject. */
export function AppealsPage() {
  const t = useT();
  const { message, modal } = App.useApp();
  const handleError = useApiErrorHandler();
  const [status, setStatus] = useState<AppealStatus | 'ALL'>('OPEN');
  const [page, setPage] = useState(1);
  const appeals = useAppeals({ ...(status === 'ALL' ? {} : { status }), page });
  const accept = useAcceptAppeal();
  const reject = useRejectAppeal();
  const [accepting, setAccepting] = useState<Appeal | null>(null);
  const [rejecting, setRejecting] = useState<Appeal | null>(null);

  const table = appeals.isError ? (
    <ErrorState error={appeals.error} onRetry={() => void appeals.refetch()} />
  ) : (
    <Card>
      <Flex style={{ marginBottom: 12 }}>
        <Segmented
          value={status}
          onChange={(v) => {
            setStatus(v as AppealStatus | 'ALL');
            setPage(1);
          }}
          options={[
            { value: 'OPEN', label: APPEAL_STATUS_LABELS.OPEN },
            { value: 'ACCEPTED', label: APPEAL_STATUS_LABELS.ACCEPTED },
            { value: 'REJECTED', label: APPEAL_STATUS_LABELS.REJECTED },
            { value: 'ALL', label: t('common.states.all') },
          ]}
          data-testid="appeals-status"
        />
      </Flex>
      <Table<Appeal>
        rowKey="id"
        size="small"
        loading={appeals.isLoading}
        dataSource={appeals.data?.items ?? []}
        locale={tableLocale({ empty: t('results.appeals.empty') })}
        pagination={{ current: page, pageSize: 20, total: appeals.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        scroll={{ x: 1500 }}
        onRow={() => ({ 'data-testid': 'appeal-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('results.appeals.unit'), dataIndex: 'unitName', width: 160 },
          {
            title: t('results.appeals.bulletin'),
            key: 'bulletin',
            width: 200,
            render: (_: unknown, a) => (
              <Link
                to={`/assessment/bulletins/${a.bulletinId}/units/${a.unitId}`}
              >{`${a.periodName}（${t('results.bulletin.versionNo', { version: a.bulletinVersionNo })}）`}</Link>
            ),
          },
          { title: t('results.appeals.line'), dataIndex: 'lineLabel', width: 200 },
          { title: t('results.appeals.reason'), dataIndex: 'reason', width: 260, ellipsis: { showTitle: true } },
          {
            title: t('results.appeals.evidence'),
            key: 'evidence',
            width: 140,
            render: (_: unknown, a) => (a.evidence.length ? a.evidence.map((e) => <div key={e.documentId}>{e.fileName}</div>) : '—'),
          },
          { title: t('results.appeals.filedAt'), dataIndex: 'createdAt', width: 140, render: beijing },
          {
            title: t('results.appeals.status'),
            key: 'status',
            width: 220,
            render: (_: unknown, a) => (
              <Flex vertical>
                <span>
                  <Tag color={STATUS_COLOR[a.status]}>{APPEAL_STATUS_LABELS[a.status]}</Tag>
                  {a.resolvedVersionNo ? <Tag>{t('results.appeals.resolvedIn', { version: a.resolvedVersionNo })}</Tag> : null}
                </span>
                {a.decisionReason ? <Typography.Text type="secondary">{a.decisionReason}</Typography.Text> : null}
              </Flex>
            ),
          },
          {
            title: t('common.table.actions'),
            key: 'actions',
            width: 150,
            fixed: 'right',
            render: (_: unknown, a) =>
              a.status === 'OPEN' ? (
                <Space size={4}>
                  <Button size="small" type="primary" ghost onClick={() => setAccepting(a)} data-testid="appeal-accept">
                    {t('results.appeals.accept')}
                  </Button>
                  <Button size="small" danger onClick={() => setRejecting(a)} data-testid="appeal-reject">
                    {t('results.appeals.reject')}
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
    </Card>
  );

  return (
    <>
      <PageHeader title={t('results.appeals.title')} subTitle={t('results.appeals.subtitle')} />
      <Tabs
        items={[
          { key: 'appeals', label: t('results.appeals.tab'), children: table },
          { key: 'holidays', label: t('results.holidays.tab'), children: <HolidaysTab initialYear={new Date().getFullYear()} /> },
        ]}
      />
      <AcceptModal
        appeal={accepting}
        busy={accept.isPending}
        onCancel={() => setAccepting(null)}
        onAccept={(v) =>
          accept
            .mutateAsync({
              params: { id: accepting!.id },
              body: {
                version: accepting!.version,
                reason: v.reason,
                ...(v.correctedScore !== undefined && v.correctedScore !== null ? { correctedScore: v.correctedScore } : {}),
              },
            })
            .then(() => {
              setAccepting(null);
              modal.success({ title: t('results.appeals.accepted'), content: t('results.appeals.acceptedHint') });
            })
            .catch(handleError)
        }
      />
      <ReasonModal
        open={!!rejecting}
        title={t('results.appeals.rejectTitle')}
        loading={reject.isPending}
        okText={t('results.appeals.reject')}
        okDanger
        hint={rejecting?.lineLabel ?? ''}
        label={t('results.appeals.decisionReason')}
        placeholder={t('results.appeals.rejectPlaceholder')}
        schema={rejectAppeal.body!.shape.reason}
        testId="reject"
        onCancel={() => setRejecting(null)}
        onSubmit={(reason, form) =>
          reject
            .mutateAsync({ params: { id: rejecting!.id }, body: { version: rejecting!.version, reason } })
            .then(() => {
              setRejecting(null);
              message.success(t('results.appeals.rejected'));
            })
            .catch((e) => handleError(e, { form }))
        }
      />
    </>
  );
}

export default AppealsPage;
