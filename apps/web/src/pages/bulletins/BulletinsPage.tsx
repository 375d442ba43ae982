import { useState } from 'react';
import { App, Button, Card, Flex, Space, Switch, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { BulletinSummary } from '@jx/contract';
import { useBulletins } from '../../api/results';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { YearPicker } from '../../components/YearPicker';
import { useYearPick } from '../../components/useYearPick';
import { tableLocale } from '../../components/tableLocale';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { downloadBulletin } from './download';

const beijing = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/** 考核通报: the published bulletins the reader may see (current versions, or every version), newest first. */
export function BulletinsPage() {
  const t = useT();
  const handleError = useApiErrorHandler();
  const { message } = App.useApp();
  const { yearId, pickerProps } = useYearPick({ label: t('results.year'), placeholder: t('results.yearPlaceholder'), testId: 'bulletins-year' });
  const [allVersions, setAllVersions] = useState(false);
  const list = useBulletins({ yearId, allVersions });
  const get = (id: string, kind: 'pdf' | 'xlsx') => downloadBulletin(id, kind).then(() => message.success(t('results.bulletin.downloaded')), handleError);
  return (
    <>
      <PageHeader
        title={t('results.bulletins.title')}
        subTitle={t('results.bulletins.subtitle')}
        extra={
          <YearPicker {...pickerProps}>
            <Space>
              <Switch checked={allVersions} onChange={setAllVersions} />
              <Typography.Text>{t('results.bulletins.allVersions')}</Typography.Text>
            </Space>
          </YearPicker>
        }
      />
      {list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Card>
          <Table<BulletinSummary>
            rowKey="id"
            loading={list.isLoading}
            dataSource={list.data?.items ?? []}
            locale={tableLocale({ empty: t('results.bulletins.empty') })}
            pagination={{ pageSize: 20, showSizeChanger: false }}
            scroll={{ x: 960 }}
            onRow={() => ({ 'data-testid': 'bulletin-row' }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              {
                title: t('results.bulletins.bulletinTitle'),
                dataIndex: 'title',
                render: (v: string, b) => (
                  <Flex gap={6} align="center" wrap>
                    <Link to={`/assessment/bulletins/${b.id}`}>{v}</Link>
                    {b.versionNo > 1 ? <Tag color="orange">{t('results.bulletins.corrected', { version: b.versionNo })}</Tag> : null}
                    {b.supersededAt ? <Tag>{t('results.bulletins.superseded')}</Tag> : null}
                  </Flex>
                ),
              },
              { title: t('results.bulletins.docNo'), dataIndex: 'docNo', width: 180 },
              { title: t('results.bulletins.period'), key: 'period', width: 150, render: (_: unknown, b) => `${b.year}年 ${b.periodName}` },
              { title: t('results.bulletins.categories'), dataIndex: 'categoryNames', render: (v: string[]) => v.join('、') },
              {
                title: t('results.bulletins.publishedAt'),
                dataIndex: 'publishedAt',
                width: 150,
                render: beijing,
                sorter: (a, b) => a.publishedAt.localeCompare(b.publishedAt),
              },
              {
                title: t('common.table.actions'),
                key: 'actions',
                width: 200,
                render: (_: unknown, b) => (
                  <Space size={4}>
                    <Link to={`/assessment/bulletins/${b.id}`}>{t('common.actions.view')}</Link>
                    <Button type="link" size="small" onClick={() => void get(b.id, 'pdf')}>
                      PDF
                    </Button>
                    <Button type="link" size="small" onClick={() => void get(b.id, 'xlsx')}>
                      Excel
                    </Button>
                  </Space>
                ),
              },
            ]}
          />
        </Card>
      )}
    </>
  );
}

export default BulletinsPage;
