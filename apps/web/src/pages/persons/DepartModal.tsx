import { Alert, App, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { departPerson, type Person } from '@jx/contract';
import { useDepartPerson } from '../../api/persons';
import { FormModal } from '../../components/form/FormModal';
import { blankToNull, bodyShape } from '../../components/form/zodRule';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { AssignmentDateAndNote } from './AssignmentFields';

interface Values {
  date: Dayjs;
  note?: string | null;
}

const shape = bodyShape(departPerson);

/** 离职: the form, then a confirmation that names the consequence (the person's accounts are disabled). */
export function DepartModal({ person, onClose }: { person: Person | null; onClose: () => void }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const depart = useDepartPerson();
  const handleError = useApiErrorHandler();

  const onFinish = (v: Values) => {
    if (!person) return;
    const date = v.date.format('YYYY-MM-DD');
    modal.confirm({
      title: t('persons.departConfirmTitle', { name: person.name }),
      content: t('persons.departConfirmContent', { date }),
      okText: t('persons.departOk'),
      okButtonProps: { danger: true, 'data-testid': 'depart-confirm' },
      cancelText: t('common.actions.cancel'),
      onOk: () =>
        depart
          .mutateAsync({ params: { id: person.id }, body: { date, note: blankToNull({ note: v.note }, ['note']).note, version: person.version } })
          .then(() => {
            message.success(t('persons.messages.departed'));
            onClose();
          })
          .catch((e: unknown) => handleError(e, { form, onReload: onClose })),
    });
  };

  return (
    <FormModal<Values>
      open={!!person}
      title={person ? t('persons.departTitle', { name: person.name }) : ''}
      form={form}
      onCancel={onClose}
      onFinish={onFinish}
      confirmLoading={depart.isPending}
      okText={t('persons.actions.depart')}
      okDanger
      initialValues={{ date: dayjs() }}
      testId="depart-form"
    >
      <Alert type="warning" showIcon title={t('persons.departWarning')} style={{ marginBottom: 16 }} />
      <AssignmentDateAndNote dateLabel={t('persons.fields.departDate')} shape={shape} />
    </FormModal>
  );
}
