import { useState } from 'react';
import { Button, Card, Flex, Skeleton, Tag } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { receiptLines, type UnitReceipt } from '@jx/scoring';
import { useAppeals, useBulletinReceipt, useMyResults } from '../../api/results';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { ReceiptView } from '../../components/receipt/ReceiptView';
import { useT } from '../../locales';
import { AppealModal } from './AppealModal';

/**
 * 计分明细 of a unit in a published bulletin. The unit's own admin, within the appeal window, may appeal any
 * disputable line (one open appeal per line).
 */
export function BulletinReceiptPage() {
  const t = useT();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const { id = '', unitId = '' } = useParams();
  const receipt = useBulletinReceipt(id, unitId);
  const ownUnit = user.roles.includes('UNIT_ADMIN') && user.unitId === unitId;
  const mine = useMyResults(ownUnit);
  const appeals = useAppeals({ bulletinId: id, pageSize: 100 }, ownUnit);
  const [line, setLine] = useState<{ key: string; label: string } | null>(null);
  const canAppeal = ownUnit && !!mine.data?.items.find((r) => r.bulletinId === id)?.canAppeal;
  const openLines = new Set((appeals.data?.items ?? []).filter((a) => a.status === 'OPEN').map((a) => a.lineKey));
  const labels = new Map(receipt.data ? receiptLines(receipt.data.receipt as unknown as UnitReceipt).map((l) => [l.key, l.label]) : []);
  const appealButton = (key: string) =>
    !canAppeal || !labels.has(key) ? null : openLines.has(key) ? (
      <Tag color="processing">{t('results.appeal.pending')}</Tag>
    ) : (
      <Button size="small" onClick={() => setLine({ key, label: labels.get(key)! })} data-testid="appeal-line">
        {t('results.appeal.action')}
      </Button>
    );

  return (
    <>
      <PageHeader
        title={receipt.data ? t('results.receipt.titleOf', { unit: receipt.data.unitName }) : t('results.receipt.title')}
        subTitle={receipt.data ? t('results.receipt.bulletinHint', { version: receipt.data.versionNo }) : null}
        extra={
          <Flex gap={8}>
            <Button onClick={() => navigate(`/assessment/bulletins/${id}`)}>{t('results.receipt.toBulletin')}</Button>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)}>
              {t('results.back')}
            </Button>
          </Flex>
        }
      />
      {receipt.isError ? (
        <ErrorState error={receipt.error} onRetry={() => void receipt.refetch()} />
      ) : !receipt.data ? (
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      ) : (
        <ReceiptView
          data={receipt.data}
          waivers={receipt.data.waivers}
          action={canAppeal ? (row) => appealButton(row.lineKey!) : undefined}
          adjustmentAction={canAppeal ? (l) => appealButton(`adjustment:${l.id}`) : undefined}
        />
      )}
      <AppealModal bulletinId={id} line={line} onClose={() => setLine(null)} />
    </>
  );
}

export default BulletinReceiptPage;
