import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Select, Table, Tabs, Tag, type TableColumnsType } from 'antd';
import { CheckOutlined, CloudUploadOutlined, RollbackOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { bulkPublishTargets, listTargets, type BulkResult, type TargetListItem } from '@jx/contract';
import { useBulkApproveTargets, useBulkPublishTargets, useBulkReturnTargets, useTargets } from '../../api/targets';
import { useTargetTypes } from '../../api/units';
import { canCall } from '../../auth/access';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { PageHeader } from '../../components/PageHeader';
import { FilterBar, ServerTable } from '../../components/ServerTable';
import { TextFilter } from '../../components/TextFilter';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useServerTable } from '../../hooks/useServerTable';
import { localizeServerText, useT } from '../../locales';
import { targetColumns } from './columns';
import { ReasonModal } from './ReasonModal';
import { useYearChoice } from './shared';
import { useTargetActions } from './useTargetActions';

type Tab = 'SUBMITTED' | 'APPROVED';
type ItemResult = BulkResult['results'][number] & { title: string };

/** 目标审核: submitted targets in scope (and approved ones for the office to publish), bulk approve / return / publish. */
export function ReviewQueuePage() {
  const t = useT();
  const user = useCurrentUser();
  const { modal, message } = App.useApp();
  const handleError = useApiErrorHandler();
  const canPublish = canCall(bulkPublishTargets, user.roles);
  const [search] = useSearchParams();
  // 我的待办 links to /targets/review?tab=APPROVED for the office's 待发布.
  const [tab, setTab] = useState<Tab>(() => (canPublish && search.get('tab') === 'APPROVED' ? 'APPROVED' : 'SUBMITTED'));
  const { yearId, picker } = useYearChoice();
  const table = useServerTable(listTargets, {
    defaultSort: 'updatedAt',
    defaultOrder: 'asc',
    sortable: ['title', 'deadline', 'maxScore', 'updatedAt', 'unitName'],
  });
  const query = useTargets({ ...table.query, yearId, status: tab }, !!yearId);
  const types = useTargetTypes();
  const bulkApprove = useBulkApproveTargets();
  const bulkReturn = useBulkReturnTargets();
  const bulkPublish = useBulkPublishTargets();
  const actions = useTargetActions({ onDone: () => setSelected([]) });
  const [selected, setSelected] = useState<TargetListItem[]>([]);
  const [returning, setReturning] = useState(false);
  const [results, setResults] = useState<ItemResult[] | null>(null);
  const f = table.state.filters;
  const filtered = Object.values(f).some((v) => v !== undefined && v !== '');

  const showResults = (r: BulkResult, items: readonly TargetListItem[]) => {
    const titles = new Map(items.map((i) => [i.id, i.title]));
    setResults(r.results.map((x) => ({ ...x, title: titles.get(x.id) ?? x.id })));
    setSelected([]);
    if (r.failed === 0) message.success(t('targets.review.resultTitle', { ok: r.succeeded, failed: r.failed }));
  };

  const approveSelected = () => {
    const items = selected;
    modal.confirm({
      title: t('targets.review.bulkApproveConfirm', { n: items.length }),
      okText: t('targets.actions.approve'),
      cancelText: t('common.actions.cancel'),
      okButtonProps: { 'data-testid': 'review-bulk-approve-confirm' } as Record<`data-${string}`, string>,
      onOk: async () => {
        try {
          const r = await bulkApprove.mutateAsync({ body: { items: items.map((i) => ({ id: i.id, version: i.version })) } });
          showResults(r, items);
        } catch (e) {
          handleError(e);
        }
      },
    });
  };

  const publishSelected = () => {
    const items = selected;
    modal.confirm({
      title: t('targets.review.bulkPublishConfirm', { n: items.length }),
      okText: t('targets.actions.publish'),
      cancelText: t('common.actions.cancel'),
      okButtonProps: { 'data-testid': 'review-bulk-publish-confirm' } as Record<`data-${string}`, string>,
      onOk: async () => {
        // One request; the server publishes each target on its own and reports each outcome.
        try {
          const r = await bulkPublish.mutateAsync({ body: { items: items.map((i) => ({ id: i.id, version: i.version })) } });
          showResults(r, items);
        } catch (e) {
          handleError(e);
        }
      },
    });
  };

  const columns = targetColumns(t, {
    sortOrderOf: table.sortOrderOf,
    actionsOf: (r) => (r.status === 'SUBMITTED' ? ['approve', 'return'] : canPublish ? ['publish', 'return'] : ['return']),
    onAction: (a, r) => actions.run(a, r),
  }).filter((c) => c.key !== 'origin');

  /** The refusal in the user's language (the server's Chinese text when it has no key). */
  const why = (r: ItemResult) =>
    r.error ? (r.error.key ? localizeServerText({ key: r.error.key, params: r.error.params }, r.error.message) : r.error.message) : '';
  const outcome = (r: ItemResult) => {
    if (r.ok) return <Tag color="success">{t('targets.review.resultOk')}</Tag>;
    const code = r.error?.code ?? '';
    const label =
      code === 'VERSION_CONFLICT'
        ? t('targets.review.resultStale')
        : code === 'FORBIDDEN'
          ? t('targets.review.resultDenied')
          : code === 'INVALID_STATE'
            ? t('targets.review.resultState')
            : why(r) || code;
    return (
      <Tag color="error" title={why(r)}>
        {label}
      </Tag>
    );
  };
  const resultColumns: TableColumnsType<ItemResult> = [
    { key: 'title', title: t('targets.review.resultTarget'), dataIndex: 'title' },
    { key: 'outcome', title: t('targets.review.resultOutcome'), width: 260, render: (_, r) => outcome(r) },
    { key: 'message', title: '', render: (_, r) => (r.ok ? (r.status ? t(`targets.statuses.${r.status}`) : '') : why(r)) },
  ];

  const n = selected.length;
  const tabs = [
    { key: 'SUBMITTED', label: t('targets.review.tabSubmitted') },
    ...(canPublish ? [{ key: 'APPROVED', label: t('targets.review.tabApproved') }] : []),
  ];

  return (
    <>
      <PageHeader title={t('targets.review.title')} subTitle={t('targets.review.subtitle')} extra={picker} />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(k) => {
            setTab(k as Tab);
            setSelected([]);
            setResults(null);
          }}
          items={tabs}
          data-testid="review-tabs"
        />
        {results ? (
          <Alert
            style={{ marginBottom: 12 }}
            type={results.every((r) => r.ok) ? 'success' : 'warning'}
            showIcon
            closable={{ onClose: () => setResults(null) }}
            title={t('targets.review.resultTitle', { ok: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length })}
            description={
              <Table<ItemResult> size="small" rowKey="id" pagination={false} columns={resultColumns} dataSource={results} data-testid="review-results" />
            }
            data-testid="review-result"
          />
        ) : null}
        <FilterBar filtered={filtered} onReset={table.resetFilters}>
          <UnitTreeSelect
            style={{ width: 220 }}
            placeholder={t('targets.filters.unit')}
            aria-label={t('targets.filters.unit')}
            value={f.unitId}
            onChange={(v: string | undefined) => table.setFilters({ unitId: v })}
          />
          <Select<string>
            allowClear
            style={{ width: 150 }}
            placeholder={t('targets.filters.type')}
            aria-label={t('targets.filters.type')}
            value={f.targetTypeId}
            onChange={(v) => table.setFilters({ targetTypeId: v })}
            options={(types.data ?? []).map((ty) => ({ value: ty.id, label: ty.name }))}
          />
          <TextFilter placeholder={t('targets.filters.keyword')} width={220} onApply={(q) => table.setFilters({ q })} testId="review-search" />
          <Flex gap={8} style={{ marginLeft: 'auto' }} wrap>
            {tab === 'SUBMITTED' ? (
              <Button
                type="primary"
                icon={<CheckOutlined />}
                disabled={!n || bulkPublish.isPending}
                loading={bulkApprove.isPending}
                onClick={approveSelected}
                data-testid="review-bulk-approve"
              >
                {t('targets.review.approveSelected', { n })}
              </Button>
            ) : (
              <Button
                type="primary"
                icon={<CloudUploadOutlined />}
                disabled={!n}
                loading={bulkPublish.isPending}
                onClick={publishSelected}
                data-testid="review-bulk-publish"
              >
                {t('targets.review.publishSelected', { n })}
              </Button>
            )}
            <Button
              danger
              icon={<RollbackOutlined />}
              disabled={!n || bulkPublish.isPending}
              onClick={() => setReturning(true)}
              data-testid="review-bulk-return"
            >
              {t('targets.review.returnSelected', { n })}
            </Button>
          </Flex>
        </FilterBar>
        <ServerTable<TargetListItem>
          data-testid="review-table"
          rowKey="id"
          size="middle"
          columns={columns}
          query={query}
          table={table}
          scroll={{ x: 1300 }}
          rowSelection={{
            selectedRowKeys: selected.map((s) => s.id),
            preserveSelectedRowKeys: true,
            onChange: (_keys, rows) => setSelected(rows.filter(Boolean)),
          }}
          empty={tab === 'SUBMITTED' ? t('targets.review.empty') : t('targets.review.emptyApproved')}
        />
      </Card>
      <ReasonModal
        open={returning}
        title={t('targets.review.bulkReturnTitle', { n })}
        placeholder={t('targets.reason.returnPlaceholder')}
        okText={t('targets.actions.return')}
        danger
        loading={bulkReturn.isPending}
        onCancel={() => setReturning(false)}
        testId="bulk-return-form"
        onSubmit={(reason, form) => {
          const items = selected;
          bulkReturn.mutate(
            { body: { items: items.map((i) => ({ id: i.id, version: i.version })), reason } },
            {
              onSuccess: (r) => {
                setReturning(false);
                showResults(r, items);
              },
              onError: (e) => handleError(e, { form }),
            },
          );
        }}
      />
      {actions.element}
    </>
  );
}

export default ReviewQueuePage;
