import { Button, Popconfirm, Space, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { Category, TargetType } from '@jx/contract';
import type { TFunction } from '../../locales';

export function categoryColumns(
  t: TFunction,
  opts: {
    targetTypes: ReadonlyMap<string, TargetType>;
    readOnly: boolean;
    onEdit: (c: Category) => void;
    onDelete: (c: Category) => Promise<unknown>;
  },
): TableColumnsType<Category> {
  const cols: TableColumnsType<Category> = [
    { key: 'sortOrder', title: t('categories.fields.sortOrder'), dataIndex: 'sortOrder', width: 72, align: 'right' },
    {
      key: 'name',
      title: t('categories.fields.name'),
      render: (_, c) => (
        <div data-category-code={c.code}>
          <Typography.Text strong>{c.name}</Typography.Text>
          {c.description ? (
            <div>
              <Typography.Text type="secondary" className="small">
                {c.description}
              </Typography.Text>
            </div>
          ) : null}
        </div>
      ),
    },
    {
      key: 'targetTypes',
      title: t('categories.fields.targetTypes'),
      render: (_, c) =>
        c.targetTypeIds.length ? (
          c.targetTypeIds.map((id) => (
            <Tag key={id} style={{ marginBottom: 2 }}>
              {opts.targetTypes.get(id)?.name ?? id}
            </Tag>
          ))
        ) : (
          <Typography.Text type="secondary">{t('categories.noTargetTypes')}</Typography.Text>
        ),
    },
    {
      key: 'assessedUnitCount',
      title: t('categories.fields.assessedUnitCount'),
      dataIndex: 'assessedUnitCount',
      width: 90,
      align: 'right',
    },
  ];
  if (!opts.readOnly) {
    cols.push({
      key: 'actions',
      title: t('common.table.actions'),
      width: 120,
      render: (_, c) => (
        <Space size={0} onClick={(e) => e.stopPropagation()}>
          <Button type="link" size="small" onClick={() => opts.onEdit(c)}>
            {t('common.actions.edit')}
          </Button>
          {c.assessedUnitCount > 0 ? (
            <Tooltip title={t('categories.deleteBlocked')}>
              <Button type="link" size="small" danger disabled>
                {t('common.actions.delete')}
              </Button>
            </Tooltip>
          ) : (
            <Popconfirm
              title={t('categories.deleteConfirm', { name: c.name })}
              okText={t('common.actions.delete')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.actions.cancel')}
              onConfirm={() => opts.onDelete(c)}
            >
              <Button type="link" size="small" danger>
                {t('common.actions.delete')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    });
  }
  return cols;
}
