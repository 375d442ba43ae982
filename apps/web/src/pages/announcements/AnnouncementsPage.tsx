import { useState } from 'react';
import { App, Button, Card, Segmented } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { AnnouncementStatusSchema, listAnnouncements, type Announcement } from '@jx/contract';
import { useAnnouncements, useDeleteAnnouncement, usePublishAnnouncement, useWithdrawAnnouncement } from '../../api/announcements';
import { PageHeader } from '../../components/PageHeader';
import { FilterBar, ServerTable } from '../../components/ServerTable';
import { TextFilter } from '../../components/TextFilter';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useServerTable } from '../../hooks/useServerTable';
import { useT } from '../../locales';
import { enumParam } from '../../utils/enumParam';
import { AnnouncementReader } from '../home/AnnouncementReader';
import { AnnouncementFormModal, type AnnouncementModalState } from './AnnouncementFormModal';
import { announcementColumns, type AnnouncementAction } from './columns';

type Status = Announcement['status'];

export function AnnouncementsPage() {
  const t = useT();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [search] = useSearchParams();
  // 我的待办 links here with ?status=DRAFT.
  const linkedStatus = enumParam(search.get('status'), AnnouncementStatusSchema.options);
  const table = useServerTable(listAnnouncements, { defaultOrder: 'desc', linkedFilters: linkedStatus ? { status: linkedStatus } : undefined });
  const query = useAnnouncements(table.query);
  const publish = usePublishAnnouncement();
  const withdraw = useWithdrawAnnouncement();
  const del = useDeleteAnnouncement();
  const [modal, setModal] = useState<AnnouncementModalState>(null);
  const [preview, setPreview] = useState<Announcement | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const f = table.state.filters;

  const onAction = async (action: AnnouncementAction, a: Announcement) => {
    setBusyId(`${action}:${a.id}`);
    try {
      if (action === 'publish') {
        await publish.mutateAsync({ params: { id: a.id }, body: { version: a.version } });
        message.success(t('announcements.messages.published'));
      } else if (action === 'withdraw') {
        await withdraw.mutateAsync({ params: { id: a.id }, body: { version: a.version } });
        message.success(t('announcements.messages.withdrawn'));
      } else {
        await del.mutateAsync({ params: { id: a.id }, query: { version: a.version } });
        message.success(t('announcements.messages.deleted'));
      }
    } catch (e) {
      handleError(e);
    } finally {
      setBusyId(null);
    }
  };

  const columns = announcementColumns(t, {
    busyId,
    onPreview: setPreview,
    onEdit: (announcement) => setModal({ mode: 'edit', announcement }),
    onAction,
  });

  return (
    <>
      <PageHeader
        title={t('announcements.title')}
        subTitle={t('announcements.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal({ mode: 'create' })} data-testid="announcement-create">
            {t('announcements.create')}
          </Button>
        }
      />
      <Card>
        <FilterBar>
          <Segmented<Status | 'ALL'>
            value={f.status ?? 'ALL'}
            onChange={(v) => table.setFilters({ status: v === 'ALL' ? undefined : v })}
            options={[
              { value: 'ALL', label: t('common.states.all') },
              ...(['DRAFT', 'PUBLISHED', 'WITHDRAWN'] as const).map((s) => ({ value: s, label: t(`enums.announcementStatuses.${s}`) })),
            ]}
          />
          <TextFilter placeholder={t('announcements.searchPlaceholder')} width={260} onApply={(q) => table.setFilters({ q })} />
        </FilterBar>
        <ServerTable<Announcement>
          data-testid="announcement-table"
          rowKey="id"
          size="middle"
          columns={columns}
          scroll={{ x: 860 }}
          query={query}
          table={table}
          empty={f.q || f.status ? t('announcements.emptyFiltered') : t('announcements.empty')}
        />
      </Card>
      <AnnouncementFormModal state={modal} onClose={() => setModal(null)} />
      <AnnouncementReader announcement={preview} onClose={() => setPreview(null)} />
    </>
  );
}

export default AnnouncementsPage;
