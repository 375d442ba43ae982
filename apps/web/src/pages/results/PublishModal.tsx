import { Form, Input, Modal, Switch } from 'antd';
import { useT } from '../../locales';

export interface PublishValues {
  title: string;
  docNo: string;
  preface: string;
  unitsSeeOthers: boolean;
}

/** 发布考核通报: title, 文号, preface, and whether units see the other units' scores and grades. */
export function PublishModal(props: { open: boolean; busy: boolean; defaultTitle: string; onCancel: () => void; onPublish: (v: PublishValues) => void }) {
  const t = useT();
  const [form] = Form.useForm<PublishValues>();
  return (
    <Modal
      open={props.open}
      title={t('results.publish.title')}
      okText={t('results.publish.ok')}
      onOk={() => void form.validateFields().then(props.onPublish)}
      confirmLoading={props.busy}
      onCancel={props.onCancel}
      destroyOnHidden
      width={640}
      okButtonProps={{ 'data-testid': 'publish-confirm' } as never}
    >
      <Form form={form} layout="vertical" initialValues={{ title: props.defaultTitle, docNo: '', preface: '', unitsSeeOthers: true }} preserve={false}>
        <Form.Item
          name="title"
          label={t('results.publish.bulletinTitle')}
          rules={[{ required: true, whitespace: true, message: t('results.publish.titleRequired') }]}
        >
          <Input maxLength={100} data-testid="publish-title" />
        </Form.Item>
        <Form.Item name="docNo" label={t('results.publish.docNo')} rules={[{ required: true, whitespace: true, message: t('results.publish.docNoRequired') }]}>
          <Input maxLength={60} placeholder="川交绩〔2026〕12号" data-testid="publish-docno" />
        </Form.Item>
        <Form.Item name="preface" label={t('results.publish.preface')}>
          <Input.TextArea rows={5} maxLength={5000} showCount />
        </Form.Item>
        <Form.Item name="unitsSeeOthers" label={t('results.publish.unitsSeeOthers')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
