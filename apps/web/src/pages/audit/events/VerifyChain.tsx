import { Alert, Button, Flex } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { useVerifyAudit } from '../../../api/audit';
import { useApiErrorHandler } from '../../../hooks/useApiErrorHandler';
import { useT, type TFunction } from '../../../locales';
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
      description={
        <Flex vertical>
          <AnchorSummary anchors={result.anchors} />
          <span>{at}</span>
        </Flex>
      }
      style={{ marginBottom: 16 }}
    />
  ) : (
    <Alert
      type="error"
      showIcon
      closable={{ onClose }}
      data-testid="audit-verify-result"
      data-ok="false"
      title={brokenTitle(t, result)}
      description={
        <Flex vertical>
          {result.problem ? <span>{t('audit.events.verifyProblem', { problem: result.problem })}</span> : null}
          <AnchorSummary anchors={result.anchors} />
          <span>{at}</span>
        </Flex>
      }
      style={{ marginBottom: 16 }}
    />
  );
}

type Verification = NonNullable<ReturnType<typeof useVerifyAudit>['data']>;

function brokenTitle(t: TFunction, result: Verification) {
  if (result.firstBrokenSeq) return t('audit.events.verifyBroken', { seq: result.firstBrokenSeq });
  return result.anchors.problem ? t('audit.events.verifyAnchorBroken') : t('audit.events.verifyBrokenUnknown');
}

/** The chain heads anchored outside the database: how many matched, or the first that did not. */
function AnchorSummary({ anchors }: { anchors: Verification['anchors'] }) {
  const t = useT();
  const { problem } = anchors;
  const text = problem
    ? t('audit.events.anchors.broken', { line: problem.line, kind: t(`audit.events.anchors.kinds.${problem.kind}`), message: problem.message })
    : anchors.lastAnchoredSeq
      ? t('audit.events.anchors.ok', { count: anchors.checked, seq: anchors.lastAnchoredSeq })
      : t('audit.events.anchors.none');
  return (
    <span data-testid="audit-verify-anchors" data-anchor-problem={problem?.kind}>
      {text}
    </span>
  );
}
