import { useState } from 'react';
import { App } from 'antd';
import { rejectAdjustment, type Adjustment, type AdjustmentAction } from '@jx/contract';
import { useApproveAdjustment, useRejectAdjustment } from '../../api/adjustments';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { ReasonModal } from '../../components/ReasonModal';
import { bodyShape } from '../../components/form/zodRule';

const rejectShape = bodyShape(rejectAdjustment);

/**
 * 通过 (confirmed; a veto says what it does) and 驳回 (with a reason) of one line, with the version the user saw. A
 * version conflict reloads the list (the error handler's dialog). `element` holds the reject modal.
 */
export function useAdjustmentActions() {
  const t = useT();
  const { message, modal } = App.useApp();
  const handleError = useApiErrorHandler();
  const approve = useApproveAdjustment();
  const reject = useRejectAdjustment();
  const [rejecting, setRejecting] = useState<Adjustment | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const names = (a: Adjustment) => ({ unit: a.unitName, category: a.categoryName });

  const confirmApprove = (a: Adjustment) =>
    modal.confirm({
      title: t('adjustments.confirm.approveTitle', names(a)),
      content: a.kind === 'VETO' ? t('adjustments.confirm.approveVetoContent') : t('adjustments.confirm.approveContent'),
      okText: t('adjustments.actions.approve'),
      okType: a.kind === 'VETO' ? 'danger' : 'primary',
      cancelText: t('common.actions.cancel'),
      okButtonProps: { 'data-testid': 'adjustment-approve-confirm' } as Record<`data-${string}`, string>,
      onOk: async () => {
        setBusyId(a.id);
        try {
          await approve.mutateAsync({ params: { id: a.id }, body: { version: a.version } });
          message.success(t('adjustments.messages.approved'));
        } catch (e) {
          handleError(e);
        } finally {
          setBusyId(null);
        }
      },
    });

  const run = (action: AdjustmentAction, a: Adjustment) => {
    if (action === 'approve') confirmApprove(a);
    else setRejecting(a);
  };

  const element = (
    // 驳回 asks why (required): the reason is kept on the line and sent to the filing department.
    <ReasonModal
      open={!!rejecting}
      title={rejecting ? t('adjustments.reject.title', names(rejecting)) : ''}
      loading={reject.isPending}
      okText={t('adjustments.actions.reject')}
      okDanger
      hint={t('adjustments.reject.hint')}
      label={t('adjustments.reject.reason')}
      placeholder={t('adjustments.reject.placeholder')}
      schema={rejectShape.reason}
      testId="adjustment-reject"
      onCancel={() => setRejecting(null)}
      onSubmit={(reason, form) => {
        if (!rejecting) return;
        reject.mutate(
          { params: { id: rejecting.id }, body: { version: rejecting.version, reason } },
          {
            onSuccess: () => {
              message.success(t('adjustments.messages.rejected'));
              setRejecting(null);
            },
            onError: (e) => handleError(e, { form, onReload: () => setRejecting(null) }),
          },
        );
      }}
    />
  );

  return { run, element, busyId };
}
