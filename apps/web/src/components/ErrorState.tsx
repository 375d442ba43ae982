import { Button, Result } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { ApiError } from '@jx/contract';
import { useT } from '../locales';

export interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
  /** Smaller rendering for use inside a table or card. */
  compact?: boolean;
  title?: string;
}

/** A failed load: what went wrong, the request id for support, and a retry button. */
export function ErrorState({ error, onRetry, compact, title }: ErrorStateProps) {
  const t = useT();
  const api = error instanceof ApiError ? error : null;
  const forbidden = api?.status === 403;
  const message = api
    ? api.code === 'NETWORK'
      ? t('common.errors.network')
      : forbidden
        ? t('common.errors.forbidden')
        : api.message
    : error instanceof Error
      ? error.message
      : t('common.errors.unknown');
  return (
    <Result
      data-testid="error-state"
      status={forbidden ? 'warning' : 'error'}
      title={title ?? t('common.errors.loadFailed')}
      subTitle={
        <>
          {message}
          {api?.requestId ? <div className="muted small">{t('common.errors.requestId', { id: api.requestId })}</div> : null}
        </>
      }
      extra={
        onRetry ? (
          <Button type="primary" icon={<ReloadOutlined />} onClick={onRetry}>
            {t('common.actions.retry')}
          </Button>
        ) : null
      }
      className={compact ? 'result-compact' : undefined}
    />
  );
}
