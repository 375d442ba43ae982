import { App, Badge, Button, Card, Flex, Segmented, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { listNotifications, type Notification } from '@jx/contract';
import { useNotifications, useReadAllNotifications, useReadNotification } from '../../api/notifications';
import { PageHeader } from '../../components/PageHeader';
import { FilterBar, ServerTable } from '../../components/ServerTable';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { usePhone } from '../../hooks/usePhone';
import { useServerTable } from '../../hooks/useServerTable';
import { useT } from '../../locales';
import { formatDateTime } from '../../utils/format';
import { relativeTime } from './relativeTime';

export function NotificationsPage() {
  const t = useT();
  const phone = usePhone();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const table = useServerTable(listNotifications);
  const query = useNotifications(table.query);
  const read = useReadNotification();
  const readAll = useReadAllNotifications();
  const f = table.state.filters;

  const columns: ColumnsType<Notification> = [
    {
      key: 'status',
      title: t('notifications.fields.status'),
      width: 90,
      render: (_, n) => <Badge status={n.readAt ? 'default' : 'error'} text={n.readAt ? t('notifications.read') : t('notifications.unread')} />,
    },
    {
      key: 'title',
      title: t('notifications.fields.title'),
      render: (_, n) => (
        <Flex vertical>
          {n.link ? (
            <Link
              to={n.link}
              onClick={() => {
                if (!n.readAt) read.mutate({ params: { id: n.id } });
              }}
            >
              <span style={{ fontWeight: n.readAt ? undefined : 600 }}>{n.title}</span>
            </Link>
          ) : (
            <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
          )}
          {n.body ? <Typography.Text type="secondary">{n.body}</Typography.Text> : null}
        </Flex>
      ),
    },
    {
      key: 'createdAt',
      title: t('notifications.fields.createdAt'),
      width: 180,
      render: (_, n) => <span title={formatDateTime(n.createdAt)}>{relativeTime(t, n.createdAt)}</span>,
    },
    {
      key: 'actions',
      title: t('notifications.fields.actions'),
      width: 120,
      render: (_, n) =>
        n.readAt ? null : (
          <Button
            type="link"
            size="small"
            loading={read.isPending && read.variables?.params?.id === n.id}
            onClick={() => read.mutate({ params: { id: n.id } }, { onError: (e) => handleError(e) })}
            data-testid="notification-mark-read"
          >
            {t('notifications.markRead')}
          </Button>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        subTitle={t('notifications.subtitle')}
        extra={
          <Button
            loading={readAll.isPending}
            onClick={() => readAll.mutate({}, { onSuccess: () => void message.success(t('notifications.messages.readAll')), onError: (e) => handleError(e) })}
            data-testid="notifications-read-all"
          >
            {t('notifications.readAll')}
          </Button>
        }
      />
      <Card>
        <FilterBar>
          <Segmented<'ALL' | 'UNREAD'>
            value={f.unreadOnly ? 'UNREAD' : 'ALL'}
            onChange={(v) => table.setFilters({ unreadOnly: v === 'UNREAD' ? 'true' : undefined })}
            options={[
              { value: 'ALL', label: t('common.states.all') },
              { value: 'UNREAD', label: t('notifications.unreadOnly') },
            ]}
            data-testid="notifications-unread-filter"
          />
        </FilterBar>
        <ServerTable<Notification>
          data-testid="notifications-table"
          rowKey="id"
          size="middle"
          columns={columns}
          query={query}
          table={table}
          scroll={phone ? { x: 640 } : undefined}
          empty={f.unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')}
        />
      </Card>
    </>
  );
}

export default NotificationsPage;
