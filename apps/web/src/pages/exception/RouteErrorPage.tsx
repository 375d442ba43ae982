import { Button, Flex, Typography, theme } from 'antd';
import { CloseCircleFilled } from '@ant-design/icons';
import { useRouteError } from 'react-router';
import { useT } from '../../locales';

/**
 * Last resort for a page that threw while rendering (or whose chunk failed to load). It cannot be loaded lazily (a
 * failed chunk load is what it reports), so it is laid out like antd's Result without importing it: Result brings
 * its 403/404/500 illustrations into the shell.
 */
export function RouteErrorPage() {
  const t = useT();
  const { token } = theme.useToken();
  const error = useRouteError();
  if (error) console.error(error);
  return (
    <Flex vertical align="center" gap={12} style={{ padding: '48px 32px', textAlign: 'center' }}>
      <CloseCircleFilled style={{ fontSize: 72, color: token.colorError, marginBottom: 12 }} />
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('common.exception.crashTitle')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('common.exception.crashText')}</Typography.Text>
      <Button type="primary" style={{ marginTop: 12 }} onClick={() => window.location.reload()}>
        {t('common.exception.reloadPage')}
      </Button>
    </Flex>
  );
}

export default RouteErrorPage;
