import { Button, Flex, theme } from 'antd';
import { CloseCircleFilled } from '@ant-design/icons';
import { useRouteError } from 'react-router';
import { useT } from '../../locales';

/**
 * Last resort for a page that threw while rendering (or whose chunk failed to load). It cannot be loaded lazily (a
 * failed chunk load is what it reports), so it is laid out like antd's Result without importing it (Result brings its
 * 403/404/500 illustrations), and with plain headings rather than Typography (Tooltip, TextArea) in the entry bundle.
 */
export function RouteErrorPage() {
  const t = useT();
  const { token } = theme.useToken();
  const error = useRouteError();
  if (error) console.error(error);
  return (
    <Flex vertical align="center" gap={12} style={{ padding: '48px 32px', textAlign: 'center' }}>
      <CloseCircleFilled style={{ fontSize: 72, color: token.colorError, marginBottom: 12 }} />
      <h3 className="plain-title route-error-title">{t('common.exception.crashTitle')}</h3>
      <span className="text-secondary">{t('common.exception.crashText')}</span>
      <Button type="primary" style={{ marginTop: 12 }} onClick={() => window.location.reload()}>
        {t('common.exception.reloadPage')}
      </Button>
    </Flex>
  );
}

export default RouteErrorPage;
