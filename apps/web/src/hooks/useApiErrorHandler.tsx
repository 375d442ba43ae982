import { useCallback } from 'react';
import { App, type FormInstance } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, type ErrorCode } from '@jx/contract';
import { applyServerFieldErrors, pathToName } from '../components/form/serverErrors';
import { useT } from '../locales';

export interface HandleOptions {
  /** The form whose fields get the server's field errors. */
  form?: FormInstance;
  /** Put the message of these error codes on a field, e.g. `{ PASSWORD_POLICY: 'password' }`. */
  fieldFor?: Partial<Record<ErrorCode | 'NETWORK', string>>;
  /** After a version conflict, once the data has been reloaded (e.g. close the edit modal). */
  onReload?: () => void;
}

/**
 * One way to show a failed mutation: field errors onto the form, VERSION_CONFLICT as a dialog with a
 * reload button, anything else as a message (with the request id for support).
 */
export function useApiErrorHandler() {
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const t = useT();

  return useCallback(
    (error: unknown, opts: HandleOptions = {}) => {
      if (!(error instanceof ApiError)) {
        message.error(error instanceof Error ? error.message : t('common.errors.unknown'));
        return;
      }
      if (error.code === 'VERSION_CONFLICT') {
        modal.confirm({
          title: t('common.errors.conflictTitle'),
          content: t('common.errors.conflictContent'),
          okText: t('common.actions.reload'),
          cancelText: t('common.actions.close'),
          onOk: async () => {
            await qc.invalidateQueries();
            opts.onReload?.();
          },
        });
        return;
      }
      const field = opts.fieldFor?.[error.code];
      if (opts.form && field) {
        opts.form.setFields([{ name: pathToName(field), errors: [error.message] }]);
        return;
      }
      if (opts.form && error.code === 'VALIDATION_FAILED') {
        const unplaced = applyServerFieldErrors(opts.form, error);
        if (Object.keys(error.fieldErrors).length > 0 && unplaced.length === 0) return;
        message.error(unplaced.length ? unplaced.join('；') : error.message);
        return;
      }
      const text = error.code === 'NETWORK' ? t('common.errors.network') : error.message;
      message.error(error.requestId ? `${text}（${t('common.errors.requestId', { id: error.requestId })}）` : text);
    },
    [message, modal, qc, t],
  );
}
