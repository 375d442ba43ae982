import { useState } from 'react';
import { App } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import type { Target } from '@jx/contract';
import {
  useApproveTarget,
  useCancelTargetRevision,
  useDeleteTarget,
  usePublishTarget,
  useReturnTarget,
  useReviseTarget,
  useSubmitTarget,
} from '../../api/targets';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { ReasonModal } from './ReasonModal';
import type { TargetAction } from './shared';

type TargetRef = Pick<Target, 'id' | 'title' | 'version' | 'status'>;

/** Actions shown as dangerous (red): 退回, and the destructive 撤销修订 / 删除. */
export const DANGER_ACTIONS: ReadonlySet<TargetAction> = new Set(['return', 'cancelRevision', 'delete']);

/**
 * Runs a state change on one target: 提交 / 审核通过 / 发布 / 撤销修订 / 删除 ask for confirmation (the last two as
 * dangerous), 退回 / 发起修订 ask for a reason; every call sends the version the user saw. `element` holds the reason
 * modal. After 删除 on the target's own page, the user lands on the target list.
 */
export function useTargetActions(opts: { onDone?: () => void } = {}) {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const { message, modal } = App.useApp();
  const handleError = useApiErrorHandler();
  const submit = useSubmitTarget();
  const approve = useApproveTarget();
  const publish = usePublishTarget();
  const ret = useReturnTarget();
  const revise = useReviseTarget();
  const cancelRevision = useCancelTargetRevision();
  const remove = useDeleteTarget();
  const [reasonFor, setReasonFor] = useState<{ action: 'return' | 'revise'; target: TargetRef } | null>(null);

  const confirm = (target: TargetRef, kind: 'submit' | 'approve' | 'publish') => {
    const mutation = kind === 'submit' ? submit : kind === 'approve' ? approve : publish;
    modal.confirm({
      title: t(`targets.confirm.${kind}Title`, { title: target.title }),
      content: t(`targets.confirm.${kind}Content`),
      okText: t(`targets.actions.${kind}`),
      cancelText: t('common.actions.cancel'),
      okButtonProps: { 'data-testid': `target-${kind}-confirm` } as Record<`data-${string}`, string>,
      onOk: async () => {
        try {
          await mutation.mutateAsync({ params: { id: target.id }, body: { version: target.version } });
          message.success(t(`targets.messages.${kind === 'submit' ? 'submitted' : kind === 'approve' ? 'approved' : 'published'}`));
          opts.onDone?.();
        } catch (e) {
          handleError(e);
        }
      },
    });
  };

  const confirmDanger = (target: TargetRef, kind: 'cancelRevision' | 'delete') => {
    modal.confirm({
      title: t(`targets.confirm.${kind}Title`, { title: target.title }),
      content: t(`targets.confirm.${kind}Content`),
      okText: t(`targets.actions.${kind}`),
      okType: 'danger',
      cancelText: t('common.actions.cancel'),
      okButtonProps: { 'data-testid': `target-${kind}-confirm` } as Record<`data-${string}`, string>,
      onOk: async () => {
        try {
          if (kind === 'delete') {
            await remove.mutateAsync({ params: { id: target.id }, query: { version: target.version } });
            if (location.pathname.startsWith(`/targets/${target.id}`)) void navigate('/targets', { replace: true });
          } else {
            await cancelRevision.mutateAsync({ params: { id: target.id }, body: { version: target.version } });
          }
          message.success(t(kind === 'delete' ? 'targets.messages.deleted' : 'targets.messages.revisionCancelled'));
          opts.onDone?.();
        } catch (e) {
          handleError(e);
        }
      },
    });
  };

  const run = (action: TargetAction, target: TargetRef) => {
    if (action === 'edit') void navigate(`/targets/${target.id}/edit`);
    else if (action === 'cancelRevision' || action === 'delete') confirmDanger(target, action);
    else if (action === 'return' || action === 'revise') setReasonFor({ action, target });
    else confirm(target, action);
  };

  const reasonMutation = reasonFor?.action === 'revise' ? revise : ret;
  const element = (
    <ReasonModal
      open={!!reasonFor}
      title={reasonFor ? t(reasonFor.action === 'return' ? 'targets.reason.returnTitle' : 'targets.reason.reviseTitle', { title: reasonFor.target.title }) : ''}
      placeholder={t(reasonFor?.action === 'revise' ? 'targets.reason.revisePlaceholder' : 'targets.reason.returnPlaceholder')}
      hint={reasonFor?.action === 'revise' ? t('targets.reason.reviseHint') : undefined}
      okText={t(reasonFor?.action === 'revise' ? 'targets.actions.revise' : 'targets.actions.return')}
      danger={reasonFor?.action === 'return'}
      loading={reasonMutation.isPending}
      onCancel={() => setReasonFor(null)}
      testId={reasonFor?.action === 'revise' ? 'revise-form' : 'return-form'}
      onSubmit={(reason, form) => {
        if (!reasonFor) return;
        const { action, target } = reasonFor;
        reasonMutation.mutate(
          { params: { id: target.id }, body: { version: target.version, reason } },
          {
            onSuccess: () => {
              message.success(t(action === 'return' ? 'targets.messages.returned' : 'targets.messages.revised'));
              setReasonFor(null);
              opts.onDone?.();
              if (action === 'revise') void navigate(`/targets/${target.id}/edit`);
            },
            onError: (e) => handleError(e, { form, onReload: () => setReasonFor(null) }),
          },
        );
      }}
    />
  );

  return { run, element };
}
