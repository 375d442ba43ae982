import { Descriptions, Drawer, Empty, Skeleton, Tag, Timeline, Typography } from 'antd';
import { usePerson } from '../../api/persons';
import { ErrorState } from '../../components/ErrorState';
import { useT } from '../../locales';
import { formatDate, formatDateTime } from '../../utils/format';

/** A person with the assignment history (newest first) as a timeline. */
export function PersonDrawer({ personId, onClose }: { personId: string | null; onClose: () => void }) {
  const t = useT();
  const detail = usePerson(personId ?? undefined);
  const p = detail.data;
  // Newest first; on the same start date the open (current) post first.
  const assignments = [...(p?.assignments ?? [])].sort(
    (a, b) => b.startDate.localeCompare(a.startDate) || Number(a.endDate !== null) - Number(b.endDate !== null),
  );

  return (
    <Drawer open={!!personId} onClose={onClose} size={560} title={p ? `${t('persons.detailTitle')} · ${p.name}` : t('persons.detailTitle')} destroyOnHidden>
      {detail.isLoading ? <Skeleton active /> : null}
      {detail.isError ? <ErrorState compact error={detail.error} onRetry={() => void detail.refetch()} /> : null}
      {p ? (
        <div data-testid="person-detail">
          <Typography.Title level={5}>{t('persons.basicInfo')}</Typography.Title>
          <Descriptions
            size="small"
            column={2}
            bordered
            items={[
              { key: 'staffNo', label: t('persons.fields.staffNo'), children: <span className="mono">{p.staffNo}</span> },
              { key: 'name', label: t('persons.fields.name'), children: p.name },
              { key: 'gender', label: t('persons.fields.gender'), children: p.gender ?? '—' },
              {
                key: 'status',
                label: t('persons.fields.status'),
                children: <Tag color={p.status === 'ACTIVE' ? 'green' : 'default'}>{t(`enums.personStatuses.${p.status}`)}</Tag>,
              },
              { key: 'unit', label: t('persons.fields.unit'), children: p.unitName ?? '—', span: 2 },
              { key: 'position', label: t('persons.fields.position'), children: p.position ?? '—' },
              { key: 'phone', label: t('persons.fields.phone'), children: p.phone ?? '—' },
              { key: 'updatedAt', label: t('persons.fields.updatedAt'), children: formatDateTime(p.updatedAt), span: 2 },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('persons.history')}
          </Typography.Title>
          {assignments.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('persons.historyEmpty')} />
          ) : (
            <Timeline
              data-testid="person-history"
              items={assignments.map((a) => ({
                key: a.id,
                color: a.endDate ? (a.endReason === 'DEPART' ? 'red' : 'gray') : 'green',
                content: (
                  <div>
                    <Typography.Text type="secondary" className="small">
                      {a.endDate
                        ? t('persons.period', { start: formatDate(a.startDate), end: formatDate(a.endDate) })
                        : t('persons.since', { start: formatDate(a.startDate) })}
                    </Typography.Text>
                    <div>
                      <Typography.Text strong>{a.unitName}</Typography.Text>
                      {a.position ? <Typography.Text style={{ marginInlineStart: 8 }}>{a.position}</Typography.Text> : null}
                      {!a.endDate ? (
                        <Tag color="green" style={{ marginInlineStart: 8 }}>
                          {t('persons.current')}
                        </Tag>
                      ) : a.endReason ? (
                        <Tag color={a.endReason === 'DEPART' ? 'red' : 'default'} style={{ marginInlineStart: 8 }}>
                          {t(`persons.endReasons.${a.endReason}`)}
                        </Tag>
                      ) : null}
                    </div>
                    {a.note ? (
                      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                        {a.note}
                      </Typography.Paragraph>
                    ) : null}
                  </div>
                ),
              }))}
            />
          )}
        </div>
      ) : null}
    </Drawer>
  );
}
