import { Modal, Space, Tag, Typography } from 'antd';
import { PushpinFilled } from '@ant-design/icons';
import type { Announcement } from '@jx/contract';
import { useT } from '../../locales';
import { formatDateTime } from '../../utils/format';

/** Reads one announcement in full; its body is shown as plain text, never as HTML. */
export function AnnouncementReader({ announcement, onClose }: { announcement: Announcement | null; onClose: () => void }) {
  const t = useT();
  return (
    <Modal
      open={!!announcement}
      onCancel={onClose}
      footer={null}
      width={720}
      destroyOnHidden
      title={
        announcement ? (
          <Space size={8} wrap>
            {announcement.pinned ? (
              <Tag color="red" icon={<PushpinFilled />}>
                {t('common.home.pinned')}
              </Tag>
            ) : null}
            <span>{announcement.title}</span>
          </Space>
        ) : null
      }
    >
      {announcement ? (
        <div data-testid="announcement-reader">
          <Typography.Text type="secondary">
            {t('common.home.publishedAt')}：{formatDateTime(announcement.publishedAt)}
          </Typography.Text>
          <div className="announcement-body" style={{ marginTop: 16 }}>
            {announcement.body}
          </div>
        </div>
      ) : null}
    </Modal>
  );
}
