import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../locales';

export function ForbiddenPage() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title={t('common.exception.forbiddenTitle')}
      subTitle={t('common.exception.forbiddenText')}
      data-testid="page-403"
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          {t('common.actions.backHome')}
        </Button>
      }
    />
  );
}

export default ForbiddenPage;
