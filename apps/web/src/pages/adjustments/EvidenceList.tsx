import type { ReactNode } from 'react';
import { App, Button, Flex, Tooltip, Typography, Upload } from 'antd';
import { DownloadOutlined, FileImageOutlined, FilePdfOutlined, FileWordOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { Adjustment, AdjustmentEvidence, EvidenceKind } from '@jx/contract';
import { adjustmentKeys, uploadEvidence } from '../../api/adjustments';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { useDownloadDocument } from '../documents/useDownloadDocument';
import { EVIDENCE_ACCEPT, evidenceProblem } from './adjustmentRules';
import { useEvidenceProblemText } from './useEvidenceProblemText';

const ICONS: Record<EvidenceKind, ReactNode> = { DOCX: <FileWordOutlined />, PDF: <FilePdfOutlined />, IMAGE: <FileImageOutlined /> };

/**
 * A line's 佐证材料: a Word document opens as a page (the document page, 预览); a PDF or image is downloaded with the
 * session's token. The filing unit may add more while the line is pending (`canAttach`).
 */
export function EvidenceList({ line, canAttach }: { line: Adjustment; canAttach: boolean }) {
  const t = useT();
  const download = useDownloadDocument();
  return (
    <Flex vertical gap={2} align="start" className="evidence-list" data-testid="adjustment-evidence">
      {line.evidence.length === 0 && !canAttach ? <Typography.Text type="secondary">{t('adjustments.noEvidence')}</Typography.Text> : null}
      {line.evidence.map((e: AdjustmentEvidence) =>
        e.kind === 'DOCX' ? (
          <Tooltip key={e.documentId} title={`${e.fileName} · ${t('adjustments.evidence.preview')}`}>
            <Link to={`/documents/${e.documentId}`} data-testid="evidence-preview" className="evidence-link">
              {ICONS[e.kind]} {e.fileName}
            </Link>
          </Tooltip>
        ) : (
          <Tooltip key={e.documentId} title={`${e.fileName} · ${t('adjustments.evidence.download')}`}>
            <Button
              type="link"
              size="small"
              style={{ padding: 0, height: 'auto' }}
              icon={ICONS[e.kind]}
              loading={download.pendingId === e.documentId}
              onClick={() => download.run(e.documentId, undefined, e.fileName)}
              data-testid="evidence-download"
            >
              {e.fileName}
              <DownloadOutlined />
            </Button>
          </Tooltip>
        ),
      )}
      {canAttach ? <AttachEvidenceButton lineId={line.id} /> : null}
    </Flex>
  );
}

/** 上传佐证: one file at a time to an existing line; the list refreshes afterwards. */
function AttachEvidenceButton({ lineId }: { lineId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const problemText = useEvidenceProblemText();
  const qc = useQueryClient();
  const send = async (file: File) => {
    const problem = evidenceProblem(file);
    if (problem) {
      message.error(problemText(problem));
      return;
    }
    const key = `evidence-${lineId}`;
    void message.open({ key, type: 'loading', content: t('adjustments.evidence.uploading', { name: file.name }), duration: 0 });
    try {
      await uploadEvidence(lineId, file);
      void message.open({ key, type: 'success', content: t('adjustments.evidence.uploaded', { name: file.name }) });
    } catch (e) {
      message.destroy(key);
      handleError(e);
    } finally {
      await qc.invalidateQueries({ queryKey: adjustmentKeys.all });
    }
  };
  return (
    <Upload
      accept={EVIDENCE_ACCEPT}
      showUploadList={false}
      beforeUpload={(file) => {
        void send(file);
        return false;
      }}
    >
      <Button size="small" icon={<PaperClipOutlined />} data-testid="evidence-attach">
        {t('adjustments.actions.attach')}
      </Button>
    </Upload>
  );
}
