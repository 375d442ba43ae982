import { Button, Popconfirm, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { PushpinFilled } from '@ant-design/icons';
import type { Announcement } from '@jx/contract';
import type { TFunction } from '../../locales';
import { formatDateTime } from '../../utils/format';

export type AnnouncementAction = 'publish' | 'withdraw' | 'delete';

const STATUS_COLORS: Record<Announcement['status'], string> = { DRAFT: 'blue', PUBLISHED: 'green', WITHDRAWN: 'default' };

export function announcementColumns(
  t: TFunction,
  opts: {
    busyId: string | null;
    onPreview: (a: Announcement) => void;
    onEdit: (a: Announcement) => void;
    onAction: (action: AnnouncementAction, a: Announcement) => Promise<unknown>;
  },
): TableColumnsType<Announcement> {
  const confirmButton = (a: Announcement, action: AnnouncementAction, danger: boolean) => (
    <Popconfirm
      title={t(`announcements.confirm.${action}`, { title: a.title })}
      okText={t(`announcements.actions.${action}`)}
      okButtonProps={{ danger }}
      cancelText={t('common.actions.cancel')}
      onConfirm={() => opts.onAction(action, a)}
    >
      <Button type="link" size="small" danger={danger} loading={opts.busyId === `${action}:${a.id}`} data-testid={`announcement-${action}`}>
        {t(`announcements.actions.${action}`)}
      </Button>
    </Popconfirm>
  );

  return [
    {
      key: 'title',
      title: t('announcements.fields.title'),
      render: (_, a) => (
        <span>
          {a.pinned ? (
            <Tag color="red" icon={<PushpinFilled />}>
              {t('announcements.fields.pinned')}
            </Tag>
          ) : null}
          <Typography.Link onClick={() => opts.onPreview(a)}>{a.title}</Typography.Link>
        </span>
      ),
    },
    {
      key: 'status',
      title: t('announcements.fields.status'),
      width: 100,
      render: (_, a) => <Tag color={STATUS_COLORS[a.status]}>{t(`enums.announcementStatuses.${a.status}`)}</Tag>,
    },
    { key: 'publishedAt', title: t('announcements.fields.publishedAt'), width: 170, render: (_, a) => formatDateTime(a.publishedAt) },
    { key: 'updatedAt', title: t('announcements.fields.updatedAt'), width: 170, render: (_, a) => formatDateTime(a.updatedAt) },
    {
      key: 'actions',
      title: t('common.table.actions'),
      width: 200,
      render: (_, a) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => opts.onEdit(a)}>
            {t('announcements.actions.edit')}
          </Button>
          {a.status !== 'PUBLISHED' ? confirmButton(a, 'publish', false) : null}
          {a.status === 'PUBLISHED' ? confirmButton(a, 'withdraw', true) : null}
          {a.status === 'DRAFT' ? confirmButton(a, 'delete', true) : null}
        </Space>
      ),
    },
  ];
}
