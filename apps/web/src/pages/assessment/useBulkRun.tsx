import { useRef, useState } from 'react';
import { Alert, App, Button, Flex, Modal, Progress, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, type AssessmentPeriod, type AssessmentProcess } from '@jx/contract';
import { assessmentKeys, runProcessAction } from '../../api/assessment';
import { useT } from '../../locales';
import { eligibleProcesses, unsubmittedOf } from './processRules';

type BulkAction = 'open' | 'close';
type ItemState = 'pending' | 'running' | 'ok' | 'failed' | 'skipped';
interface Item {
  process: AssessmentProcess;
  state: ItemState;
  /** Why it failed: the error's code and its text in the user's language. */
  code?: string;
  message?: string;
  unsubmitted?: boolean;
}
interface Run {
  action: BulkAction;
  periodName: string;
  items: Item[];
  finished: boolean;
  stopped: boolean;
}

/**
 * 全部开启 / 全部关闭 of a period: there is no bulk endpoint, so after a confirmation the action runs on each eligible
 * process one after another (each with the version the user saw), showing progress, then what succeeded and what
 * failed and why. 停止 lets the current call finish and skips the rest. The list is refreshed once at the end.
 */
export function useBulkRun() {
  const t = useT();
  const { modal } = App.useApp();
  const qc = useQueryClient();
  const [run, setRun] = useState<Run | null>(null);
  const stop = useRef(false);

  const execute = async (action: BulkAction, period: AssessmentPeriod, processes: AssessmentProcess[]) => {
    stop.current = false;
    const items: Item[] = processes.map((process) => ({ process, state: 'pending' }));
    const show = (patch: Partial<Run> = {}) => setRun({ action, periodName: period.name, items: [...items], finished: false, stopped: false, ...patch });
    show();
    for (let i = 0; i < items.length; i++) {
      if (stop.current) {
        for (let j = i; j < items.length; j++) items[j] = { ...items[j]!, state: 'skipped' };
        break;
      }
      items[i] = { ...items[i]!, state: 'running' };
      show();
      try {
        const after = await runProcessAction(action, items[i]!.process);
        items[i] = { ...items[i]!, state: 'ok', message: t(`assessment.statuses.${after.status}`) };
      } catch (e) {
        const api = e instanceof ApiError ? e : null;
        items[i] = {
          ...items[i]!,
          state: 'failed',
          code: api?.code,
          message: api?.code === 'NETWORK' ? t('common.errors.network') : e instanceof Error ? e.message : t('common.errors.unknown'),
          unsubmitted: !!unsubmittedOf(e),
        };
      }
      show();
    }
    show({ finished: true, stopped: stop.current });
    await qc.invalidateQueries({ queryKey: assessmentKeys.all });
  };

  const start = (action: BulkAction, period: AssessmentPeriod) => {
    const processes = eligibleProcesses(period, action);
    if (!processes.length) return;
    modal.confirm({
      title: t(action === 'open' ? 'assessment.confirm.openAllTitle' : 'assessment.confirm.closeAllTitle', { period: period.name }),
      content: t(action === 'open' ? 'assessment.confirm.openAllContent' : 'assessment.confirm.closeAllContent', { count: processes.length }),
      okText: t(action === 'open' ? 'assessment.actions.openAll' : 'assessment.actions.closeAll'),
      okType: action === 'close' ? 'danger' : 'primary',
      cancelText: t('common.actions.cancel'),
      okButtonProps: { 'data-testid': `period-${action}-all-confirm` } as Record<`data-${string}`, string>,
      onOk: () => {
        void execute(action, period, processes);
      },
    });
  };

  const total = run?.items.length ?? 0;
  const done = run?.items.filter((i) => i.state === 'ok' || i.state === 'failed').length ?? 0;
  const ok = run?.items.filter((i) => i.state === 'ok').length ?? 0;
  const failed = run?.items.filter((i) => i.state === 'failed').length ?? 0;

  const outcome = (item: Item) => {
    switch (item.state) {
      case 'ok':
        return <Tag color="success">{t('assessment.bulk.ok')}</Tag>;
      case 'running':
        return <Tag color="processing">{t('common.states.loading')}</Tag>;
      case 'pending':
        return <Tag>{t('assessment.bulk.pending')}</Tag>;
      case 'skipped':
        return <Tag>{t('assessment.bulk.skipped')}</Tag>;
      default: {
        const label = item.unsubmitted
          ? t('assessment.bulk.unsubmitted')
          : item.code === 'VERSION_CONFLICT'
            ? t('assessment.bulk.stale')
            : item.code === 'INVALID_STATE'
              ? t('assessment.bulk.state')
              : t('assessment.bulk.failed');
        return <Tag color="error">{label}</Tag>;
      }
    }
  };
  const columns: ColumnsType<Item> = [
    { key: 'type', title: t('assessment.fields.targetType'), width: 160, render: (_, i) => i.process.targetTypeName },
    { key: 'outcome', title: t('assessment.bulk.outcome'), width: 150, render: (_, i) => outcome(i) },
    { key: 'message', title: t('assessment.bulk.message'), render: (_, i) => i.message ?? '' },
  ];

  const finished = !!run?.finished;
  const close = () => setRun(null);
  const element = (
    <Modal
      open={!!run}
      title={run ? t(run.action === 'open' ? 'assessment.bulk.openTitle' : 'assessment.bulk.closeTitle', { period: run.periodName }) : ''}
      width={680}
      closable={finished}
      mask={{ closable: false }}
      keyboard={finished}
      onCancel={finished ? close : undefined}
      destroyOnHidden
      footer={
        finished ? (
          <Button type="primary" onClick={close} data-testid="bulk-run-done">
            {t('common.actions.close')}
          </Button>
        ) : (
          <Button
            onClick={() => {
              stop.current = true;
            }}
            data-testid="bulk-run-stop"
          >
            {t('assessment.actions.stop')}
          </Button>
        )
      }
    >
      {run ? (
        <Flex vertical gap={12} data-testid="bulk-run" data-finished={finished ? 'true' : 'false'}>
          <Progress
            percent={total ? Math.round((done * 100) / total) : 0}
            status={!finished ? 'active' : failed ? 'exception' : run.stopped ? 'normal' : 'success'}
            aria-label={t('assessment.bulk.running', { done, total })}
          />
          {finished ? (
            <Alert
              type={failed ? 'warning' : run.stopped ? 'info' : 'success'}
              showIcon
              title={<span data-testid="bulk-run-summary">{t('assessment.bulk.summary', { ok, failed })}</span>}
              description={
                run.stopped || run.items.some((i) => i.unsubmitted) ? (
                  <Flex vertical>
                    {run.stopped ? <span>{t('assessment.bulk.stopped', { done, total })}</span> : null}
                    {run.items.some((i) => i.unsubmitted) ? <span>{t('assessment.bulk.closeHint')}</span> : null}
                  </Flex>
                ) : undefined
              }
            />
          ) : (
            <Typography.Text type="secondary">{t('assessment.bulk.running', { done, total })}</Typography.Text>
          )}
          <Table<Item>
            data-testid="bulk-run-results"
            rowKey={(i) => i.process.id}
            size="small"
            pagination={false}
            columns={columns}
            dataSource={run.items}
            scroll={{ y: 320 }}
          />
        </Flex>
      ) : null}
    </Modal>
  );

  return { start, element, running: !!run && !finished };
}
