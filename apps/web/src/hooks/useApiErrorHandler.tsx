import { useCallback } from 'react';
import { App, type FormInstance } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, type ErrorCode } from '@jx/contract';
import { sessionStore } from '../auth/session';
import { applyServerFieldErrors, pathToName } from '../components/form/serverErrors';
import { useT, type MessageKey } from '../locales';

export interface HandleOptions {
  /** The form whose fields get the server's field errors. */
  form?: FormInstance;
  /** Put the message of these error codes on a field, e.g. `{ PASSWORD_POLICY: 'password' }`. */
  fieldFor?: Partial<Record<ErrorCode | 'NETWORK', string>>;
  /** After a version conflict, once the data has been reloaded (e.g. close the edit modal). */
  onReload?: () => void;
}

/** Errors after which the app shows only the forced password change or second-factor binding. */
const SECURITY_SETUP: Partial<Record<ErrorCode, MessageKey>> = {
  PASSWORD_CHANGE_REQUIRED: 'common.errors.passwordChangeRequired',
  MFA_ENROLLMENT_REQUIRED: 'common.errors.mfaEnrollmentRequired',
};

/**
 * One way to show a failed mutation: field errors onto the form (VALIDATION_FAILED, and any other code
 * that names fields, such as a wrong MFA_REQUIRED code), VERSION_CONFLICT as a dialog with a reload
 * button, anything else as a message (with the request id for support). When the error ended the
 * session (e.g. 401 ACCOUNT_LOCKED after wrong current passwords) the login page says why: no message.
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
      if (sessionStore.getState().status === 'anonymous') return;
      const setupKey = SECURITY_SETUP[error.code as ErrorCode];
      if (setupKey) {
        // The session store has switched the app to the forced page already (see api/client.ts).
        message.warning(t(setupKey));
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
      if (opts.form && (error.code === 'VALIDATION_FAILED' || Object.keys(error.fieldErrors).length > 0)) {
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
