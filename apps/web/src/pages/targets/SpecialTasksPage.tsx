import { useState } from 'react';
import { App, Button, Card, Empty, Form, Input, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { createSpecialTask, type SpecialTask } from '@jx/contract';
import { useCreateSpecialTask, useSpecialTasks } from '../../api/targets';
import { useTargetTypes } from '../../api/units';
import { canCall } from '../../auth/access';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { ErrorState } from '../../components/ErrorState';
import { FormModal } from '../../components/form/FormModal';
import { ZodFormItem } from '../../components/form/ZodFormItem';
import { bodyShape } from '../../components/form/zodRule';
import { PageHeader } from '../../components/PageHeader';
import { tableLocale } from '../../components/tableLocale';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { formatDateTime } from '../../utils/format';
import { useYearChoice } from './shared';
import { applyTemplateIssues } from './templateErrors';
import { TemplateFields, templateBody, type TemplateValues } from './TemplateFields';
import { UnitOverrides, unitsBody, type UnitOverride } from './UnitOverrides';

/** 专项工作: the year's special tasks; leaders and the office create one and decompose it to units. */
export function SpecialTasksPage() {
  const t = useT();
  const user = useCurrentUser();
  const canCreate = canCall(createSpecialTask, user.roles);
  const { years, yearId, year, picker } = useYearChoice();
  const tasks = useSpecialTasks(yearId);
  const [creating, setCreating] = useState(false);

  return (
    <>
      <PageHeader
        title={t('targets.special.title')}
        subTitle={t('targets.special.subtitle')}
        extra={
          <>
            {picker}
            {canCreate && yearId && year?.status !== 'CLOSED' ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="special-create">
                {t('targets.special.create')}
              </Button>
            ) : null}
          </>
        }
      />
      <Card>
        {years.isError ? (
          <ErrorState error={years.error} onRetry={() => void years.refetch()} />
        ) : (
          <Table<SpecialTask>
            data-testid="special-table"
            rowKey="id"
            size="middle"
            loading={tasks.isFetching}
            dataSource={tasks.data ?? []}
            pagination={false}
            locale={tableLocale({ error: tasks.error, onRetry: () => void tasks.refetch(), empty: t('targets.special.empty'), loading: tasks.isLoading })}
            columns={[
              { key: 'title', title: t('targets.special.fields.title'), dataIndex: 'title', width: 260 },
              {
                key: 'description',
                title: t('targets.special.fields.description'),
                dataIndex: 'description',
                render: (v: string | null) => (
                  <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
                    {v ?? '—'}
                  </Typography.Paragraph>
                ),
              },
              { key: 'targetCount', title: t('targets.special.fields.targetCount'), dataIndex: 'targetCount', width: 140, align: 'right' },
              { key: 'createdAt', title: t('targets.special.fields.createdAt'), dataIndex: 'createdAt', width: 180, render: (v: string) => formatDateTime(v) },
              {
                key: 'actions',
                title: t('common.table.actions'),
                width: 110,
                render: (_, r) => <Link to={`/targets?specialTaskId=${r.id}`}>{t('targets.special.viewTargets')}</Link>,
              },
            ]}
          />
        )}
      </Card>
      {creating && yearId ? <SpecialTaskModal yearId={yearId} year={year?.year} onClose={() => setCreating(false)} /> : null}
    </>
  );
}

type Values = TemplateValues & { taskTitle: string; description?: string; units?: UnitOverride[] };

function SpecialTaskModal({ yearId, year, onClose }: { yearId: string; year?: number; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const types = useTargetTypes();
  const special = types.data?.find((ty) => ty.code === 'SPECIAL');
  const create = useCreateSpecialTask();
  const shape = bodyShape(createSpecialTask);
  if (!types.data) return <Empty />;
  return (
    <FormModal<Values>
      open
      title={t('targets.special.createTitle')}
      form={form}
      onCancel={onClose}
      width={980}
      confirmLoading={create.isPending}
      okText={t('common.actions.save')}
      initialValues={{ units: [] }}
      testId="special-form"
      onFinish={(v) =>
        create.mutate(
          {
            body: {
              yearId,
              title: v.taskTitle.trim(),
              description: v.description?.trim() ? v.description.trim() : null,
              template: templateBody(v),
              units: unitsBody(v.units),
            },
          },
          {
            onSuccess: (r) => {
              message.success(t('targets.special.created', { n: r.targets.length }));
              onClose();
            },
            onError: (e) => {
              if (!applyTemplateIssues(form, e)) handleError(e, { form });
            },
          },
        )
      }
    >
      <ZodFormItem name="taskTitle" label={t('targets.special.fields.title')} schema={shape.title}>
        <Input maxLength={100} />
      </ZodFormItem>
      <ZodFormItem name="description" label={t('targets.special.fields.description')} schema={shape.description}>
        <Input.TextArea rows={2} maxLength={2000} />
      </ZodFormItem>
      <Typography.Title level={5}>{t('targets.special.template')}</Typography.Title>
      <TemplateFields form={form} yearId={yearId} year={year} typeId={special?.id} rhythm={special?.reportingRhythm} />
      <UnitOverrides yearId={yearId} typeId={special?.id} />
    </FormModal>
  );
}

export default SpecialTasksPage;
