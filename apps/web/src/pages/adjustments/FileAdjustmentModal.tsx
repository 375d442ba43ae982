import { useState } from 'react';
import { Alert, App, Button, Form, Input, Select, Upload, type UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { ADJUSTMENT_KINDS, fileAdjustment, MAX_EVIDENCE_BYTES, type AdjustmentCategory } from '@jx/contract';
import { adjustmentKeys, uploadEvidence, useAdjustmentCategories, useFileAdjustment } from '../../api/adjustments';
import { useAssessedUnits } from '../../api/years';
import { FormModal } from '../../components/form/FormModal';
import { ZodFormItem } from '../../components/form/ZodFormItem';
import { bodyShape } from '../../components/form/zodRule';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { formatBytes } from '../documents/docxFile';
import { EVIDENCE_ACCEPT, evidenceProblem } from './adjustmentRules';
import { useEvidenceProblemText } from './useEvidenceProblemText';

interface Values {
  assessedUnitId: string;
  categoryId: string;
  points?: string;
  reason: string;
}

const shape = bodyShape(fileAdjustment);

/**
 * 申报加减分: the assessed unit, the category (its default points filled in, none for 一票否决), the points, the reason
 * and any 佐证材料. The line is filed first, then each file is uploaded to it; a file the server refuses is named
 * (the line stays filed and the file can be added from the list).
 */
export function FileAdjustmentModal({ open, yearId, onClose }: { open: boolean; yearId: string; onClose: () => void }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const handleError = useApiErrorHandler();
  const problemText = useEvidenceProblemText();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [busy, setBusy] = useState(false);
  const units = useAssessedUnits(open ? yearId : undefined);
  const categories = useAdjustmentCategories(open ? yearId : undefined);
  const file = useFileAdjustment();
  const categoryId = Form.useWatch('categoryId', form);
  const category = categories.data?.find((c) => c.id === categoryId);
  const veto = category?.kind === 'VETO';

  const close = () => {
    setFiles([]);
    onClose();
  };

  const pickCategory = (c: AdjustmentCategory | undefined) => {
    form.setFieldValue('points', c && c.kind !== 'VETO' ? (c.defaultPoints ?? undefined) : undefined);
    void form.validateFields(['points']).catch(() => undefined);
  };

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const line = await file.mutateAsync({
        body: { assessedUnitId: v.assessedUnitId, categoryId: v.categoryId, points: veto ? null : v.points?.trim() || null, reason: v.reason.trim() },
      });
      const failed: string[] = [];
      for (const f of files) {
        try {
          await uploadEvidence(line.id, f.originFileObj as File);
        } catch (e) {
          failed.push(t('adjustments.evidence.failed', { name: f.name, message: e instanceof Error ? e.message : '' }));
        }
      }
      await qc.invalidateQueries({ queryKey: adjustmentKeys.all });
      const sent = files.length - failed.length;
      if (failed.length) modal.warning({ title: t('adjustments.messages.filed'), content: failed.map((x) => <p key={x}>{x}</p>) });
      else message.success(sent ? t('adjustments.messages.filedWithEvidence', { count: sent }) : t('adjustments.messages.filed'));
      close();
    } catch (e) {
      handleError(e, { form });
    } finally {
      setBusy(false);
    }
  };

  const categoryOptions = ADJUSTMENT_KINDS.map((kind) => ({
    label: t(`adjustments.kinds.${kind}`),
    title: t(`adjustments.kinds.${kind}`),
    options: (categories.data ?? [])
      .filter((c) => c.active && c.kind === kind)
      .map((c) => ({ value: c.id, label: c.defaultPoints ? `${c.name}（${kind === 'DEDUCTION' ? '−' : '+'}${c.defaultPoints}）` : c.name })),
  })).filter((g) => g.options.length > 0);

  return (
    <FormModal<Values>
      open={open}
      title={t('adjustments.form.title')}
      form={form}
      onCancel={close}
      onFinish={(v) => void submit(v)}
      confirmLoading={busy}
      okText={t('adjustments.actions.file')}
      width={620}
      testId="adjustment-form"
      onValuesChange={(changed: Partial<Values>) => {
        if ('categoryId' in changed) pickCategory(categories.data?.find((c) => c.id === changed.categoryId));
      }}
    >
      <Form.Item name="assessedUnitId" label={t('adjustments.fields.unit')} rules={[{ required: true, message: t('adjustments.form.unitRequired') }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={units.isLoading}
          placeholder={t('adjustments.form.unitPlaceholder')}
          options={(units.data ?? []).map((u) => ({ value: u.id, label: u.unitName }))}
          data-testid="adjustment-form-unit"
        />
      </Form.Item>
      <Form.Item name="categoryId" label={t('adjustments.fields.category')} rules={[{ required: true, message: t('adjustments.form.categoryRequired') }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={categories.isLoading}
          placeholder={t('adjustments.form.categoryPlaceholder')}
          options={categoryOptions}
          data-testid="adjustment-form-category"
        />
      </Form.Item>
      {veto ? <Alert type="error" showIcon title={t('adjustments.vetoHint')} style={{ marginBottom: 16 }} data-testid="adjustment-form-veto" /> : null}
      <ZodFormItem
        name="points"
        label={t('adjustments.fields.points')}
        schema={shape.points}
        required={!veto}
        rules={[{ required: !veto, message: t('adjustments.form.pointsRequired') }]}
        extra={veto ? t('adjustments.form.pointsVeto') : t('adjustments.form.pointsHint')}
      >
        <Input
          disabled={veto}
          inputMode="decimal"
          style={{ width: 160 }}
          prefix={category?.kind === 'DEDUCTION' ? '−' : category?.kind === 'BONUS' ? '+' : undefined}
          data-testid="adjustment-form-points"
        />
      </ZodFormItem>
      <ZodFormItem name="reason" label={t('adjustments.fields.reason')} schema={shape.reason}>
        <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('adjustments.form.reasonPlaceholder')} data-testid="adjustment-form-reason" />
      </ZodFormItem>
      <Form.Item label={t('adjustments.form.evidence')} extra={t('adjustments.form.evidenceHint', { max: formatBytes(MAX_EVIDENCE_BYTES) })}>
        <Upload
          accept={EVIDENCE_ACCEPT}
          multiple
          fileList={files}
          beforeUpload={(f) => {
            const problem = evidenceProblem(f);
            if (problem) message.error(`${f.name}：${problemText(problem)}`);
            else setFiles((list) => [...list, { uid: f.uid, name: f.name, size: f.size, originFileObj: f, status: 'done' }]);
            return false;
          }}
          onRemove={(f) => setFiles((list) => list.filter((x) => x.uid !== f.uid))}
        >
          <Button icon={<UploadOutlined />} data-testid="adjustment-form-evidence">
            {t('adjustments.form.evidencePick')}
          </Button>
        </Upload>
      </Form.Item>
    </FormModal>
  );
}
