import { useRef } from 'react';
import { Button, Card, Flex, Skeleton } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../locales';
import { bulletinPrintHtml } from './download';

/** The bulletin's print view: the server's A4 page (the one its PDF is rendered from), printed from the frame. */
export function BulletinPrintPage() {
  const t = useT();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const frame = useRef<HTMLIFrameElement>(null);
  const html = useQuery({ queryKey: ['results', 'bulletins', id, 'print'], queryFn: () => bulletinPrintHtml(id) });
  return (
    <>
      <PageHeader
        title={t('results.bulletin.printTitle')}
        extra={
          <Flex gap={8}>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(`/assessment/bulletins/${id}`)}>
              {t('results.back')}
            </Button>
            <Button type="primary" icon={<PrinterOutlined />} disabled={!html.data} onClick={() => frame.current?.contentWindow?.print()}>
              {t('results.bulletin.print')}
            </Button>
          </Flex>
        }
      />
      {html.isError ? (
        <ErrorState error={html.error} onRetry={() => void html.refetch()} />
      ) : !html.data ? (
        <Card>
          <Skeleton active paragraph={{ rows: 12 }} />
        </Card>
      ) : (
        <Flex justify="center" style={{ background: '#e9e9e9', padding: 24 }}>
          <iframe
            ref={frame}
            title={t('results.bulletin.printTitle')}
            srcDoc={html.data}
            sandbox="allow-modals allow-same-origin"
            style={{
              width: '210mm',
              minHeight: '297mm',
              height: '80vh',
              border: 0,
              background: '#fff',
              boxShadow: '0 2px 12px rgba(0,0,0,.15)',
              padding: '0 20mm',
            }}
            data-testid="bulletin-print-frame"
          />
        </Flex>
      )}
    </>
  );
}

export default BulletinPrintPage;
