import { Card } from 'antd';
import type { TargetDetail } from '@jx/contract';
import { useTargetDocuments } from '../../api/documents';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { useT } from '../../locales';
import { canUploadDocuments } from '../reports/permissions';
import { DocumentList } from './DocumentList';
import { UploadDocumentButton } from './UploadDocumentButton';

/** 工作文档 of a target (not those attached to its reports): the list and, for uploaders, an upload button. */
export function TargetDocuments({ target }: { target: TargetDetail }) {
  const t = useT();
  const user = useCurrentUser();
  const docs = useTargetDocuments(target.id);
  return (
    <Card
      size="small"
      title={t('documents.section')}
      extra={canUploadDocuments(user, target) ? <UploadDocumentButton to={{ kind: 'target', id: target.id }} testId="target-document-upload" /> : null}
      data-testid="target-documents"
    >
      <DocumentList items={docs.data?.items} loading={docs.isFetching} error={docs.error} onRetry={() => void docs.refetch()} empty={t('documents.empty')} />
    </Card>
  );
}
