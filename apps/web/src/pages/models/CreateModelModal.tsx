import { useEffect } from 'react';
import { App, Form, Input, Modal, Select, Typography } from 'antd';
import type { Category, ScoringModelSummary } from '@jx/contract';
import { REFERENCE_SCHEMES, type SchemeId } from '@jx/scoring';
import { useIndicatorTree } from '../../api/framework';
import { useCreateScoringModel } from '../../api/models';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { draftFromScheme, flattenIndicators } from './schemes';

interface Values {
  scheme: SchemeId;
  name: string;
  categoryIds: string[];
  note?: string;
}

/**
 * 新建绩效模型 from one of the five reference schemes: the scheme's tree with its indicator references moved onto the
 * year's indicators (by position), for the chosen categories (a category is scored by one model at most).
 */
export function CreateModelModal(props: {
  open: boolean;
  yearId: string;
  categories: readonly Category[];
  models: readonly ScoringModelSummary[];
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const create = useCreateScoringModel();
  const indicators = useIndicatorTree(props.open ? props.yearId : undefined);
  const takenBy = new Map(props.models.flatMap((m) => m.categoryIds.map((id) => [id, m.name] as const)));

  useEffect(() => {
    if (props.open) form.setFieldsValue({ scheme: 'sichuan', name: REFERENCE_SCHEMES[0]!.model.name, categoryIds: [], note: undefined });
  }, [props.open, form]);

  const submit = async () => {
    const v = await form.validateFields();
    const scheme = REFERENCE_SCHEMES.find((s) => s.id === v.scheme)!;
    const definition = { ...draftFromScheme(scheme, flattenIndicators(indicators.data?.roots ?? [])), name: v.name.trim() };
    try {
      const created = await create.mutateAsync({
        body: {
          yearId: props.yearId,
          name: v.name.trim(),
          categoryIds: v.categoryIds,
          definition,
          note: v.note?.trim() || t('models.create.defaultNote', { scheme: t(`models.schemes.${v.scheme}.name`) }),
        },
      });
      message.success(t('models.messages.created'));
      props.onCreated(created.id);
    } catch (e) {
      handleError(e, { form });
    }
  };

  return (
    <Modal
      open={props.open}
      title={t('models.create.title')}
      okText={t('models.create.ok')}
      cancelText={t('common.actions.cancel')}
      onOk={() => void submit()}
      onCancel={props.onClose}
      confirmLoading={create.isPending}
      okButtonProps={{ disabled: !indicators.data, 'data-testid': 'model-create-ok' } as { disabled: boolean }}
      destroyOnHidden
      width={640}
    >
      <Form form={form} layout="vertical" data-testid="model-create-form" preserve={false}>
        <Form.Item name="scheme" label={t('models.create.scheme')} extra={t('models.create.schemeHint')} rules={[{ required: true }]}>
          <Select
            data-testid="model-create-scheme"
            onChange={(id: SchemeId) => {
              // The name follows the scheme until the user writes one of their own.
              const name: string | undefined = form.getFieldValue('name');
              if (!name || REFERENCE_SCHEMES.some((s) => s.model.name === name))
                form.setFieldValue('name', REFERENCE_SCHEMES.find((s) => s.id === id)?.model.name);
            }}
            options={REFERENCE_SCHEMES.map((s) => ({ value: s.id, label: t(`models.schemes.${s.id}.name`), summary: t(`models.schemes.${s.id}.summary`) }))}
            optionRender={(option) => (
              <div data-testid={`scheme-option-${option.value}`}>
                <div>{option.label}</div>
                <Typography.Text type="secondary" className="small" style={{ whiteSpace: 'normal' }}>
                  {option.data.summary}
                </Typography.Text>
              </div>
            )}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('models.fields.name')}
          rules={[{ required: true, whitespace: true, message: t('models.create.nameRequired') }, { max: 60 }]}
        >
          <Input maxLength={60} placeholder={t('models.create.namePlaceholder')} data-testid="model-create-name" />
        </Form.Item>
        <Form.Item
          name="categoryIds"
          label={t('models.fields.categories')}
          extra={t('models.create.categoriesHint')}
          rules={[{ required: true, message: t('models.create.categoriesRequired') }]}
        >
          <Select
            mode="multiple"
            data-testid="model-create-categories"
            options={props.categories.map((c) => ({
              value: c.id,
              label: takenBy.has(c.id) ? `${c.name}（${t('models.create.taken', { name: takenBy.get(c.id)! })}）` : c.name,
              disabled: takenBy.has(c.id),
            }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('models.fields.note')}>
          <Input maxLength={200} placeholder={t('models.create.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
