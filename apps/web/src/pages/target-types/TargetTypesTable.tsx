import type { HTMLAttributes } from 'react';
import { App, Button, Card, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Category, TargetType } from '@jx/contract';
import { useUpdateTargetType } from '../../api/framework';
import { useDeleteTargetType } from '../../api/targetTypes';
import { tableLocale } from '../../components/tableLocale';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { AssessorCell } from './AssessorCell';
import { typeAssessors, type Namings } from './effectiveAssessors';
import { SPECIAL_CODE } from './TargetTypeFormModal';

export interface TargetTypesTableProps {
  types: readonly TargetType[] | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  categories: readonly Category[];
  /** The year's namings; null when the user may not read them (the column is left out). */
  namings: Namings | null;
  canEdit: boolean;
  canName: boolean;
  onCreate: () => void;
  onEdit: (type: TargetType) => void;
  onAssessors: (type: TargetType) => void;
}

/** The target types with owner, the assessing departments in force, the year's categories and rhythm, and their actions. */
export function TargetTypesTable(p: TargetTypesTableProps) {
  const t = useT();
  const { message, modal } = App.useApp();
  const handleError = useApiErrorHandler();
  const update = useUpdateTargetType();
  const del = useDeleteTargetType();
  const inactive = (p.types ?? []).filter((x) => !x.active).length;

  const toggleActive = (tt: TargetType) => {
    const run = async () => {
      try {
        await update.mutateAsync({ params: { id: tt.id }, body: { active: !tt.active, version: tt.version } });
        message.success(t(tt.active ? 'targetTypes.deactivated' : 'targetTypes.activated', { name: tt.name }));
      } catch (e) {
        handleError(e);
      }
    };
    if (!tt.active) return void run();
    modal.confirm({
      title: t('targetTypes.deactivateConfirm', { name: tt.name }),
      content: t('targetTypes.deactivateContent'),
      okText: t('targetTypes.actions.deactivate'),
      okButtonProps: { danger: true, 'data-testid': 'target-type-deactivate-ok' },
      cancelText: t('common.actions.cancel'),
      onOk: run,
    });
  };

  const remove = (tt: TargetType) =>
    modal.confirm({
      title: t('targetTypes.deleteConfirm', { name: tt.name }),
      content: t('targetTypes.deleteContent'),
      okText: t('targetTypes.actions.delete'),
      okButtonProps: { danger: true, 'data-testid': 'target-type-delete-ok' },
      cancelText: t('common.actions.cancel'),
      onOk: async () => {
        try {
          await del.mutateAsync({ params: { id: tt.id }, query: { version: tt.version } });
          message.success(t('targetTypes.deleted', { name: tt.name }));
        } catch (e) {
          handleError(e);
        }
      },
    });

  const columns: TableColumnsType<TargetType> = [
    {
      key: 'name',
      title: t('targetTypes.fields.name'),
      width: 150,
      fixed: 'left',
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
      render: (_, tt) => (
        <Space size={4} wrap>
          <Typography.Text strong={tt.active} type={tt.active ? undefined : 'secondary'}>
            {tt.name}
          </Typography.Text>
          {tt.active ? null : <Tag>{t('targetTypes.statuses.inactive')}</Tag>}
        </Space>
      ),
    },
    { key: 'code', title: t('targetTypes.fields.code'), dataIndex: 'code', width: 120, render: (v: string) => <span className="mono">{v}</span> },
    {
      key: 'owner',
      title: t('targetTypes.fields.owner'),
      dataIndex: 'ownerUnitName',
      width: 160,
      sorter: (a, b) => a.ownerUnitName.localeCompare(b.ownerUnitName, 'zh-CN'),
    },
    ...(p.namings
      ? [
          {
            key: 'assessors',
            title: t('targetTypes.fields.assessors'),
            width: 260,
            render: (_: unknown, tt: TargetType) => <AssessorCell t={t} value={typeAssessors(tt, p.namings!)} testId={`type-assessors-${tt.code}`} />,
          },
        ]
      : []),
    {
      key: 'categories',
      title: t('targetTypes.fields.categories'),
      render: (_, tt) => {
        const names = p.categories.filter((c) => c.targetTypeIds.includes(tt.id)).map((c) => c.name);
        return names.length ? (
          <Typography.Text className="small">{names.join('、')}</Typography.Text>
        ) : (
          <Typography.Text type="secondary" className="small">
            {t('targetTypes.noCategories')}
          </Typography.Text>
        );
      },
    },
    {
      key: 'rhythm',
      title: t('targetTypes.fields.rhythm'),
      width: 90,
      render: (_, tt) => <Tag color={tt.reportingRhythm === 'MONTHLY' ? 'blue' : 'purple'}>{t(`targetTypes.rhythms.${tt.reportingRhythm}`)}</Tag>,
    },
  ];
  if (p.canEdit || p.canName)
    columns.push({
      key: 'actions',
      title: t('common.table.actions'),
      width: 270,
      fixed: 'right',
      render: (_, tt) => (
        <Space size={0} wrap>
          {p.canName ? (
            <Button type="link" size="small" onClick={() => p.onAssessors(tt)} data-testid={`type-assessors-set-${tt.code}`}>
              {t('targetTypes.actions.assessors')}
            </Button>
          ) : null}
          {p.canEdit ? (
            <>
              <Button type="link" size="small" onClick={() => p.onEdit(tt)} data-testid={`type-edit-${tt.code}`}>
                {t('targetTypes.actions.edit')}
              </Button>
              {tt.code === SPECIAL_CODE ? null : (
                <>
                  <Button type="link" size="small" danger={tt.active} onClick={() => toggleActive(tt)} data-testid={`type-toggle-${tt.code}`}>
                    {t(tt.active ? 'targetTypes.actions.deactivate' : 'targetTypes.actions.activate')}
                  </Button>
                  <Button type="link" size="small" danger onClick={() => remove(tt)} data-testid={`type-delete-${tt.code}`}>
                    {t('targetTypes.actions.delete')}
                  </Button>
                </>
              )}
            </>
          ) : null}
        </Space>
      ),
    });

  return (
    <Card
      data-testid="target-type-table"
      title={
        <Space size={12} wrap>
          <span>{t('targetTypes.typesTitle')}</span>
          {p.types ? (
            <Typography.Text type="secondary" className="small" style={{ fontWeight: 'normal' }}>
              {t('targetTypes.typesCount', { count: p.types.length, inactive })}
            </Typography.Text>
          ) : null}
        </Space>
      }
      extra={
        p.canEdit ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={p.onCreate} data-testid="target-type-create">
            {t('targetTypes.create')}
          </Button>
        ) : null
      }
    >
      <Table<TargetType>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 1180 }}
        dataSource={p.types ? [...p.types] : []}
        loading={p.loading}
        onRow={(tt) => ({ 'data-testid': `type-row-${tt.code}` }) as HTMLAttributes<HTMLElement>}
        locale={tableLocale({ error: p.error, onRetry: p.onRetry, empty: t('common.states.none'), loading: p.loading && !p.types })}
        columns={columns}
      />
      {p.namings ? (
        <Typography.Paragraph type="secondary" className="small" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('targetTypes.legend')}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}
