import { App, Button, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { DocumentDetail } from '@jx/contract';
import { documentFormData, useUploadDocumentVersion, useUploadReportDocument, useUploadTargetDocument } from '../../api/documents';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { DOCX_ACCEPT, docxFileProblem } from './docxFile';
import { showConversionWarnings } from './ConversionWarnings';

export interface UploadDocumentButtonProps {
  /** Where the document goes: a target, a progress report, or a new version of a document. */
  to: { kind: 'target' | 'report' | 'version'; id: string };
  onUploaded?: (doc: DocumentDetail) => void;
  primary?: boolean;
  testId?: string;
}

/** Picks one .docx, checks its name and size, uploads it and shows the server's conversion warnings. */
export function UploadDocumentButton({ to, onUploaded, primary, testId }: UploadDocumentButtonProps) {
  const t = useT();
  const { message, modal } = App.useApp();
  const handleError = useApiErrorHandler();
  const toTarget = useUploadTargetDocument();
  const toReport = useUploadReportDocument();
  const toVersion = useUploadDocumentVersion();
  const mutation = to.kind === 'target' ? toTarget : to.kind === 'report' ? toReport : toVersion;

  const upload = (file: File) => {
    const problem = docxFileProblem(file, t);
    if (problem) {
      message.error(problem);
      return;
    }
    const key = `upload-${to.kind}-${to.id}`;
    void message.open({ key, type: 'loading', content: t('documents.upload.uploading', { name: file.name }), duration: 0 });
    mutation.mutate(
      { params: { id: to.id }, formData: documentFormData(file) },
      {
        onSuccess: (doc) => {
          void message.open({ key, type: 'success', content: t('documents.upload.success', { name: doc.fileName }) });
          if (doc.warnings.length) showConversionWarnings(modal, t('documents.upload.warningsTitle'), doc.warnings);
          onUploaded?.(doc);
        },
        onError: (e) => {
          message.destroy(key);
          handleError(e);
        },
      },
    );
  };

  return (
    <Upload
      accept={DOCX_ACCEPT}
      showUploadList={false}
      maxCount={1}
      beforeUpload={(file) => {
        upload(file);
        return false;
      }}
    >
      <Button icon={<UploadOutlined />} type={primary ? 'primary' : 'default'} loading={mutation.isPending} data-testid={testId}>
        {to.kind === 'version' ? t('documents.actions.uploadVersion') : t('documents.actions.upload')}
      </Button>
    </Upload>
  );
}
