import { useState, type ReactNode } from 'react';
import { App, Button, Space, type FormInstance } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, closeOrder, rejectOrder, respondOrder, urgeOrder, type SupervisionOrder } from '@jx/contract';
import { useCloseOrder, useRejectOrder, useRespondOrder, useUrgeOrder } from '../../api/supervision';
import { supervisionKeys } from '../../api/keys';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { bodyShape } from '../../components/form/zodRule';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { OrderNoteModal } from './OrderNoteModal';
import { canUrgeOrder, orderActions, type OrderAction } from './permissions';

type Action = OrderAction | 'urge';

const MAX: Record<Action, number> = { respond: 4000, close: 1000, reject: 1000, urge: 500 };
const SCHEMAS = {
  respond: bodyShape(respondOrder).response,
  close: bodyShape(closeOrder).note,
  reject: bodyShape(rejectOrder).note,
  urge: bodyShape(urgeOrder).note,
};

/**
 * 回复 / 办结 / 退回 / 催办 on one order: each opens a modal that asks for the text and is itself the confirmation.
 * Every call sends the version the user saw; a 409 (someone else moved the order) explains and reloads.
 * `buttons(order)` gives the buttons the user may press; `element` holds the modal.
 */
export function useOrderActions(opts: { onDone?: (order: SupervisionOrder) => void } = {}) {
  const t = useT();
  const user = useCurrentUser();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const respond = useRespondOrder();
  const close = useCloseOrder();
  const reject = useRejectOrder();
  const urge = useUrgeOrder();
  const [open, setOpen] = useState<{ action: Action; order: SupervisionOrder } | null>(null);
  const mutation = { respond, close, reject, urge }[open?.action ?? 'respond'];

  const buttons = (order: SupervisionOrder, size: 'small' | 'middle' = 'small'): ReactNode => {
    const acts: Action[] = [...orderActions(user, order), ...(canUrgeOrder(user, order) ? (['urge'] as const) : [])];
    if (!acts.length) return null;
    return (
      <Space size={4} wrap>
        {acts.map((a) => (
          <Button
            key={a}
            size={size}
            type={a === 'reject' || a === 'urge' ? 'default' : 'primary'}
            danger={a === 'reject'}
            onClick={() => setOpen({ action: a, order })}
            data-testid={`order-${a}`}
          >
            {t(`supervision.actions.${a}`)}
          </Button>
        ))}
      </Space>
    );
  };

  const onError = (e: unknown, form: FormInstance) => {
    // Another user answered, closed or returned it meanwhile: say so, show the new state.
    if (e instanceof ApiError && e.status === 409 && e.code !== 'VERSION_CONFLICT') {
      message.warning(`${e.message}。${t('supervision.stateChanged')}`);
      setOpen(null);
      void qc.invalidateQueries({ queryKey: supervisionKeys.all });
      return;
    }
    handleError(e, { form, onReload: () => setOpen(null) });
  };

  const action = open?.action ?? 'respond';
  const element = (
    <OrderNoteModal
      open={!!open}
      title={t(`supervision.${action}.title`)}
      hint={action === 'respond' ? undefined : t(`supervision.${action}.hint`, { count: open?.order.urgeCount ?? 0 })}
      warning={action === 'respond' && open?.order.note ? t('supervision.respond.rejectedBefore', { note: open.order.note }) : undefined}
      label={t(`supervision.${action}.label`)}
      placeholder={t(`supervision.${action}.placeholder`)}
      schema={SCHEMAS[action]}
      maxLength={MAX[action]}
      okText={t(`supervision.${action}.ok`)}
      danger={action === 'reject'}
      loading={mutation.isPending}
      onCancel={() => setOpen(null)}
      testId={`order-${action}-form`}
      onSubmit={(text, form) => {
        if (!open) return;
        const { order } = open;
        const done = (o: SupervisionOrder) => {
          message.success(t(`supervision.${action}.success`));
          setOpen(null);
          opts.onDone?.(o);
        };
        const params = { id: order.id };
        if (action === 'respond')
          respond.mutate({ params, body: { response: text ?? '', version: order.version } }, { onSuccess: done, onError: (e) => onError(e, form) });
        else if (action === 'close')
          close.mutate({ params, body: { note: text, version: order.version } }, { onSuccess: done, onError: (e) => onError(e, form) });
        else if (action === 'reject')
          reject.mutate({ params, body: { note: text ?? '', version: order.version } }, { onSuccess: done, onError: (e) => onError(e, form) });
        else urge.mutate({ params, body: { note: text ?? '', version: order.version } }, { onSuccess: done, onError: (e) => onError(e, form) });
      }}
    />
  );

  return { buttons, element };
}
