import { useState, type ReactNode } from 'react';
import { Alert, App, Button, Flex, Form, Modal, Progress, Result, Typography, Upload, type UploadFile } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import type { UseMutationResult } from '@tanstack/react-query';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '@jx/contract';
import { useT } from '../../locales';
import { ImportErrorTable } from './ImportErrorTable';
import { importErrorDetails } from './importErrorDetails';

const MB = Math.round(MAX_IMPORT_BYTES / 1024 / 1024);

/** The words of one import (what it imports); the rest of the dialog's text is shared (locales `excel.*`). */
export interface ImportTexts {
  title: string;
  hint: string;
  failedTitle: (n: number) => string;
  successTitle: (n: number) => string;
  successHint: string;
}

export interface ExcelImportModalProps {
  texts: ImportTexts;
  /** Uploads the picked file; the server checks the whole file first and answers how many records it created. */
  upload: UseMutationResult<{ created: number }, Error, File>;
  /** The 下载导入模板 button (an ExportButton of the template route). */
  templateButton: ReactNode;
  /** Fields above the file picker (e.g. the year the rows belong to). */
  children?: ReactNode;
  onClose: () => void;
}

/**
 * 批量导入: pick an .xlsx and upload it. A rejected file shows every problem (行号 / 列 / 问题) and nothing is imported;
 * an accepted one shows how many records were created.
 */
export function ExcelImportModal({ texts, upload, templateButton, children, onClose }: ExcelImportModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const details = importErrorDetails(upload.error);

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
    upload.mutate(file);
  };
  const again = () => {
    upload.reset();
    setFile(null);
  };
  const fileList: UploadFile[] = file ? [{ uid: 'file', name: file.name, status: 'done', size: file.size }] : [];

  if (upload.isSuccess) {
    return (
      <Modal open title={texts.title} onCancel={onClose} footer={null} width={640}>
        <Result
          status="success"
          title={
            <span data-testid="import-created" data-count={upload.data.created}>
              {texts.successTitle(upload.data.created)}
            </span>
          }
          subTitle={texts.successHint}
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
      title={texts.title}
      onCancel={upload.isPending ? undefined : onClose}
      closable={!upload.isPending}
      maskClosable={false}
      width={details ? 860 : 640}
      footer={
        <Flex justify="space-between">
          {templateButton}
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
      <Typography.Paragraph type="secondary">{texts.hint}</Typography.Paragraph>
      <Form layout="vertical" disabled={upload.isPending}>
        {children}
        <Form.Item required validateStatus={missingFile ? 'error' : undefined} help={missingFile ? t('excel.fileRequired') : undefined}>
          <Upload.Dragger
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            maxCount={1}
            beforeUpload={pick}
            fileList={fileList}
            onRemove={() => setFile(null)}
            data-testid="import-file"
          >
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
      {details ? <ImportErrorTable details={details} failedTitle={texts.failedTitle(details.total)} /> : null}
      {upload.isError && !details ? <Alert type="error" showIcon title={upload.error.message} data-testid="import-failed" /> : null}
    </Modal>
  );
}
