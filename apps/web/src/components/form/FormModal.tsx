import { useId, useLayoutEffect, type ReactNode } from 'react';
import { Form, Modal, type FormInstance, type FormProps } from 'antd';

export interface FormModalProps<V> {
  open: boolean;
  title: ReactNode;
  form: FormInstance<V>;
  onCancel: () => void;
  onFinish: (values: V) => void;
  confirmLoading?: boolean;
  okText?: ReactNode;
  width?: number;
  initialValues?: FormProps<V>['initialValues'];
  children: ReactNode;
  okDanger?: boolean;
  layout?: FormProps['layout'];
  onValuesChange?: FormProps<V>['onValuesChange'];
  testId?: string;
}

/**
 * A modal holding one antd form: Enter in a field submits (a hidden submit button), the first field
 * gets the focus when the modal opens, and the form is rebuilt from `initialValues` on every open.
 */
export function FormModal<V>({
  open,
  title,
  form,
  onCancel,
  onFinish,
  confirmLoading,
  okText,
  width = 560,
  initialValues,
  children,
  okDanger,
  layout = 'vertical',
  onValuesChange,
  testId,
}: FormModalProps<V>) {
  const id = useId().replace(/:/g, '');
  const formId = `form-${id}`;
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onCancel}
      onOk={() => form.submit()}
      okText={okText}
      okButtonProps={{ danger: okDanger, ...(testId ? { 'data-testid': `${testId}-ok` } : {}) }}
      confirmLoading={confirmLoading}
      width={width}
      destroyOnHidden
      mask={{ closable: false }}
      afterOpenChange={(visible) => {
        if (!visible) return;
        const first = document
          .getElementById(formId)
          ?.querySelector<HTMLElement>('input:not([type=hidden]):not([disabled]):not([readonly]), textarea:not([disabled])');
        first?.focus();
      }}
    >
      <Form<V>
        id={formId}
        data-testid={testId}
        form={form}
        layout={layout}
        initialValues={initialValues}
        onFinish={onFinish}
        onValuesChange={onValuesChange}
        scrollToFirstError
        requiredMark
      >
        {children}
        <ResetOnOpen form={form} />
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}

/**
 * The form instance outlives the destroyed modal body, and antd lets values already in the store win over
 * a new `initialValues`: without this, editing B after A would show A's values. Mounted with the body on each
 * opening, it resets the store to this opening's initialValues before the first paint.
 */
function ResetOnOpen<V>({ form }: { form: FormInstance<V> }) {
  useLayoutEffect(() => {
    form.resetFields();
  }, [form]);
  return null;
}
