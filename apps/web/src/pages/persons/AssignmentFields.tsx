import { DatePicker, Input } from 'antd';
import type { z } from 'zod';
import { ZodFormItem } from '../../components/form/ZodFormItem';
import { dateToInput } from '../../components/form/dateToInput';
import { useT } from '../../locales';

/** The 日期 and 备注 of a change in a person's assignment (调动, 离职), validated by the route's body schema. */
export function AssignmentDateAndNote({ dateLabel, shape }: { dateLabel: string; shape: { date: z.ZodType; note: z.ZodType } }) {
  return (
    <>
      <ZodFormItem name="date" label={dateLabel} schema={shape.date} toInput={dateToInput}>
        <DatePicker style={{ width: 200 }} />
      </ZodFormItem>
      <NoteField schema={shape.note} />
    </>
  );
}

/** 备注 of a person's onboarding, transfer or departure. */
export function NoteField({ schema }: { schema: z.ZodType }) {
  const t = useT();
  return (
    <ZodFormItem name="note" label={t('persons.fields.note')} schema={schema}>
      <Input.TextArea rows={2} maxLength={200} showCount />
    </ZodFormItem>
  );
}
