import { Descriptions, Drawer, Flex, Tag, Typography } from 'antd';
import type { AuditEvent } from '@jx/contract';
import { RoleTags } from '../../../components/RoleTags';
import { useT } from '../../../locales';
import { formatDateTime } from '../../../utils/format';
import { DiffView } from './DiffView';
import { actionLabel, objectTypeLabel } from './labels';

/** One audit event in full: who, what, where, and its before/after side by side. */
export function AuditEventDrawer({ event, onClose }: { event: AuditEvent | null; onClose: () => void }) {
  const t = useT();
  return (
    <Drawer
      open={!!event}
      onClose={onClose}
      size={960}
      destroyOnHidden
      title={event ? `${t('audit.events.detail')} · #${event.seq} ${actionLabel(t, event.action).short}` : t('audit.events.detail')}
    >
      {event ? (
        <div data-testid="audit-event-detail">
          <Descriptions
            size="small"
            bordered
            column={2}
            style={{ marginBottom: 20 }}
            items={[
              { key: 'at', label: t('audit.events.fields.at'), children: formatDateTime(event.at) },
              {
                key: 'outcome',
                label: t('audit.events.fields.outcome'),
                children: <Tag color={event.outcome === 'SUCCESS' ? 'green' : 'red'}>{t(`enums.auditOutcomes.${event.outcome}`)}</Tag>,
              },
              { key: 'actor', label: t('audit.events.fields.actor'), children: event.actorUsername ?? t('audit.events.system') },
              { key: 'roles', label: t('audit.events.fields.roles'), children: <RoleTags roles={event.actorRoles} /> },
              {
                key: 'action',
                label: t('audit.events.fields.action'),
                children: <LabelledId label={actionLabel(t, event.action).full} raw={event.action} copyable />,
              },
              {
                key: 'objectType',
                label: t('audit.events.fields.objectType'),
                children: <LabelledId label={objectTypeLabel(t, event.objectType)} raw={event.objectType} />,
              },
              {
                key: 'objectId',
                label: t('audit.events.fields.objectId'),
                span: 2,
                children: (
                  <Typography.Text className="mono" copyable={!!event.objectId}>
                    {event.objectId ?? '—'}
                  </Typography.Text>
                ),
              },
              { key: 'reason', label: t('audit.events.fields.reason'), span: 2, children: event.reason ?? '—' },
              { key: 'ip', label: t('audit.events.fields.ip'), children: event.ip ?? '—' },
              {
                key: 'requestId',
                label: t('audit.events.fields.requestId'),
                children: (
                  <Typography.Text className="mono" copyable={!!event.requestId}>
                    {event.requestId ?? '—'}
                  </Typography.Text>
                ),
              },
              {
                key: 'hash',
                label: t('audit.events.fields.hash'),
                span: 2,
                children: (
                  <span className="mono" style={{ wordBreak: 'break-all' }}>
                    {event.hash}
                  </span>
                ),
              },
            ]}
          />
          <DiffView before={event.before} after={event.after} />
        </div>
      ) : null}
    </Drawer>
  );
}

/** A label over the raw id it stands for (small, monospace: auditors search by it); just the id when nothing names it. */
function LabelledId({ label, raw, copyable }: { label: string; raw: string; copyable?: boolean }) {
  const id = (
    <Typography.Text className={label === raw ? 'mono' : 'mono small'} type={label === raw ? undefined : 'secondary'} copyable={copyable}>
      {raw}
    </Typography.Text>
  );
  return label === raw ? (
    id
  ) : (
    <Flex vertical>
      <span>{label}</span>
      {id}
    </Flex>
  );
}
