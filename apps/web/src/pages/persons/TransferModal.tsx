import { useMemo } from 'react';
import { App, Descriptions, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { transferPerson, type Person } from '@jx/contract';
import { useTransferPerson } from '../../api/persons';
import { FormModal } from '../../components/form/FormModal';
import { ZodFormItem } from '../../components/form/ZodFormItem';
import { blankToNull, bodyShape } from '../../components/form/zodRule';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { AssignmentDateAndNote } from './AssignmentFields';

interface Values {
  toUnitId: string;
  position?: string | null;
  date: Dayjs;
  note?: string | null;
}

const shape = bodyShape(transferPerson);

export function TransferModal({ person, onClose }: { person: Person | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const transfer = useTransferPerson();
  const handleError = useApiErrorHandler();
  const currentUnit = useMemo(() => new Set(person?.unitId ? [person.unitId] : []), [person]);

  const onFinish = (v: Values) => {
    if (!person) return;
    const rest = blankToNull({ position: v.position, note: v.note }, ['note']);
    transfer.mutate(
      {
        params: { id: person.id },
        body: {
          toUnitId: v.toUnitId,
          position: rest.position ?? person.position,
          note: rest.note,
          date: v.date.format('YYYY-MM-DD'),
          version: person.version,
        },
      },
      {
        onSuccess: () => {
          message.success(t('persons.messages.transferred'));
          onClose();
        },
        onError: (e) => handleError(e, { form, onReload: onClose }),
      },
    );
  };

  return (
    <FormModal<Values>
      open={!!person}
      title={person ? t('persons.transferTitle', { name: person.name }) : ''}
      form={form}
      onCancel={onClose}
      onFinish={onFinish}
      confirmLoading={transfer.isPending}
      okText={t('persons.actions.transfer')}
      initialValues={{ date: dayjs(), position: person?.position ?? undefined }}
      testId="transfer-form"
    >
      {person ? (
        <Descriptions
          size="small"
          column={2}
          style={{ marginBottom: 16 }}
          items={[
            { key: 'unit', label: t('persons.fields.unit'), children: person.unitName ?? '—' },
            { key: 'position', label: t('persons.fields.position'), children: person.position ?? '—' },
          ]}
        />
      ) : null}
      <ZodFormItem name="toUnitId" label={t('persons.fields.toUnit')} schema={shape.toUnitId}>
        <UnitTreeSelect disabledIds={currentUnit} />
      </ZodFormItem>
      <ZodFormItem name="position" label={t('persons.fields.position')} schema={shape.position} extra={t('persons.help.transferPosition')}>
        <Input maxLength={40} autoComplete="off" />
      </ZodFormItem>
      <AssignmentDateAndNote dateLabel={t('persons.fields.transferDate')} shape={shape} />
    </FormModal>
  );
}
