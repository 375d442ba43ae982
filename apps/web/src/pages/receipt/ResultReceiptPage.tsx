import { Button, Card, Skeleton } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useResultReceipt } from '../../api/results';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { ReceiptView } from '../../components/receipt/ReceiptView';
import { useT } from '../../locales';

/** 计分明细 of a unit in the draft result set (the office reviews it before publishing). */
export function ResultReceiptPage() {
  const t = useT();
  const navigate = useNavigate();
  const { id = '', unitId = '' } = useParams();
  const receipt = useResultReceipt(id, unitId);
  return (
    <>
      <PageHeader
        title={receipt.data ? t('results.receipt.titleOf', { unit: receipt.data.unitName }) : t('results.receipt.title')}
        subTitle={t('results.receipt.draftHint')}
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)}>
            {t('results.back')}
          </Button>
        }
      />
      {receipt.isError ? (
        <ErrorState error={receipt.error} onRetry={() => void receipt.refetch()} />
      ) : !receipt.data ? (
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      ) : (
        <ReceiptView data={receipt.data} />
      )}
    </>
  );
}

export default ResultReceiptPage;
