import { useState } from 'react';
import { App, Button, Flex, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { returnRecord, voidRecord, type RecordStatus } from '@jx/contract';
import { assessmentKeys, runRecordAction, scoringKeys } from '../../api/assessment';
import { dataAuditKeys } from '../../api/dataAudit';
import { bodyShape } from '../../components/form/zodRule';
import { ReasonModal } from '../../components/ReasonModal';
import { tableLocale } from '../../components/tableLocale';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { formatDateTime } from '../../utils/format';
import { RECORD_STATUS_COLORS } from '../assessment/scoringRules';
import { auditActions, blockedBecauseClosed, REASON_ACTIONS, type ActivityRecord, type AuditAction } from './auditRules';

const reasonSchema = { return: bodyShape(returnRecord).reason, void: bodyShape(voidRecord).reason };

/**
 * 考核记录 of the department in the period, late ones marked in red; 提交 (confirmed), 退档 and 作废 (with a reason)
 * through the record routes, with the version shown. The department's counts and its activity refresh after each.
 */
export function ActivityRecords({ records, refreshing }: { records: ActivityRecord[]; refreshing: boolean }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const handleError = useApiErrorHandler();
  const qc = useQueryClient();
  const [lateOnly, setLateOnly] = useState(false);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [reasonFor, setReasonFor] = useState<{ record: ActivityRecord; action: 'return' | 'void' } | null>(null);

  const refresh = () => Promise.all([dataAuditKeys.all, scoringKeys.all, assessmentKeys.all].map((queryKey) => qc.invalidateQueries({ queryKey })));

  const act = async (record: ActivityRecord, action: AuditAction, reason?: string, form?: FormInstance) => {
    setBusyId(record.recordId);
    try {
      await runRecordAction(action, { id: record.recordId, version: record.version }, reason);
      await refresh();
      message.success(t(`dataAudit.messages.${action}`));
      setReasonFor(null);
    } catch (e) {
      handleError(e, { form, onReload: () => setReasonFor(null) });
    } finally {
      setBusyId(null);
    }
  };

  const onAction = (record: ActivityRecord, action: AuditAction) => {
    if (action === 'return' || action === 'void') return setReasonFor({ record, action });
    modal.confirm({
      title: t('dataAudit.confirm.submitTitle', { target: record.targetTitle }),
      content: t('dataAudit.confirm.submitContent'),
      okText: t('dataAudit.actions.submit'),
      cancelText: t('common.actions.cancel'),
      okButtonProps: { 'data-testid': 'data-audit-submit-confirm' } as Record<`data-${string}`, string>,
      onOk: () => act(record, 'submit'),
    });
  };

  const shown = lateOnly ? records.filter((r) => r.late) : records;
  const lateCount = records.filter((r) => r.late).length;

  return (
    <>
      <Flex justify="flex-end" gap={8} align="center" style={{ marginBottom: 12 }}>
        <Switch size="small" checked={lateOnly} onChange={setLateOnly} aria-label={t('dataAudit.drawer.filterLate')} data-testid="data-audit-late-only" />
        <Typography.Text>
          {t('dataAudit.drawer.filterLate')} ({lateCount})
        </Typography.Text>
      </Flex>
      <Table<ActivityRecord>
        data-testid="data-audit-records-table"
        size="small"
        rowKey="recordId"
        dataSource={shown}
        loading={refreshing}
        scroll={{ x: 1000 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        columns={[
          { key: 'unit', title: t('dataAudit.record.unit'), dataIndex: 'unitName', width: 120 },
          { key: 'target', title: t('dataAudit.record.target'), dataIndex: 'targetTitle', ellipsis: { showTitle: true } },
          {
            key: 'status',
            title: t('dataAudit.record.status'),
            width: 130,
            render: (_, r) => (
              <Flex gap={4} wrap>
                <Tag
                  color={RECORD_STATUS_COLORS[r.status as RecordStatus] ?? 'default'}
                  data-testid="data-audit-record-status"
                  data-status={r.status}
                  style={{ marginInlineEnd: 0 }}
                >
                  {r.status in RECORD_STATUS_COLORS ? t(`dataAudit.statuses.${r.status as RecordStatus}`) : r.status}
                </Tag>
                {r.late ? (
                  <Tag color="red" data-testid="data-audit-record-late" style={{ marginInlineEnd: 0 }}>
                    {t('dataAudit.record.late')}
                  </Tag>
                ) : null}
              </Flex>
            ),
          },
          { key: 'score', title: t('dataAudit.record.score'), width: 70, align: 'right', render: (_, r) => (r.score === null ? '—' : r.score.toFixed(2)) },
          { key: 'createdAt', title: t('dataAudit.record.createdAt'), width: 160, render: (_, r) => formatDateTime(r.createdAt) },
          {
            key: 'submittedAt',
            title: t('dataAudit.record.submittedAt'),
            width: 160,
            render: (_, r) => (
              <Typography.Text type={r.late && (r.status === 'SUBMITTED' || r.status === 'ARCHIVED') ? 'danger' : undefined}>
                {formatDateTime(r.submittedAt)}
              </Typography.Text>
            ),
          },
          {
            key: 'actions',
            title: t('common.table.actions'),
            width: 110,
            fixed: 'right',
            render: (_, r) => (
              <Flex gap={4} wrap>
                {auditActions(r).map((a) => {
                  const closed = blockedBecauseClosed(r, a);
                  return (
                    <Tooltip key={a} title={closed ? t('dataAudit.submitNeedsOpen') : undefined}>
                      <Button
                        type="link"
                        size="small"
                        style={{ paddingInline: 4 }}
                        danger={REASON_ACTIONS.includes(a)}
                        disabled={closed || (!!busyId && busyId !== r.recordId)}
                        loading={busyId === r.recordId && !reasonFor}
                        onClick={() => onAction(r, a)}
                        data-testid={`data-audit-${a}`}
                      >
                        {t(`dataAudit.actions.${a}`)}
                      </Button>
                    </Tooltip>
                  );
                })}
              </Flex>
            ),
          },
        ]}
        locale={tableLocale({ empty: t('dataAudit.drawer.noRecords') })}
      />
      <ReasonModal
        open={!!reasonFor}
        title={
          reasonFor
            ? t(reasonFor.action === 'return' ? 'dataAudit.confirm.returnTitle' : 'dataAudit.confirm.voidTitle', { target: reasonFor.record.targetTitle })
            : ''
        }
        loading={!!busyId}
        okText={reasonFor ? t(`dataAudit.actions.${reasonFor.action}`) : ''}
        okDanger
        hint={reasonFor?.action === 'void' ? t('dataAudit.confirm.voidHint') : t('dataAudit.confirm.returnHint')}
        label={t('dataAudit.confirm.reason')}
        placeholder={reasonFor?.action === 'void' ? t('dataAudit.confirm.voidPlaceholder') : t('dataAudit.confirm.returnPlaceholder')}
        schema={reasonSchema[reasonFor?.action ?? 'return']}
        testId="data-audit-record"
        onCancel={() => setReasonFor(null)}
        onSubmit={(reason, form) => {
          if (reasonFor) void act(reasonFor.record, reasonFor.action, reason, form);
        }}
      />
    </>
  );
}
