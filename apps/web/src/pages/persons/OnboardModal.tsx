import { App, DatePicker, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { OnboardBody } from '@jx/contract';
import { useOnboardPerson } from '../../api/persons';
import { FormModal } from '../../components/form/FormModal';
import { ZodFormItem } from '../../components/form/ZodFormItem';
import { dateToInput } from '../../components/form/dateToInput';
import { blankToNull } from '../../components/form/zodRule';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { NoteField } from './AssignmentFields';
import { GENDER_OPTIONS } from './genders';

interface Values {
  staffNo: string;
  name: string;
  gender?: '男' | '女' | null;
  phone?: string | null;
  unitId: string;
  position?: string | null;
  startDate: Dayjs;
  note?: string | null;
}

const shape = OnboardBody.shape;

export function OnboardModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const onboard = useOnboardPerson();
  const handleError = useApiErrorHandler();

  const onFinish = (v: Values) => {
    const body = {
      ...blankToNull({ staffNo: v.staffNo, name: v.name, phone: v.phone, position: v.position, note: v.note, gender: v.gender }, [
        'phone',
        'position',
        'note',
        'gender',
      ]),
      unitId: v.unitId,
      startDate: v.startDate.format('YYYY-MM-DD'),
    };
    onboard.mutate(
      { body: { ...body, staffNo: v.staffNo.trim(), name: v.name.trim() } },
      {
        onSuccess: () => {
          message.success(t('persons.messages.onboarded'));
          onClose();
        },
        onError: (e) => handleError(e, { form }),
      },
    );
  };

  return (
    <FormModal<Values>
      open={open}
      title={t('persons.onboardTitle')}
      form={form}
      onCancel={onClose}
      onFinish={onFinish}
      confirmLoading={onboard.isPending}
      okText={t('common.actions.save')}
      width={620}
      initialValues={{ startDate: dayjs() }}
      testId="onboard-form"
    >
      <Flex gap={16}>
        <ZodFormItem name="name" label={t('persons.fields.name')} schema={shape.name} style={{ flex: 1 }}>
          <Input maxLength={30} autoComplete="off" />
        </ZodFormItem>
        <ZodFormItem name="staffNo" label={t('persons.fields.staffNo')} schema={shape.staffNo} style={{ flex: 1 }} tooltip={t('persons.help.staffNo')}>
          <Input maxLength={20} autoComplete="off" />
        </ZodFormItem>
      </Flex>
      <Flex gap={16}>
        <ZodFormItem name="gender" label={t('persons.fields.gender')} schema={shape.gender} style={{ width: 140 }}>
          <Select allowClear options={GENDER_OPTIONS(t)} placeholder={t('common.form.select')} />
        </ZodFormItem>
        <ZodFormItem name="phone" label={t('persons.fields.phone')} schema={shape.phone} style={{ flex: 1 }}>
          <Input maxLength={20} autoComplete="off" />
        </ZodFormItem>
      </Flex>
      <ZodFormItem name="unitId" label={t('persons.fields.unit')} schema={shape.unitId}>
        <UnitTreeSelect />
      </ZodFormItem>
      <Flex gap={16}>
        <ZodFormItem name="position" label={t('persons.fields.position')} schema={shape.position} style={{ flex: 1 }}>
          <Input maxLength={40} autoComplete="off" />
        </ZodFormItem>
        <ZodFormItem name="startDate" label={t('persons.fields.startDate')} schema={shape.startDate} toInput={dateToInput} style={{ width: 200 }}>
          <DatePicker style={{ width: '100%' }} />
        </ZodFormItem>
      </Flex>
      <NoteField schema={shape.note} />
    </FormModal>
  );
}
