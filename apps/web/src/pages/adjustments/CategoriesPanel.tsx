import { useState } from 'react';
import { Button, Card, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';
import type { AdjustmentCategory } from '@jx/contract';
import { useAdjustmentCategories } from '../../api/adjustments';
import { tableLocale } from '../../components/tableLocale';
import { useT } from '../../locales';
import { ADJUSTMENT_KIND_COLORS } from './adjustmentRules';
import { CategoryFormModal } from './CategoryFormModal';

/** 类别管理 (the office): the year's categories in their order, with default points and use; add and edit. */
export function CategoriesPanel({ yearId }: { yearId: string }) {
  const t = useT();
  const categories = useAdjustmentCategories(yearId);
  const [editing, setEditing] = useState<AdjustmentCategory | null>(null);
  const [open, setOpen] = useState(false);
  const edit = (c: AdjustmentCategory | null) => {
    setEditing(c);
    setOpen(true);
  };

  const columns: ColumnsType<AdjustmentCategory> = [
    {
      key: 'code',
      title: t('adjustments.categories.code'),
      dataIndex: 'code',
      width: 200,
      render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
    },
    { key: 'name', title: t('adjustments.categories.name'), dataIndex: 'name', width: 200 },
    {
      key: 'kind',
      title: t('adjustments.categories.kind'),
      width: 110,
      render: (_, c) => <Tag color={ADJUSTMENT_KIND_COLORS[c.kind]}>{t(`adjustments.kinds.${c.kind}`)}</Tag>,
    },
    {
      key: 'defaultPoints',
      title: t('adjustments.categories.defaultPoints'),
      width: 110,
      align: 'right',
      render: (_, c) => (c.defaultPoints ? `${c.kind === 'DEDUCTION' ? '−' : '+'}${c.defaultPoints}` : '—'),
    },
    {
      key: 'usage',
      title: t('adjustments.categories.usage'),
      width: 90,
      align: 'right',
      render: (_, c) => t('adjustments.categories.usageCount', { count: c.usage }),
    },
    {
      key: 'active',
      title: t('adjustments.categories.active'),
      width: 90,
      render: (_, c) => (c.active ? <Tag color="green">{t('adjustments.categories.activeOn')}</Tag> : <Tag>{t('adjustments.categories.activeOff')}</Tag>),
    },
    {
      key: 'actions',
      title: t('adjustments.fields.actions'),
      width: 90,
      render: (_, c) => (
        <Button size="small" onClick={() => edit(c)} data-testid="adjustment-category-edit">
          {t('adjustments.categories.edit')}
        </Button>
      ),
    },
  ];

  return (
    <Card>
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('adjustments.categories.intro')}</Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => edit(null)} data-testid="adjustment-category-create">
          {t('adjustments.categories.create')}
        </Button>
      </Flex>
      <Table<AdjustmentCategory>
        data-testid="adjustment-category-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={categories.data ?? []}
        loading={categories.isFetching}
        pagination={false}
        scroll={{ x: 900 }}
        rowClassName={(c) => (c.active ? '' : 'row-inactive')}
        locale={tableLocale({
          error: categories.data ? null : categories.error,
          onRetry: () => void categories.refetch(),
          empty: t('adjustments.categories.empty'),
          loading: categories.isLoading,
        })}
      />
      <CategoryFormModal yearId={yearId} editing={editing} open={open} onClose={() => setOpen(false)} />
    </Card>
  );
}
