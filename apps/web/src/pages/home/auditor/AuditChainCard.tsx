import { Card, Flex, Typography } from 'antd';
import { LinkOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useVerifyAudit } from '../../../api/audit';
import { useT } from '../../../locales';
import { VerifyChainButton, VerifyResult } from '../../audit/events/VerifyChain';

/**
 * 审计链校验 on the auditor's home: the chain is verified on demand (each run checks every row and the anchors), so
 * the card offers the run and shows its answer rather than a stale state.
 */
export function AuditChainCard() {
  const t = useT();
  const verify = useVerifyAudit();
  return (
    <Card
      title={
        <span>
          <LinkOutlined style={{ marginInlineEnd: 8 }} />
          {t('common.home.chain.title')}
        </span>
      }
      extra={<Link to="/audit/events">{t('common.home.chain.log')}</Link>}
      style={{ marginBottom: 16 }}
      data-testid="home-audit-chain"
    >
      <Flex vertical gap={12}>
        <Flex gap={12} align="center" wrap>
          <VerifyChainButton verify={verify} />
          {!verify.data ? <Typography.Text type="secondary">{t('common.home.chain.hint')}</Typography.Text> : null}
        </Flex>
        <VerifyResult result={verify.data} onClose={() => verify.reset()} />
      </Flex>
    </Card>
  );
}
