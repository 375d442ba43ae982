import { useState } from 'react';
import { Alert, App, Button, Form, Input, InputNumber, Typography, Upload, type UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, formatPeriodKey, MetricValueSchema, ReportContentFields, uploadReportDocument, type ProgressReport } from '@jx/contract';
import { call } from '../../api/client';
import { documentFormData } from '../../api/documents';
import { documentKeys, reportKeys } from '../../api/keys';
import { useSubmitReport, useUpdateReport } from '../../api/reports';
import { FormModal } from '../../components/form/FormModal';
import { ZodFormItem } from '../../components/form/ZodFormItem';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { DOCX_ACCEPT, docxFileProblem } from '../documents/docxFile';

interface Values {
  actualPercent?: number;
  actualValue?: string;
  narrative: string;
  problems?: string;
  nextSteps?: string;
}

export interface ReportFormTarget {
  id: string;
  title: string;
  unitName: string;
  /** 目标值 of the plan in force: set for a quantitative target, which must report its actual value. */
  metricTarget: string | null;
  metricUnit: string | null;
}

export interface ReportFormModalProps {
  open: boolean;
  target: ReportFormTarget;
  periodKey: string;
  plannedPercent: number | null;
  /** Editing this report; absent: a new report for `periodKey`. */
  report?: ProgressReport;
  /** The due day has passed: a new report will be marked 迟报. */
  lateIfSubmitted?: boolean;
  onClose: () => void;
  onSaved?: (report: ProgressReport) => void;
}

const blank = (s: string | undefined) => (s?.trim() ? s.trim() : null);

/**
 * 报送 / 修改 a progress report: cumulative percent, the actual value of a quantitative target, progress, problems,
 * next steps, and .docx files uploaded to the report once it is saved (their conversion warnings shown afterwards).
 */
export function ReportFormModal({ open, target, periodKey, plannedPercent, report, lateIfSubmitted, onClose, onSaved }: ReportFormModalProps) {
  const t = useT();
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const submit = useSubmitReport();
  const update = useUpdateReport();
  const handleError = useApiErrorHandler();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [uploading, setUploading] = useState(false);
  const quantitative = target.metricTarget !== null;
  const period = formatPeriodKey(periodKey);

  const close = () => {
    setFiles([]);
    onClose();
  };

  /** Uploads the chosen files one by one to the saved report; says what happened to each when anything is worth saying. */
  const uploadFiles = async (reportId: string) => {
    if (!files.length) return;
    setUploading(true);
    const lines: string[] = [];
    let trouble = false;
    let failed = false;
    for (const f of files) {
      const file = f.originFileObj;
      if (!file) continue;
      try {
        const doc = await call(uploadReportDocument, { params: { id: reportId }, formData: documentFormData(file) });
        if (doc.warnings.length) {
          trouble = true;
          lines.push(t('reports.form.uploadWarn', { name: doc.fileName, warnings: doc.warnings.join('；') }));
        } else lines.push(t('reports.form.uploadOk', { name: doc.fileName }));
      } catch (e) {
        trouble = failed = true;
        lines.push(t('reports.form.uploadFailed', { name: file.name, reason: e instanceof Error ? e.message : String(e) }));
      }
    }
    setUploading(false);
    await qc.invalidateQueries({ queryKey: documentKeys.all });
    if (trouble) {
      modal.warning({
        title: t('reports.form.uploadResultTitle'),
        width: 600,
        content: (
          <>
            <ul className="doc-warnings" data-testid="report-upload-results">
              {lines.map((l, i) => (
                <li key={i}>{l}</li>
              ))}
            </ul>
            {failed ? <Typography.Paragraph type="secondary">{t('reports.form.uploadRetryHint')}</Typography.Paragraph> : null}
          </>
        ),
      });
    }
  };

  const onFinish = async (v: Values) => {
    const content = {
      actualPercent: v.actualPercent ?? 0,
      actualValue: quantitative ? (blank(v.actualValue) ?? undefined) : null,
      narrative: v.narrative.trim(),
      problems: blank(v.problems),
      nextSteps: blank(v.nextSteps),
    };
    let saved: ProgressReport;
    try {
      saved = report
        ? await update.mutateAsync({ params: { id: report.id }, body: { ...content, version: report.version } })
        : await submit.mutateAsync({ params: { id: target.id }, body: { periodKey, ...content } });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CONFLICT' && !report) {
        // Someone else reported this period in the meantime: show theirs.
        message.warning(t('reports.form.conflictGone'));
        await qc.invalidateQueries({ queryKey: reportKeys.all });
        close();
        return;
      }
      handleError(e, { form, onReload: close });
      return;
    }
    message.success(report ? t('reports.form.updated') : t('reports.form.submitted'));
    await uploadFiles(saved.id);
    close();
    onSaved?.(saved);
  };

  return (
    <FormModal<Values>
      open={open}
      title={report ? t('reports.form.editTitle', { period }) : t('reports.form.submitTitle', { period })}
      form={form}
      onCancel={close}
      onFinish={(v) => void onFinish(v)}
      okText={report ? t('reports.form.editOk') : t('reports.form.submitOk')}
      confirmLoading={submit.isPending || update.isPending || uploading}
      width={680}
      testId="report-form"
      initialValues={
        report
          ? {
              actualPercent: report.actualPercent,
              actualValue: report.actualValue ?? undefined,
              narrative: report.narrative,
              problems: report.problems ?? undefined,
              nextSteps: report.nextSteps ?? undefined,
            }
          : {}
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        {t('reports.form.targetLine', { title: target.title, unit: target.unitName })}
        {' · '}
        {plannedPercent === null ? t('reports.form.noPlanHint') : t('reports.form.plannedHint', { planned: plannedPercent })}
      </Typography.Paragraph>
      {!report && lateIfSubmitted ? <Alert type="warning" showIcon title={t('reports.form.lateWarning')} style={{ marginBottom: 12 }} /> : null}
      <ZodFormItem name="actualPercent" label={t('reports.fields.actualPercent')} schema={ReportContentFields.actualPercent}>
        <InputNumber<number>
          min={0}
          max={100}
          precision={0}
          suffix="%"
          style={{ width: 180 }}
          placeholder={t('reports.form.percentPlaceholder')}
          data-testid="report-percent"
        />
      </ZodFormItem>
      {quantitative ? (
        <ZodFormItem
          name="actualValue"
          label={`${t('reports.fields.actualValue')}${target.metricUnit ? `（${target.metricUnit}）` : ''}`}
          schema={MetricValueSchema}
        >
          <Input
            style={{ width: 240 }}
            placeholder={t('reports.form.valuePlaceholder', { target: target.metricTarget ?? '', unit: target.metricUnit ?? '' })}
            data-testid="report-value"
          />
        </ZodFormItem>
      ) : null}
      <ZodFormItem name="narrative" label={t('reports.fields.narrative')} schema={ReportContentFields.narrative}>
        <Input.TextArea rows={5} maxLength={4000} showCount placeholder={t('reports.form.narrativePlaceholder')} data-testid="report-narrative" />
      </ZodFormItem>
      <ZodFormItem name="problems" label={t('reports.fields.problems')} schema={ReportContentFields.problems}>
        <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t('reports.form.problemsPlaceholder')} data-testid="report-problems" />
      </ZodFormItem>
      <ZodFormItem name="nextSteps" label={t('reports.fields.nextSteps')} schema={ReportContentFields.nextSteps}>
        <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t('reports.form.nextStepsPlaceholder')} data-testid="report-next-steps" />
      </ZodFormItem>
      <Form.Item label={t('reports.form.attachments')} extra={t('reports.form.attachHint')}>
        <Upload
          accept={DOCX_ACCEPT}
          multiple
          fileList={files}
          beforeUpload={(file) => {
            const problem = docxFileProblem(file, t);
            if (problem) {
              message.error(`${file.name}：${problem}`);
              return Upload.LIST_IGNORE;
            }
            setFiles((list) => [...list, { uid: file.uid, name: file.name, size: file.size, status: 'done', originFileObj: file }]);
            return false;
          }}
          onRemove={(f) => setFiles((list) => list.filter((x) => x.uid !== f.uid))}
        >
          <Button icon={<UploadOutlined />} data-testid="report-attach">
            {t('reports.form.attachButton')}
          </Button>
        </Upload>
      </Form.Item>
    </FormModal>
  );
}
