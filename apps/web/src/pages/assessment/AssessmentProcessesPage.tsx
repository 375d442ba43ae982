import { useMemo, useState } from 'react';
import { App, Button, Card, Empty, Flex, Skeleton, Tooltip } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import {
  closeAssessmentProcess,
  createAssessmentPeriod,
  deleteAssessmentPeriod,
  openAssessmentProcess,
  PROCESS_STATUSES,
  updateAssessmentPeriod,
  type AssessmentPeriod,
} from '@jx/contract';
import { useAssessmentPeriods, useDeleteAssessmentPeriod } from '../../api/assessment';
import { useSpecialTasks } from '../../api/targets';
import { canCall } from '../../auth/access';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { YearPicker } from '../../components/YearPicker';
import { yearProblem } from '../../components/yearProblem';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { usePhone } from '../../hooks/usePhone';
import { useT } from '../../locales';
import { PeriodCard, type PeriodPermissions } from './PeriodCard';
import { PeriodFormModal } from './PeriodFormModal';
import { processActions } from './processRules';
import { RenamePeriodModal } from './RenamePeriodModal';
import { useBulkRun } from './useBulkRun';
import { useProcessActions } from './useProcessActions';
import { useYearPick } from '../../components/useYearPick';

/**
 * 考核流程: a year's 考核时机 in the order of the year, each with its processes (status, times, resets, and per 考核部门
 * records submitted of expected). The performance office adds, renames and deletes periods and opens, closes and
 * resets processes (one at a time or 全部开启 / 全部关闭 per period); the leaders and departments read.
 */
export function AssessmentProcessesPage() {
  const t = useT();
  const phone = usePhone();
  const user = useCurrentUser();
  const { message, modal } = App.useApp();
  const handleError = useApiErrorHandler();
  const { years, yearId, year, pickerProps } = useYearPick({
    label: t('assessment.year'),
    placeholder: t('assessment.yearPlaceholder'),
    testId: 'assessment-year-select',
  });
  const periods = useAssessmentPeriods(yearId);
  const needsTasks = !!periods.data?.some((p) => p.specialTaskId);
  const tasks = useSpecialTasks(needsTasks ? yearId : undefined);
  const actions = useProcessActions();
  const bulk = useBulkRun();
  const remove = useDeleteAssessmentPeriod();
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<AssessmentPeriod | null>(null);
  const [created, setCreated] = useState<string | null>(null);

  const roles = user.roles;
  const canCreate = canCall(createAssessmentPeriod, roles);
  const permissions: PeriodPermissions = {
    rename: canCall(updateAssessmentPeriod, roles),
    remove: canCall(deleteAssessmentPeriod, roles),
    openAll: canCall(openAssessmentProcess, roles),
    closeAll: canCall(closeAssessmentProcess, roles),
  };
  // The 操作 column only for those who may run some action on a process.
  const acts = PROCESS_STATUSES.some((status) => processActions({ status }, roles).length > 0);
  const taskTitles = useMemo(() => new Map((tasks.data ?? []).map((s) => [s.id, s.title])), [tasks.data]);

  const scopeOf = (p: AssessmentPeriod): string | null => {
    if (p.kind !== 'SPECIAL') return null;
    if (p.specialTaskId) {
      const title = taskTitles.get(p.specialTaskId);
      return title ? t('assessment.period.specialTask', { title }) : null;
    }
    const type = p.processes.find((x) => x.targetTypeId === p.targetTypeId)?.targetTypeName;
    return type ? t('assessment.period.targetType', { name: type }) : null;
  };

  const confirmDelete = (p: AssessmentPeriod) =>
    modal.confirm({
      title: t('assessment.confirm.deleteTitle', { name: p.name }),
      content: t('assessment.confirm.deleteContent', { count: p.processes.length }),
      okText: t('common.actions.delete'),
      okType: 'danger',
      cancelText: t('common.actions.cancel'),
      okButtonProps: { 'data-testid': 'period-delete-confirm' } as Record<`data-${string}`, string>,
      onOk: async () => {
        try {
          await remove.mutateAsync({ params: { id: p.id }, query: { version: p.version } });
          message.success(t('assessment.messages.deleted'));
        } catch (e) {
          handleError(e);
        }
      },
    });

  const closedYear = year?.status === 'CLOSED';
  const picker = (
    <YearPicker {...pickerProps}>
      {canCreate && yearId ? (
        <Tooltip title={closedYear ? t('assessment.closedYear') : undefined}>
          <Button type="primary" icon={<PlusOutlined />} disabled={closedYear || !periods.data} onClick={() => setCreating(true)} data-testid="period-create">
            {t('assessment.actions.createPeriod')}
          </Button>
        </Tooltip>
      ) : null}
    </YearPicker>
  );

  let body = yearProblem(years, t);
  if (body) {
    // No year to show: the years failed to load, or there are none.
  } else if (periods.isError && !periods.data) {
    body = <ErrorState error={periods.error} onRetry={() => void periods.refetch()} />;
  } else if (!periods.data) {
    body = (
      <Flex vertical gap={16} data-testid="periods-loading">
        {[0, 1].map((i) => (
          <Card key={i}>
            <Skeleton active title={{ width: 220 }} paragraph={{ rows: 4 }} />
          </Card>
        ))}
      </Flex>
    );
  } else if (periods.data.length === 0) {
    body = (
      <Card>
        <Empty
          data-testid="periods-empty"
          description={
            <Flex vertical gap={4}>
              <span>{t('assessment.empty', { year: year?.name ?? '' })}</span>
              <span className="muted small">{canCreate ? t('assessment.emptyOffice') : t('assessment.emptyReader')}</span>
            </Flex>
          }
        >
          {canCreate && !closedYear ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="period-create-empty">
              {t('assessment.actions.createPeriod')}
            </Button>
          ) : null}
        </Empty>
      </Card>
    );
  } else {
    body = (
      <Flex vertical gap={16} data-testid="period-list">
        {periods.data.map((p) => (
          <PeriodCard
            key={p.id}
            period={p}
            highlighted={p.id === created}
            scope={scopeOf(p)}
            permissions={permissions}
            phone={phone}
            actionsOf={acts ? (x) => processActions(x, roles) : undefined}
            busyId={actions.busyId}
            busy={bulk.running}
            onAction={(a, x) => actions.run(a, x, p)}
            onBulk={(a) => bulk.start(a, p)}
            onRename={() => setRenaming(p)}
            onDelete={() => confirmDelete(p)}
          />
        ))}
      </Flex>
    );
  }

  return (
    <>
      <PageHeader title={t('assessment.title')} subTitle={canCreate ? t('assessment.subtitle') : t('assessment.subtitleReader')} extra={picker} />
      {body}
      {yearId ? (
        <PeriodFormModal open={creating} yearId={yearId} periods={periods.data ?? []} onClose={() => setCreating(false)} onCreated={(p) => setCreated(p.id)} />
      ) : null}
      <RenamePeriodModal period={renaming} onClose={() => setRenaming(null)} />
      {actions.element}
      {bulk.element}
    </>
  );
}

export default AssessmentProcessesPage;
