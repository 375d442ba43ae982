import { useState } from 'react';
import { App, Button, Card, Flex, Popconfirm, Segmented, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { rejectFrameworkProposal, type FrameworkProposal, type FrameworkProposalStatus } from '@jx/contract';
import { useAcceptFrameworkProposal, useFrameworkProposals, useRejectFrameworkProposal, useWithdrawFrameworkProposal } from '../../api/framework';
import { ReasonModal } from '../../components/ReasonModal';
import { bodyShape } from '../../components/form/zodRule';
import { tableLocale } from '../../components/tableLocale';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { formatDateTime } from '../../utils/format';
import { ProposalDiff } from './ProposalDiff';

const STATUS_COLORS: Record<FrameworkProposalStatus, string> = { PENDING: 'gold', ACCEPTED: 'green', REJECTED: 'red', WITHDRAWN: 'default' };
const KIND_COLORS = { CREATE: 'blue', UPDATE: 'cyan', DELETE: 'volcano' } as const;
const reasonSchema = bodyShape(rejectFrameworkProposal).reason;

/**
 * 指标修改提议: the office sees what waits (待处理提议) with each change's before → after and accepts or rejects it; a
 * department sees its own proposals and their state, and may withdraw a pending one.
 */
export function ProposalsCard({ yearId, office, readOnly }: { yearId: string | undefined; office: boolean; readOnly: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [filter, setFilter] = useState<'PENDING' | 'ALL'>(office ? 'PENDING' : 'ALL');
  const list = useFrameworkProposals(yearId, filter === 'PENDING' ? 'PENDING' : undefined);
  const accept = useAcceptFrameworkProposal();
  const reject = useRejectFrameworkProposal();
  const withdraw = useWithdrawFrameworkProposal();
  const [rejecting, setRejecting] = useState<FrameworkProposal | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const run = async (p: FrameworkProposal, action: () => Promise<unknown>, done: string) => {
    setBusyId(p.id);
    try {
      await action();
      message.success(done);
    } catch (e) {
      handleError(e);
    } finally {
      setBusyId(null);
    }
  };

  const columns: TableColumnsType<FrameworkProposal> = [
    {
      key: 'what',
      title: t('framework.proposals.columns.what'),
      width: 220,
      render: (_, p) => (
        <Flex vertical gap={2}>
          <span>
            <Tag color={KIND_COLORS[p.kind]}>{t(`framework.proposals.kinds.${p.kind}`)}</Tag>
            <Typography.Text strong>{(p.after ?? p.before)?.name}</Typography.Text>
          </span>
          <Typography.Text type="secondary" className="small">
            {p.targetTypeName}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'diff', title: t('framework.proposals.columns.diff'), render: (_, p) => <ProposalDiff p={p} t={t} /> },
    {
      key: 'by',
      title: t('framework.proposals.columns.by'),
      width: 170,
      responsive: ['md'],
      render: (_, p) => (
        <Flex vertical gap={2}>
          <span>{p.proposedByName}</span>
          <Typography.Text type="secondary" className="small">
            {formatDateTime(p.createdAt)}
          </Typography.Text>
          {p.note ? <Typography.Text className="small">{t('framework.proposals.noteShown', { note: p.note })}</Typography.Text> : null}
        </Flex>
      ),
    },
    {
      key: 'status',
      title: t('framework.proposals.columns.status'),
      width: 170,
      render: (_, p) => (
        <Flex vertical gap={2}>
          <span>
            <Tag color={STATUS_COLORS[p.status]} data-testid={`proposal-status-${p.id}`}>
              {t(`framework.proposals.statuses.${p.status}`)}
            </Tag>
          </span>
          {p.decisionReason ? <Typography.Text className="small">{t('framework.proposals.reasonShown', { reason: p.decisionReason })}</Typography.Text> : null}
          {p.decidedByName && p.decidedAt ? (
            <Typography.Text type="secondary" className="small">
              {p.decidedByName} · {formatDateTime(p.decidedAt)}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
  ];
  if (!readOnly) {
    columns.push({
      key: 'actions',
      title: t('common.table.actions'),
      width: office ? 150 : 90,
      render: (_, p) =>
        p.status !== 'PENDING' ? null : office ? (
          <Space size={0} wrap>
            <Popconfirm
              title={t('framework.proposals.acceptConfirm', { name: (p.after ?? p.before)?.name ?? '' })}
              description={t('framework.proposals.acceptConfirmHint')}
              okText={t('framework.proposals.accept')}
              cancelText={t('common.actions.cancel')}
              okButtonProps={{ 'data-testid': 'proposal-accept-ok' } as Record<`data-${string}`, string>}
              onConfirm={() => run(p, () => accept.mutateAsync({ params: { id: p.id }, body: { version: p.version } }), t('framework.proposals.accepted'))}
            >
              <Button type="link" size="small" loading={busyId === p.id} data-testid={`proposal-accept-${p.id}`}>
                {t('framework.proposals.accept')}
              </Button>
            </Popconfirm>
            <Button type="link" size="small" danger onClick={() => setRejecting(p)} data-testid={`proposal-reject-${p.id}`}>
              {t('framework.proposals.reject')}
            </Button>
          </Space>
        ) : (
          <Popconfirm
            title={t('framework.proposals.withdrawConfirm')}
            okText={t('framework.proposals.withdraw')}
            cancelText={t('common.actions.cancel')}
            onConfirm={() => run(p, () => withdraw.mutateAsync({ params: { id: p.id }, body: { version: p.version } }), t('framework.proposals.withdrawn'))}
          >
            <Button type="link" size="small" loading={busyId === p.id} data-testid={`proposal-withdraw-${p.id}`}>
              {t('framework.proposals.withdraw')}
            </Button>
          </Popconfirm>
        ),
    });
  }

  const pending = filter === 'PENDING' ? (list.data?.length ?? 0) : (list.data?.filter((p) => p.status === 'PENDING').length ?? 0);
  return (
    <Card
      data-testid="framework-proposals"
      title={
        <Flex align="center" gap={8} wrap>
          <span>{office ? t('framework.proposals.officeTitle') : t('framework.proposals.deptTitle')}</span>
          {list.isSuccess && pending ? <Tag color="gold">{t('framework.proposals.pendingCount', { count: pending })}</Tag> : null}
        </Flex>
      }
      extra={
        <Segmented<'PENDING' | 'ALL'>
          size="small"
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'PENDING', label: t('framework.proposals.filterPending') },
            { value: 'ALL', label: t('framework.proposals.filterAll') },
          ]}
        />
      }
    >
      {!office ? (
        <Typography.Paragraph type="secondary" className="small">
          {t('framework.proposals.deptHint')}
        </Typography.Paragraph>
      ) : null}
      <Table<FrameworkProposal>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data ?? []}
        loading={list.isFetching}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: 640 }}
        locale={tableLocale({
          error: list.error,
          onRetry: () => void list.refetch(),
          empty: filter === 'PENDING' ? t('framework.proposals.emptyPending') : t('framework.proposals.empty'),
          loading: list.isLoading,
        })}
      />
      {/* Mounted per opening, so the reason box starts empty each time. */}
      {rejecting ? (
        <ReasonModal
          key={rejecting.id}
          open
          title={t('framework.proposals.rejectTitle', { name: (rejecting?.after ?? rejecting?.before)?.name ?? '' })}
          hint={t('framework.proposals.rejectHint')}
          label={t('framework.proposals.rejectReason')}
          placeholder={t('framework.proposals.rejectPlaceholder')}
          okText={t('framework.proposals.reject')}
          okDanger
          schema={reasonSchema}
          loading={reject.isPending}
          testId="proposal-reject"
          onCancel={() => setRejecting(null)}
          onSubmit={(reason, form) => {
            if (!rejecting) return;
            reject.mutate(
              { params: { id: rejecting.id }, body: { version: rejecting.version, reason } },
              {
                onSuccess: () => {
                  message.success(t('framework.proposals.rejected'));
                  setRejecting(null);
                },
                onError: (e) => handleError(e, { form, onReload: () => setRejecting(null) }),
              },
            );
          }}
        />
      ) : null}
    </Card>
  );
}
