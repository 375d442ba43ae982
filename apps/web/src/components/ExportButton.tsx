import { useState, type ReactNode } from 'react';
import { Button, type ButtonProps } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { CallOptions, DownloadedFile, RouteDef } from '@jx/contract';
import { call } from '../api/client';
import { useApiErrorHandler } from '../hooks/useApiErrorHandler';
import { useT } from '../locales';
import { saveBlob } from '../utils/saveBlob';

export interface ExportButtonProps<R extends RouteDef> {
  /** A `binary` contract route (an export or a template). */
  route: R;
  /** Its query: the list's current filters (paging aside). */
  query?: CallOptions<R>['query'];
  /** Used when the server sends no file name. */
  fallbackName: string;
  children?: ReactNode;
  disabled?: boolean;
  type?: ButtonProps['type'];
  icon?: ReactNode;
  'data-testid'?: string;
}

/**
 * Downloads a file from a binary route with the session's token (through `call`, never a token in a URL), saves it
 * under the server's file name, shows a spinner while the server builds it and the server's message when it fails
 * (e.g. too many rows for one export).
 */
export function ExportButton<R extends RouteDef>({ route, query, fallbackName, children, disabled, type, icon, ...rest }: ExportButtonProps<R>) {
  const t = useT();
  const handleError = useApiErrorHandler();
  const [loading, setLoading] = useState(false);
  const download = async () => {
    setLoading(true);
    try {
      const file = (await call(route, { query } as CallOptions<R>)) as unknown as DownloadedFile;
      saveBlob(file.blob, file.fileName ?? fallbackName);
    } catch (e) {
      handleError(e);
    } finally {
      setLoading(false);
    }
  };
  return (
    <Button
      type={type}
      icon={icon ?? <DownloadOutlined />}
      loading={loading}
      disabled={disabled}
      onClick={() => void download()}
      data-testid={rest['data-testid']}
    >
      {children ?? t('excel.export')}
    </Button>
  );
}
