import { useState } from 'react';
import { App, Button, Flex, Form, Space, Steps, Typography } from 'antd';
import { ArrowLeftOutlined, QrcodeOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { totpEnable, type BodyOf, type ResponseOf, type totpSetup } from '@jx/contract';
import { enableTotp, startTotpSetup } from '../../auth/actions';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { ZodFormItem } from '../../components/form/ZodFormItem';
import { bodyShape } from '../../components/form/zodRule';
import { normalizeTotpCode, TotpCodeInput } from '../../components/TotpCodeInput';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';

type Setup = ResponseOf<typeof totpSetup>;
type Phase = { step: 'idle' } | { step: 'scan'; setup: Setup } | { step: 'verify'; setup: Setup };

type CodeValues = BodyOf<typeof totpEnable>;

const shape = bodyShape(totpEnable);

/** `JBSWY3DPEHPK3PXP` → `JBSW Y3DP EHPK 3PXP`, easier to type into an app by hand. */
export function groupSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

/**
 * Binding a second factor: a button starts it (the server makes a pending secret), step 1 shows the QR
 * code and the key for manual entry, step 2 confirms with a code from the app. The session user is
 * updated on success, so the page around it (or the forced enrolment) moves on by itself.
 */
export function TotpEnrollment() {
  const t = useT();
  const user = useCurrentUser();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<CodeValues>();
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [busy, setBusy] = useState(false);

  const start = async () => {
    setBusy(true);
    try {
      setPhase({ step: 'scan', setup: await startTotpSetup() });
    } catch (e) {
      handleError(e);
    } finally {
      setBusy(false);
    }
  };

  const confirm = async ({ code }: CodeValues) => {
    setBusy(true);
    try {
      await enableTotp({ code });
      message.success(t('auth.totp.success'));
    } catch (e) {
      form.setFieldValue('code', '');
      handleError(e, { form });
      requestAnimationFrame(() => document.getElementById('totp-enable_code')?.focus());
    } finally {
      setBusy(false);
    }
  };

  if (phase.step === 'idle') {
    return (
      <Button type="primary" icon={<QrcodeOutlined />} loading={busy} onClick={() => void start()} data-testid="totp-setup-start">
        {t('auth.totp.start')}
      </Button>
    );
  }

  const { setup } = phase;
  return (
    <div className="totp-enrollment" data-testid="totp-enrollment" data-step={phase.step}>
      <Steps
        size="small"
        current={phase.step === 'scan' ? 0 : 1}
        style={{ margin: '8px 0 20px', maxWidth: 560 }}
        items={[{ title: t('auth.totp.steps.scan') }, { title: t('auth.totp.steps.verify') }, { title: t('auth.totp.steps.done') }]}
      />
      {phase.step === 'scan' ? (
        <>
          <Flex gap={24} wrap align="flex-start">
            <img
              src={setup.qrDataUrl}
              alt={t('auth.totp.qrAlt', { username: user.username })}
              width={200}
              height={200}
              className="totp-qr"
              data-testid="totp-qr"
            />
            <div className="totp-instructions">
              <Typography.Paragraph strong>{t('auth.totp.scanHint')}</Typography.Paragraph>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
                {t('auth.totp.manualTitle')} {t('auth.totp.manualText', { username: user.username })}
              </Typography.Paragraph>
              <Typography.Text
                className="totp-secret"
                copyable={{ text: setup.secret, tooltips: [t('auth.totp.copySecret'), t('common.states.done')] }}
                aria-label={t('auth.totp.secret')}
                data-testid="totp-secret"
                data-secret={setup.secret}
              >
                {groupSecret(setup.secret)}
              </Typography.Text>
            </div>
          </Flex>
          <Space style={{ marginTop: 20 }}>
            <Button type="primary" onClick={() => setPhase({ step: 'verify', setup })} data-testid="totp-next">
              {t('auth.totp.next')}
            </Button>
            <Button onClick={() => setPhase({ step: 'idle' })} data-testid="totp-cancel">
              {t('auth.totp.cancel')}
            </Button>
          </Space>
        </>
      ) : (
        <Form<CodeValues> form={form} name="totp-enable" layout="vertical" onFinish={(v) => void confirm(v)} requiredMark={false} style={{ maxWidth: 360 }}>
          <Typography.Paragraph type="secondary">{t('auth.totp.codeHint')}</Typography.Paragraph>
          <ZodFormItem name="code" label={t('auth.totp.code')} schema={shape.code} normalize={normalizeTotpCode}>
            <TotpCodeInput autoFocus size="large" placeholder={t('auth.totp.codePlaceholder')} prefix={<SafetyCertificateOutlined />} data-testid="totp-code" />
          </ZodFormItem>
          <Space>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="totp-enable-submit">
              {t('auth.totp.confirm')}
            </Button>
            <Button icon={<ArrowLeftOutlined />} onClick={() => setPhase({ step: 'scan', setup })} data-testid="totp-prev">
              {t('auth.totp.prev')}
            </Button>
          </Space>
        </Form>
      )}
    </div>
  );
}
