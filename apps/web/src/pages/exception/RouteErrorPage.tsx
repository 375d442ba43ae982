import { Button, Result } from 'antd';
import { useRouteError } from 'react-router';
import { useT } from '../../locales';

/** Last resort for a page that threw while rendering (or whose chunk failed to load). */
export function RouteErrorPage() {
  const t = useT();
  const error = useRouteError();
  if (error) console.error(error);
  return (
    <Result
      status="error"
      title={t('common.exception.crashTitle')}
      subTitle={t('common.exception.crashText')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('common.exception.reloadPage')}
        </Button>
      }
    />
  );
}

export default RouteErrorPage;
