import { App, Flex, Form, Input, Select } from 'antd';
import { updatePerson, type BodyOf, type Person } from '@jx/contract';
import { useUpdatePerson } from '../../api/persons';
import { FormModal } from '../../components/form/FormModal';
import { ZodFormItem } from '../../components/form/ZodFormItem';
import { blankToNull, bodyShape } from '../../components/form/zodRule';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { GENDER_OPTIONS } from './genders';

type Values = Omit<BodyOf<typeof updatePerson>, 'version'>;

const shape = bodyShape(updatePerson);

export function EditPersonModal({ person, onClose }: { person: Person | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdatePerson();
  const handleError = useApiErrorHandler();

  const onFinish = (v: Values) => {
    if (!person) return;
    const body = blankToNull({ name: v.name, gender: v.gender, phone: v.phone, position: v.position }, ['gender', 'phone', 'position']);
    update.mutate(
      { params: { id: person.id }, body: { ...body, name: v.name.trim(), version: person.version } },
      {
        onSuccess: () => {
          message.success(t('persons.messages.updated'));
          onClose();
        },
        onError: (e) => handleError(e, { form, onReload: onClose }),
      },
    );
  };

  return (
    <FormModal<Values>
      open={!!person}
      title={t('persons.editTitle')}
      form={form}
      onCancel={onClose}
      onFinish={onFinish}
      confirmLoading={update.isPending}
      okText={t('common.actions.save')}
      initialValues={person ? { name: person.name, gender: person.gender as Values['gender'], phone: person.phone, position: person.position } : {}}
      testId="person-edit-form"
    >
      <Flex gap={16}>
        <ZodFormItem name="name" label={t('persons.fields.name')} schema={shape.name} style={{ flex: 1 }}>
          <Input maxLength={30} autoComplete="off" />
        </ZodFormItem>
        <ZodFormItem name="gender" label={t('persons.fields.gender')} schema={shape.gender} style={{ width: 140 }}>
          <Select allowClear options={GENDER_OPTIONS(t)} placeholder={t('common.form.select')} />
        </ZodFormItem>
      </Flex>
      <ZodFormItem name="phone" label={t('persons.fields.phone')} schema={shape.phone}>
        <Input maxLength={20} autoComplete="off" />
      </ZodFormItem>
      <ZodFormItem name="position" label={t('persons.fields.position')} schema={shape.position}>
        <Input maxLength={40} autoComplete="off" />
      </ZodFormItem>
    </FormModal>
  );
}
