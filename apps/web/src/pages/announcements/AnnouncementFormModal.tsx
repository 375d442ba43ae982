import { Alert, App, Form, Input, Switch } from 'antd';
import { createAnnouncement, type Announcement, type BodyOf } from '@jx/contract';
import { useCreateAnnouncement, useUpdateAnnouncement } from '../../api/announcements';
import { FormModal } from '../../components/form/FormModal';
import { ZodFormItem } from '../../components/form/ZodFormItem';
import { bodyShape } from '../../components/form/zodRule';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';

type Values = BodyOf<typeof createAnnouncement>;

export type AnnouncementModalState = { mode: 'create' } | { mode: 'edit'; announcement: Announcement } | null;

const shape = bodyShape(createAnnouncement);

export function AnnouncementFormModal({ state, onClose }: { state: AnnouncementModalState; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateAnnouncement();
  const update = useUpdateAnnouncement();
  const handleError = useApiErrorHandler();
  const editing = state?.mode === 'edit' ? state.announcement : null;

  const onFinish = (v: Values) => {
    const body = { title: v.title.trim(), body: v.body.trim(), pinned: !!v.pinned };
    if (editing) {
      update.mutate(
        { params: { id: editing.id }, body: { ...body, version: editing.version } },
        {
          onSuccess: () => {
            message.success(t('announcements.messages.updated'));
            onClose();
          },
          onError: (e) => handleError(e, { form, onReload: onClose }),
        },
      );
    } else {
      create.mutate(
        { body },
        {
          onSuccess: () => {
            message.success(t('announcements.messages.created'));
            onClose();
          },
          onError: (e) => handleError(e, { form }),
        },
      );
    }
  };

  return (
    <FormModal<Values>
      open={!!state}
      title={editing ? t('announcements.editTitle') : t('announcements.createTitle')}
      form={form}
      onCancel={onClose}
      onFinish={onFinish}
      confirmLoading={create.isPending || update.isPending}
      okText={t('common.actions.save')}
      width={720}
      initialValues={editing ? { title: editing.title, body: editing.body, pinned: editing.pinned } : { pinned: false }}
      testId="announcement-form"
    >
      {editing?.status === 'PUBLISHED' ? <Alert type="info" showIcon title={t('announcements.confirm.editPublished')} style={{ marginBottom: 16 }} /> : null}
      <ZodFormItem name="title" label={t('announcements.fields.title')} schema={shape.title}>
        <Input maxLength={100} showCount autoComplete="off" />
      </ZodFormItem>
      <ZodFormItem name="body" label={t('announcements.fields.body')} schema={shape.body} extra={t('announcements.bodyHint')}>
        <Input.TextArea autoSize={{ minRows: 8, maxRows: 18 }} maxLength={10000} showCount />
      </ZodFormItem>
      <ZodFormItem name="pinned" label={t('announcements.fields.pinned')} valuePropName="checked" schema={shape.pinned} extra={t('announcements.pinnedHint')}>
        <Switch />
      </ZodFormItem>
    </FormModal>
  );
}
