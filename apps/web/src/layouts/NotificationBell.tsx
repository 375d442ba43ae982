import { useState } from 'react';
import { Badge, Button, Empty, Flex, List, Popover, Spin, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { Notification } from '@jx/contract';
import { useNotifications, useReadAllNotifications, useReadNotification, useUnreadNotificationCount } from '../api/notifications';
import { useApiErrorHandler } from '../hooks/useApiErrorHandler';
import { useT } from '../locales';
import { relativeTime } from '../pages/notifications/relativeTime';

const LATEST = { page: 1, pageSize: 8 };

/** The header bell: unread count, the latest 8 messages, 全部标为已读 and a link to 站内消息. */
export function NotificationBell() {
  const t = useT();
  const navigate = useNavigate();
  const handleError = useApiErrorHandler();
  const [open, setOpen] = useState(false);
  const count = useUnreadNotificationCount();
  const latest = useNotifications(LATEST, { enabled: open });
  const read = useReadNotification();
  const readAll = useReadAllNotifications();
  const unread = count.data?.count ?? 0;

  const onItem = async (n: Notification) => {
    try {
      if (!n.readAt) await read.mutateAsync({ params: { id: n.id } });
    } catch (e) {
      handleError(e);
    }
    if (n.link) {
      setOpen(false);
      void navigate(n.link);
    }
  };

  const content = (
    <div className="notification-popover" data-testid="notification-list">
      <Flex justify="space-between" align="center" className="notification-popover-head">
        <Typography.Text strong>{t('notifications.title')}</Typography.Text>
        <Button
          type="link"
          size="small"
          disabled={unread === 0}
          loading={readAll.isPending}
          onClick={() => readAll.mutate({}, { onError: (e) => handleError(e) })}
          data-testid="notification-read-all"
        >
          {t('notifications.readAll')}
        </Button>
      </Flex>
      <Spin spinning={latest.isFetching && !latest.data}>
        {latest.data && latest.data.items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
        ) : (
          <List<Notification>
            size="small"
            dataSource={latest.data?.items ?? []}
            renderItem={(n) => (
              <List.Item
                key={n.id}
                className={`notification-item${n.readAt ? '' : ' notification-item-unread'}`}
                onClick={() => void onItem(n)}
                data-testid="notification-item"
                data-read={n.readAt ? 'true' : 'false'}
              >
                <Flex gap={8} align="flex-start" style={{ width: '100%' }}>
                  <Badge status={n.readAt ? 'default' : 'error'} style={{ visibility: n.readAt ? 'hidden' : 'visible' }} />
                  <Flex vertical style={{ minWidth: 0, flex: 1 }}>
                    <Typography.Text strong={!n.readAt} ellipsis>
                      {n.title}
                    </Typography.Text>
                    {n.body ? (
                      <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
                        {n.body}
                      </Typography.Text>
                    ) : null}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {relativeTime(t, n.createdAt)}
                    </Typography.Text>
                  </Flex>
                </Flex>
              </List.Item>
            )}
          />
        )}
      </Spin>
      <Flex justify="center" className="notification-popover-foot">
        <Button
          type="link"
          size="small"
          onClick={() => {
            setOpen(false);
            void navigate('/notifications');
          }}
          data-testid="notification-view-all"
        >
          {t('notifications.viewAll')}
        </Button>
      </Flex>
    </div>
  );

  return (
    <Popover content={content} trigger="click" placement="bottomRight" open={open} onOpenChange={setOpen} arrow={false}>
      <button type="button" className="header-user-button" data-testid="notification-bell" aria-label={t('notifications.bell')}>
        <Badge count={unread} size="small" overflowCount={99} data-testid="notification-count" data-count={unread}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </button>
    </Popover>
  );
}
