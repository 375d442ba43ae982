import { App, Form, Select } from 'antd';
import { useBulkAssignTargets } from '../../api/targets';
import { useTargetTypes } from '../../api/units';
import { useYears } from '../../api/years';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { FormModal } from '../../components/form/FormModal';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { applyTemplateIssues } from './templateErrors';
import { TemplateFields, templateBody, type TemplateValues } from './TemplateFields';
import { UnitOverrides, unitsBody, type UnitOverride } from './UnitOverrides';

type Values = TemplateValues & { targetTypeId?: string; units?: UnitOverride[] };

/** 批量下达: one template to many units, with per-unit title / target value / score. */
export function BulkAssignModal({ yearId, onClose }: { yearId: string; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const years = useYears();
  const types = useTargetTypes();
  const assign = useBulkAssignTargets();
  const typeId = Form.useWatch('targetTypeId', form);
  const type = types.data?.find((ty) => ty.id === typeId);
  const onlyOwn = user.roles.includes('FUNC_DEPT') && !user.roles.includes('PERF_OFFICE');
  const typeOptions = (types.data ?? []).filter((ty) => ty.active && ty.code !== 'SPECIAL' && (!onlyOwn || ty.ownerUnitId === user.unitId));

  return (
    <FormModal<Values>
      open
      title={t('targets.assign.title')}
      form={form}
      onCancel={onClose}
      width={980}
      confirmLoading={assign.isPending}
      okText={t('targets.bulkAssign')}
      initialValues={{ units: [] }}
      testId="bulk-assign-form"
      onFinish={(v) =>
        assign.mutate(
          { body: { template: { yearId, targetTypeId: v.targetTypeId ?? '', ...templateBody(v) }, units: unitsBody(v.units) } },
          {
            onSuccess: (r) => {
              message.success(t('targets.assign.done', { n: r.created }));
              onClose();
            },
            onError: (e) => {
              if (!applyTemplateIssues(form, e)) handleError(e, { form });
            },
          },
        )
      }
    >
      <Form.Item name="targetTypeId" label={t('targets.fields.type')} rules={[{ required: true, message: t('targets.form.typeRequired') }]}>
        <Select
          placeholder={t('targets.form.pickType')}
          options={typeOptions.map((ty) => ({ value: ty.id, label: `${ty.name}（${t(`targets.rhythms.${ty.reportingRhythm}`)}）` }))}
          onChange={() => form.setFieldValue('units', [])}
        />
      </Form.Item>
      <TemplateFields form={form} yearId={yearId} year={years.data?.find((y) => y.id === yearId)?.year} typeId={typeId} rhythm={type?.reportingRhythm} />
      <UnitOverrides yearId={yearId} typeId={typeId} />
    </FormModal>
  );
}
