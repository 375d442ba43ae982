import { useState } from 'react';
import { App } from 'antd';
import { resetAssessmentProcess, type AssessmentPeriod, type AssessmentProcess, type ProcessAction, type UnsubmittedRecord } from '@jx/contract';
import { useCloseAssessmentProcess, useOpenAssessmentProcess, useResetAssessmentProcess } from '../../api/assessment';
import { bodyShape } from '../../components/form/zodRule';
import { ReasonModal } from '../../components/ReasonModal';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { unsubmittedOf } from './processRules';
import { UnsubmittedModal } from './UnsubmittedModal';

type PeriodRef = Pick<AssessmentPeriod, 'name'>;
const resetShape = bodyShape(resetAssessmentProcess);
interface Refused {
  process: AssessmentProcess;
  period: PeriodRef;
  records: UnsubmittedRecord[];
  /** The server's own words (how many records), in the user's language. */
  message: string;
}

/**
 * 开启 / 关闭 / 重置 one process, each with the version the user saw. 开启 and 关闭 ask for confirmation; 关闭 is sent
 * unconfirmed first and, refused because records are unsubmitted, lists them with 仍然关闭; 重置 asks for a reason.
 * A version conflict reloads the list (the error handler's dialog). `element` holds the modals.
 */
export function useProcessActions() {
  const t = useT();
  const { message, modal } = App.useApp();
  const handleError = useApiErrorHandler();
  const open = useOpenAssessmentProcess();
  const close = useCloseAssessmentProcess();
  const reset = useResetAssessmentProcess();
  const [resetting, setResetting] = useState<{ process: AssessmentProcess; period: PeriodRef } | null>(null);
  const [refused, setRefused] = useState<Refused | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const names = (process: AssessmentProcess, period: PeriodRef) => ({ period: period.name, type: process.targetTypeName });

  const sendClose = async (process: AssessmentProcess, period: PeriodRef, confirmUnsubmitted: boolean) => {
    setBusyId(process.id);
    try {
      await close.mutateAsync({ params: { id: process.id }, body: { version: process.version, confirmUnsubmitted } });
      message.success(t('assessment.messages.closed'));
      setRefused(null);
    } catch (e) {
      const records = confirmUnsubmitted ? null : unsubmittedOf(e);
      if (records) setRefused({ process, period, records, message: e instanceof Error ? e.message : '' });
      else handleError(e, { onReload: () => setRefused(null) });
    } finally {
      setBusyId(null);
    }
  };

  const confirmOpen = (process: AssessmentProcess, period: PeriodRef) =>
    modal.confirm({
      title: t('assessment.confirm.openTitle', names(process, period)),
      content: t('assessment.confirm.openContent'),
      okText: t('assessment.actions.open'),
      cancelText: t('common.actions.cancel'),
      okButtonProps: { 'data-testid': 'process-open-confirm' } as Record<`data-${string}`, string>,
      onOk: async () => {
        setBusyId(process.id);
        try {
          await open.mutateAsync({ params: { id: process.id }, body: { version: process.version } });
          message.success(t('assessment.messages.opened'));
        } catch (e) {
          handleError(e);
        } finally {
          setBusyId(null);
        }
      },
    });

  const confirmClose = (process: AssessmentProcess, period: PeriodRef) =>
    modal.confirm({
      title: t('assessment.confirm.closeTitle', names(process, period)),
      content: t('assessment.confirm.closeContent'),
      okText: t('assessment.actions.close'),
      okType: 'danger',
      cancelText: t('common.actions.cancel'),
      okButtonProps: { 'data-testid': 'process-close-confirm' } as Record<`data-${string}`, string>,
      onOk: () => sendClose(process, period, false),
    });

  const run = (action: ProcessAction, process: AssessmentProcess, period: PeriodRef) => {
    if (action === 'open') confirmOpen(process, period);
    else if (action === 'close') confirmClose(process, period);
    else setResetting({ process, period });
  };

  const element = (
    <>
      {/* 重置 asks why (required, up to 500 characters): the reason is logged and sent to the assessing departments. */}
      <ReasonModal
        open={!!resetting}
        title={resetting ? t('assessment.reset.title', names(resetting.process, resetting.period)) : ''}
        loading={reset.isPending}
        okText={t('assessment.actions.reset')}
        hint={t('assessment.reset.hint')}
        label={t('assessment.reset.reason')}
        placeholder={t('assessment.reset.placeholder')}
        schema={resetShape.reason}
        testId="process-reset"
        onCancel={() => setResetting(null)}
        onSubmit={(reason, form) => {
          if (!resetting) return;
          const { process } = resetting;
          reset.mutate(
            { params: { id: process.id }, body: { version: process.version, reason } },
            {
              onSuccess: () => {
                message.success(t('assessment.messages.reset'));
                setResetting(null);
              },
              onError: (e) => handleError(e, { form, onReload: () => setResetting(null) }),
            },
          );
        }}
      />
      <UnsubmittedModal
        open={!!refused}
        title={refused ? t('assessment.unsubmitted.modalTitle', names(refused.process, refused.period)) : ''}
        message={refused?.message ?? ''}
        records={refused?.records ?? []}
        loading={close.isPending}
        onCancel={() => setRefused(null)}
        onConfirm={() => {
          if (refused) void sendClose(refused.process, refused.period, true);
        }}
      />
    </>
  );

  return { run, element, busyId };
}
