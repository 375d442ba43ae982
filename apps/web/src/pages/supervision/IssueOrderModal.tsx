import { Alert, App, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { createOrder, formatPeriodKey, type ProgressReport, type SupervisionOrder } from '@jx/contract';
import { useCreateOrder } from '../../api/supervision';
import { FormModal } from '../../components/form/FormModal';
import { ZodFormItem } from '../../components/form/ZodFormItem';
import { bodyShape } from '../../components/form/zodRule';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';

interface Values {
  instruction: string;
  dueDate?: Dayjs;
  reportId?: string;
}

const shape = bodyShape(createOrder);

export interface IssueOrderModalProps {
  open: boolean;
  target: { id: string; title: string };
  reports: readonly ProgressReport[] | undefined;
  onClose: () => void;
  onIssued?: (order: SupervisionOrder) => void;
}

/** 下达督办: the instruction, the due date (today or later) and optionally the report it is about. */
export function IssueOrderModal({ open, target, reports, onClose, onIssued }: IssueOrderModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateOrder();
  const handleError = useApiErrorHandler();

  return (
    <FormModal<Values>
      open={open}
      title={t('supervision.issue.title', { title: target.title })}
      form={form}
      onCancel={onClose}
      okText={t('supervision.issue.ok')}
      confirmLoading={create.isPending}
      width={640}
      testId="order-issue-form"
      onFinish={(v) =>
        create.mutate(
          { params: { id: target.id }, body: { instruction: v.instruction.trim(), dueDate: v.dueDate!.format('YYYY-MM-DD'), reportId: v.reportId ?? null } },
          {
            onSuccess: (o) => {
              message.success(t('supervision.issue.success'));
              onClose();
              onIssued?.(o);
            },
            onError: (e) => handleError(e, { form }),
          },
        )
      }
    >
      <Alert type="info" showIcon title={t('supervision.issue.hint')} style={{ marginBottom: 12 }} />
      <ZodFormItem name="instruction" label={t('supervision.fields.instruction')} schema={shape.instruction}>
        <Input.TextArea rows={5} maxLength={2000} showCount placeholder={t('supervision.issue.instructionPlaceholder')} data-testid="order-issue-instruction" />
      </ZodFormItem>
      <Form.Item name="dueDate" label={t('supervision.fields.dueDate')} rules={[{ required: true, message: t('supervision.issue.dueRequired') }]}>
        <DatePicker
          style={{ width: 220 }}
          placeholder={t('supervision.issue.duePlaceholder')}
          disabledDate={(d) => d.isBefore(dayjs().startOf('day'))}
          data-testid="order-issue-due"
        />
      </Form.Item>
      <Form.Item name="reportId" label={t('supervision.issue.report')}>
        <Select
          allowClear
          style={{ width: 220 }}
          placeholder={reports && reports.length === 0 ? t('supervision.issue.noReports') : t('supervision.issue.reportPlaceholder')}
          disabled={reports?.length === 0}
          loading={!reports}
          options={(reports ?? []).map((r) => ({ value: r.id, label: t('supervision.reportPeriod', { period: formatPeriodKey(r.periodKey) }) }))}
          data-testid="order-issue-report"
        />
      </Form.Item>
    </FormModal>
  );
}
