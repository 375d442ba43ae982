import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../locales';

export function NotFoundPage() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('common.exception.notFoundTitle')}
      subTitle={t('common.exception.notFoundText')}
      data-testid="page-404"
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          {t('common.actions.backHome')}
        </Button>
      }
    />
  );
}

export default NotFoundPage;
