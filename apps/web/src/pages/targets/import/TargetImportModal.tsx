import { useState } from 'react';
import { Alert, App, Button, Flex, Form, Modal, Progress, Result, Select, Typography, Upload, type UploadFile } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, downloadTargetImportTemplate } from '@jx/contract';
import { useYears } from '../../../api/years';
import { ExportButton } from '../../../components/ExportButton';
import { useT } from '../../../locales';
import { ImportErrorTable } from './ImportErrorTable';
import { importErrorDetails, useTargetImport } from './useTargetImport';

const MB = Math.round(MAX_IMPORT_BYTES / 1024 / 1024);

/**
 * 批量导入: pick the year and an .xlsx, upload it; the server checks the whole file first. A rejected file shows
 * every problem (行号 / 列 / 问题) and nothing is imported; an accepted one shows how many drafts were created.
 */
export function TargetImportModal({ yearId: initialYearId, onClose }: { yearId: string; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const years = useYears();
  const [yearId, setYearId] = useState(initialYearId);
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const upload = useTargetImport();
  const details = importErrorDetails(upload.error);
  const openYears = (years.data ?? []).filter((y) => y.status !== 'CLOSED').sort((a, b) => b.year - a.year);

  const pick = (f: File) => {
    if (!f.name.toLowerCase().endsWith('.xlsx')) message.error(t('excel.wrongType'));
    else if (f.size > MAX_IMPORT_BYTES) message.error(t('excel.tooLarge', { mb: MB }));
    else {
      setFile(f);
      setMissingFile(false);
      upload.reset();
    }
    return Upload.LIST_IGNORE;
  };
  const start = () => {
    if (!file) return setMissingFile(true);
    upload.mutate({ yearId, file });
  };
  const again = () => {
    upload.reset();
    setFile(null);
  };
  const fileList: UploadFile[] = file ? [{ uid: 'file', name: file.name, status: 'done', size: file.size }] : [];

  if (upload.isSuccess) {
    return (
      <Modal open title={t('excel.importTitle')} onCancel={onClose} footer={null} width={640}>
        <Result
          status="success"
          title={<span data-testid="import-created" data-count={upload.data.created}>{t('excel.successTitle', { n: upload.data.created })}</span>}
          subTitle={t('excel.successHint')}
          extra={[
            <Button key="again" onClick={again}>
              {t('excel.again')}
            </Button>,
            <Button key="close" type="primary" onClick={onClose} data-testid="import-close">
              {t('excel.close')}
            </Button>,
          ]}
        />
      </Modal>
    );
  }

  return (
    <Modal
      open
      title={t('excel.importTitle')}
      onCancel={upload.isPending ? undefined : onClose}
      closable={!upload.isPending}
      maskClosable={false}
      width={details ? 860 : 640}
      footer={
        <Flex justify="space-between">
          <ExportButton route={downloadTargetImportTemplate} query={{ yearId }} fallbackName={t('excel.templateFallbackName')} disabled={!yearId || upload.isPending}>
            {t('excel.template')}
          </ExportButton>
          <Flex gap={8}>
            <Button onClick={onClose} disabled={upload.isPending}>
              {t('excel.close')}
            </Button>
            <Button type="primary" loading={upload.isPending} onClick={start} data-testid="import-start">
              {t('excel.start')}
            </Button>
          </Flex>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">{t('excel.importHint')}</Typography.Paragraph>
      <Form layout="vertical" disabled={upload.isPending}>
        <Form.Item label={t('excel.year')} required>
          <Select
            value={yearId}
            onChange={(v: string) => {
              setYearId(v);
              upload.reset();
            }}
            loading={years.isLoading}
            options={openYears.map((y) => ({ value: y.id, label: y.name }))}
            data-testid="import-year"
          />
        </Form.Item>
        <Form.Item required validateStatus={missingFile ? 'error' : undefined} help={missingFile ? t('excel.fileRequired') : undefined}>
          <Upload.Dragger accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" maxCount={1} beforeUpload={pick} fileList={fileList} onRemove={() => setFile(null)} data-testid="import-file">
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('excel.pickFile')}</p>
            <p className="ant-upload-hint">{t('excel.pickFileHint', { mb: MB, rows: MAX_IMPORT_ROWS })}</p>
          </Upload.Dragger>
        </Form.Item>
      </Form>
      {upload.isPending ? (
        <div data-testid="import-progress">
          <Progress percent={100} status="active" showInfo={false} />
          <Typography.Text type="secondary">{t('excel.importing')}</Typography.Text>
        </div>
      ) : null}
      {details ? <ImportErrorTable details={details} /> : null}
      {upload.isError && !details ? <Alert type="error" showIcon title={upload.error.message} data-testid="import-failed" /> : null}
    </Modal>
  );
}
