import { useState } from 'react';
import { App, Button, Card, Flex, Space, Tag, Typography } from 'antd';
import { CheckCircleFilled, KeyOutlined, SafetyCertificateOutlined, WarningOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../locales';
import { formatDate } from '../../utils/format';
import { DisableTotpModal } from './DisableTotpModal';
import { TotpEnrollment } from './TotpEnrollment';

/** 账户安全: the second factor (bind / remove) and the password (a link to 修改密码). */
export function SecurityPage() {
  const t = useT();
  const user = useCurrentUser();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const [disabling, setDisabling] = useState(false);

  const askDisable = () =>
    modal.confirm({
      title: t('auth.totp.disableConfirmTitle'),
      icon: <WarningOutlined style={{ color: '#faad14' }} />,
      content: t('auth.totp.disableConfirmContent'),
      okText: t('auth.totp.disable'),
      okButtonProps: { danger: true, 'data-testid': 'totp-disable-confirm' },
      cancelText: t('common.actions.cancel'),
      onOk: () => setDisabling(true),
    });

  return (
    <>
      <PageHeader title={t('auth.security.title')} subTitle={t('auth.security.subtitle')} />
      <Flex vertical gap={16}>
        <Card
          title={
            <Space>
              <SafetyCertificateOutlined />
              {t('auth.security.totpCard')}
            </Space>
          }
          extra={
            <Tag
              color={user.totpEnabled ? 'green' : 'default'}
              icon={user.totpEnabled ? <CheckCircleFilled /> : undefined}
              data-testid="totp-status"
              data-enabled={user.totpEnabled}
            >
              {user.totpEnabled ? t('auth.security.bound') : t('auth.security.unbound')}
            </Tag>
          }
          data-testid="security-totp"
        >
          {user.totpEnabled ? (
            <>
              <Typography.Paragraph>{t('auth.security.boundText')}</Typography.Paragraph>
              <Typography.Paragraph type="secondary">{t('auth.security.lostDevice')}</Typography.Paragraph>
              <Button danger onClick={askDisable} data-testid="totp-disable">
                {t('auth.totp.disable')}
              </Button>
            </>
          ) : (
            <>
              <Typography.Paragraph>{t('auth.security.unboundText')}</Typography.Paragraph>
              <TotpEnrollment />
            </>
          )}
        </Card>
        <Card
          title={
            <Space>
              <KeyOutlined />
              {t('auth.security.passwordCard')}
            </Space>
          }
        >
          <Typography.Paragraph>{t('auth.security.passwordText', { date: formatDate(user.passwordExpiresAt) })}</Typography.Paragraph>
          <Button icon={<KeyOutlined />} onClick={() => void navigate('/account/password')} data-testid="security-change-password">
            {t('auth.security.changePassword')}
          </Button>
        </Card>
      </Flex>
      <DisableTotpModal open={disabling} onClose={() => setDisabling(false)} />
    </>
  );
}

export default SecurityPage;
