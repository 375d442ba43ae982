import { useState } from 'react';
import { Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { EditOutlined, EyeOutlined, HistoryOutlined, PlusOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Category, ScoringModelSummary } from '@jx/contract';
import { tableLocale } from '../../components/tableLocale';
import { useT } from '../../locales';
import { formatDateTime } from '../../utils/format';
import { VersionsDrawer } from './VersionsDrawer';

/** The year's models: name, the categories each scores, current version, last saved; open one or read its versions. */
export function ModelList(props: {
  models: UseQueryResult<ScoringModelSummary[]>;
  categories: readonly Category[];
  canEdit: boolean;
  onOpen: (id: string) => void;
  onCreate?: () => void;
}) {
  const t = useT();
  const { models, categories } = props;
  const [history, setHistory] = useState<ScoringModelSummary | null>(null);
  const categoryName = (id: string) => categories.find((c) => c.id === id)?.name ?? id;
  const scored = new Set((models.data ?? []).flatMap((m) => m.categoryIds));
  const unscored = categories.filter((c) => !scored.has(c.id));

  return (
    <Card>
      <Table<ScoringModelSummary>
        rowKey="id"
        size="middle"
        data-testid="model-list"
        loading={models.isLoading}
        dataSource={models.data ?? []}
        pagination={(models.data?.length ?? 0) > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 760 }}
        locale={tableLocale({
          error: models.isError ? models.error : undefined,
          onRetry: () => void models.refetch(),
          loading: models.isLoading,
          empty: (
            <Flex vertical gap={8} align="center">
              <span>{t('models.empty')}</span>
              {props.onCreate ? (
                <Button type="primary" icon={<PlusOutlined />} onClick={props.onCreate} data-testid="model-create-empty">
                  {t('models.actions.create')}
                </Button>
              ) : null}
            </Flex>
          ),
        })}
        columns={[
          {
            title: t('models.fields.name'),
            dataIndex: 'name',
            sorter: (a, b) => a.name.localeCompare(b.name, 'zh'),
            render: (name: string, m) => (
              <Typography.Link onClick={() => props.onOpen(m.id)} data-testid="model-name">
                {name}
              </Typography.Link>
            ),
          },
          {
            title: t('models.fields.categories'),
            dataIndex: 'categoryIds',
            filters: categories.map((c) => ({ text: c.name, value: c.id })),
            onFilter: (value, m) => m.categoryIds.includes(String(value)),
            render: (ids: string[]) => (
              <Flex gap={4} wrap>
                {ids.map((id) => (
                  <Tag key={id}>{categoryName(id)}</Tag>
                ))}
              </Flex>
            ),
          },
          {
            title: t('models.fields.version'),
            dataIndex: 'currentVersionNo',
            width: 110,
            render: (n: number) => <span data-testid="model-version">{t('models.versionNo', { n })}</span>,
          },
          {
            title: t('models.fields.updatedAt'),
            dataIndex: 'updatedAt',
            width: 180,
            sorter: (a, b) => a.updatedAt.localeCompare(b.updatedAt),
            render: (v: string) => formatDateTime(v),
          },
          {
            title: t('common.table.actions'),
            key: 'actions',
            width: 200,
            render: (_, m) => (
              <Flex gap={4}>
                <Button
                  size="small"
                  type="link"
                  icon={props.canEdit ? <EditOutlined /> : <EyeOutlined />}
                  onClick={() => props.onOpen(m.id)}
                  data-testid="model-open"
                >
                  {t(props.canEdit ? 'models.actions.edit' : 'models.actions.view')}
                </Button>
                <Button size="small" type="link" icon={<HistoryOutlined />} onClick={() => setHistory(m)} data-testid="model-history">
                  {t('models.actions.history')}
                </Button>
              </Flex>
            ),
          },
        ]}
      />
      {models.data && unscored.length > 0 ? (
        <Typography.Paragraph type="secondary" className="small" style={{ marginTop: 12, marginBottom: 0 }} data-testid="models-unscored">
          {t('models.unscored', { names: unscored.map((c) => c.name).join('、') })}
        </Typography.Paragraph>
      ) : null}
      <VersionsDrawer model={history} onClose={() => setHistory(null)} />
    </Card>
  );
}
