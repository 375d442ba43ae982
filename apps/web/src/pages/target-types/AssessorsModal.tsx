import { Alert, App, Form, Select } from 'antd';
import { setAssessors, type AssessorScope } from '@jx/contract';
import { useSetAssessors } from '../../api/targetTypes';
import { FormModal } from '../../components/form/FormModal';
import { ZodFormItem } from '../../components/form/ZodFormItem';
import { bodyShape } from '../../components/form/zodRule';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { renderDivisionOption } from './DivisionOption';
import { filterDivision, useDivisions, type DivisionOption } from './useDivisions';

interface Values {
  unitIds: string[];
}

/** What the modal names departments for, the ones named on it now, and what applies when it names none. */
export interface AssessorsTarget {
  scope: AssessorScope;
  id: string;
  name: string;
  named: readonly { id: string; name: string }[];
  /** In words: who assesses when nothing is named here ("财务处（继承自目标类型“机关建设”）"). */
  fallback: string;
}

const shape = bodyShape(setAssessors);

/** 设置考核部门 for a type, an indicator (and its subtree) or one target: a multi-select of 厅机关处室; empty clears. */
export function AssessorsModal({ subject, onClose }: { subject: AssessorsTarget; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const set = useSetAssessors();
  const divisions = useDivisions();
  const handleError = useApiErrorHandler();

  const onFinish = (v: Values) => {
    const unitIds = v.unitIds ?? [];
    set.mutate(
      { body: { scope: subject.scope, id: subject.id, unitIds } },
      {
        onSuccess: () => {
          message.success(t(unitIds.length ? 'targetTypes.assessorsModal.saved' : 'targetTypes.assessorsModal.cleared', { name: subject.name }));
          onClose();
        },
        onError: (e) => handleError(e, { form }),
      },
    );
  };

  return (
    <FormModal<Values>
      open
      title={t('targetTypes.assessorsModal.title', { name: subject.name })}
      form={form}
      onCancel={onClose}
      onFinish={onFinish}
      confirmLoading={set.isPending}
      okText={t('common.actions.save')}
      initialValues={{ unitIds: subject.named.map((u) => u.id) }}
      testId="assessors-form"
    >
      <Alert type="info" showIcon title={t(`targetTypes.assessorsModal.scopes.${subject.scope}`) + `：${subject.name}`} style={{ marginBottom: 12 }} />
      <ZodFormItem
        name="unitIds"
        label={t('targetTypes.assessorsModal.label')}
        schema={shape.unitIds}
        required={false}
        extra={t('targetTypes.assessorsModal.fallback', { text: subject.fallback })}
      >
        <Select<string[], DivisionOption>
          mode="multiple"
          allowClear
          loading={divisions.isLoading}
          placeholder={t('targetTypes.assessorsModal.placeholder')}
          options={divisions.options}
          showSearch={{ filterOption: filterDivision }}
          optionRender={renderDivisionOption}
          aria-label={t('targetTypes.assessorsModal.label')}
          data-testid="assessors-select"
        />
      </ZodFormItem>
    </FormModal>
  );
}
