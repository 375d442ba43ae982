import { Form, type FormItemProps } from 'antd';
import type { z } from 'zod';
import { emptyToUndefined, isRequired, zodRule, type ToInput } from './zodRule';

export interface ZodFormItemProps extends FormItemProps {
  /** The contract schema of this field, e.g. `OnboardBody.shape.staffNo`. */
  schema?: z.ZodType;
  /** Converts the widget's value to the schema's input (e.g. a dayjs date to `YYYY-MM-DD`). */
  toInput?: ToInput;
}

/** A Form.Item whose validation (and required mark) comes from a contract zod schema. */
export function ZodFormItem({ schema, toInput = emptyToUndefined, rules, required, ...props }: ZodFormItemProps) {
  const merged = [...(schema ? [zodRule(schema, toInput)] : []), ...(rules ?? [])];
  return <Form.Item {...props} required={required ?? (schema ? isRequired(schema) : undefined)} rules={merged} />;
}
