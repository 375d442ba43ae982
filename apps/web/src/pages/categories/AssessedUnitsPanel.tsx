import { useState } from 'react';
import { App, Button, Card, Popconfirm, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { AssessedUnit, Category } from '@jx/contract';
import { useRemoveAssessedUnit } from '../../api/years';
import { tableLocale } from '../../components/tableLocale';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';

export function AssessedUnitsPanel({
  category,
  rows,
  loading,
  error,
  onRetry,
  onAdd,
  readOnly,
}: {
  category: Category | null;
  rows: readonly AssessedUnit[];
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  onAdd: () => void;
  readOnly: boolean;
}) {
  const t = useT();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const remove = useRemoveAssessedUnit();
  const [busy, setBusy] = useState<string | null>(null);

  const doRemove = async (a: AssessedUnit) => {
    setBusy(a.id);
    try {
      await remove.mutateAsync({ params: { id: a.id }, query: { version: a.version } });
      message.success(t('categories.removed'));
    } catch (e) {
      handleError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card
      title={category ? t('categories.assessedOf', { name: category.name }) : t('categories.assessedTitle')}
      extra={category ? <Typography.Text type="secondary">{t('categories.assessedCount', { count: rows.length })}</Typography.Text> : null}
      data-testid="assessed-units"
    >
      {category && !readOnly ? (
        <Button type="dashed" block icon={<PlusOutlined />} onClick={onAdd} style={{ marginBottom: 12 }} data-testid="add-units">
          {t('categories.addUnits')}
        </Button>
      ) : null}
      <Table<AssessedUnit>
        rowKey="id"
        size="small"
        dataSource={category ? [...rows] : []}
        loading={!!category && loading}
        pagination={rows.length > 20 ? { pageSize: 20, size: 'small', showTotal: (n) => t('common.table.total', { total: n }) } : false}
        locale={tableLocale({
          error: category ? error : null,
          onRetry,
          empty: category ? t('categories.emptyAssessed') : t('categories.selectCategory'),
        })}
        columns={[
          { key: 'unitName', title: t('categories.unitName'), dataIndex: 'unitName' },
          {
            key: 'unitKind',
            title: t('categories.unitKind'),
            width: 120,
            render: (_, a) => t(`enums.unitKinds.${a.unitKind}`),
          },
          ...(readOnly
            ? []
            : [
                {
                  key: 'actions',
                  title: t('common.table.actions'),
                  width: 80,
                  render: (_: unknown, a: AssessedUnit) => (
                    <Popconfirm
                      title={t('categories.removeConfirm', { name: a.unitName })}
                      description={t('categories.removeHint')}
                      okText={t('categories.remove')}
                      okButtonProps={{ danger: true }}
                      cancelText={t('common.actions.cancel')}
                      onConfirm={() => doRemove(a)}
                    >
                      <Button type="link" size="small" danger loading={busy === a.id}>
                        {t('categories.remove')}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]),
        ]}
      />
    </Card>
  );
}
