import { Alert, Button, Flex } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { useVerifyAudit } from '../../../api/audit';
import { useApiErrorHandler } from '../../../hooks/useApiErrorHandler';
import { useT } from '../../../locales';
import { formatDateTime } from '../../../utils/format';

/** 校验哈希链: a clear green or red answer, naming the first broken row. */
export function VerifyChainButton({ verify }: { verify: ReturnType<typeof useVerifyAudit> }) {
  const t = useT();
  const handleError = useApiErrorHandler();
  return (
    <Button
      type="primary"
      icon={<SafetyCertificateOutlined />}
      loading={verify.isPending}
      onClick={() => verify.mutate(undefined, { onError: (e) => handleError(e) })}
      data-testid="audit-verify"
    >
      {verify.isPending ? t('audit.events.verifying') : t('audit.events.verify')}
    </Button>
  );
}

export function VerifyResult({ result, onClose }: { result: ReturnType<typeof useVerifyAudit>['data']; onClose: () => void }) {
  const t = useT();
  if (!result) return null;
  const at = t('audit.events.verifyAt', { time: formatDateTime(result.verifiedAt) });
  return result.ok ? (
    <Alert
      type="success"
      showIcon
      closable={{ onClose }}
      data-testid="audit-verify-result"
      data-ok="true"
      title={t('audit.events.verifyOk', { count: result.checked })}
      description={at}
      style={{ marginBottom: 16 }}
    />
  ) : (
    <Alert
      type="error"
      showIcon
      closable={{ onClose }}
      data-testid="audit-verify-result"
      data-ok="false"
      title={result.firstBrokenSeq ? t('audit.events.verifyBroken', { seq: result.firstBrokenSeq }) : t('audit.events.verifyBrokenUnknown')}
      description={
        <Flex vertical>
          {result.problem ? <span>{t('audit.events.verifyProblem', { problem: result.problem })}</span> : null}
          <span>{at}</span>
        </Flex>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
