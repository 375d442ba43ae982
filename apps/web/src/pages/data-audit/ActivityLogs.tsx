import { Table, Tag, Typography } from 'antd';
import { ACTIVITY_EVENT_LIMIT, ACTIVITY_LOGIN_LIMIT, type DepartmentActivity } from '@jx/contract';
import { tableLocale } from '../../components/tableLocale';
import { useT } from '../../locales';
import { formatDateTime } from '../../utils/format';
import { eventActionLabel, loginReasonLabel } from './auditRules';

type Login = DepartmentActivity['logins'][number];
type Event = DepartmentActivity['events'][number];

/** 登录记录: the department's accounts' attempts within the window, newest first. */
export function ActivityLogins({ logins }: { logins: Login[] }) {
  const t = useT();
  return (
    <>
      <Typography.Paragraph type="secondary">{t('dataAudit.drawer.loginsHint', { limit: ACTIVITY_LOGIN_LIMIT })}</Typography.Paragraph>
      <Table<Login>
        data-testid="data-audit-logins"
        size="small"
        rowKey={(l, i) => `${l.at}:${l.username}:${i}`}
        dataSource={logins}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        columns={[
          { key: 'at', title: t('dataAudit.login.at'), width: 170, render: (_, l) => formatDateTime(l.at) },
          { key: 'username', title: t('dataAudit.login.username'), dataIndex: 'username', width: 140 },
          {
            key: 'outcome',
            title: t('dataAudit.login.outcome'),
            width: 90,
            render: (_, l) => (
              <Tag color={l.outcome === 'SUCCESS' ? 'green' : 'red'}>
                {l.outcome === 'SUCCESS' || l.outcome === 'FAILURE' ? t(`dataAudit.login.outcomes.${l.outcome}`) : l.outcome}
              </Tag>
            ),
          },
          { key: 'reason', title: t('dataAudit.login.reason'), render: (_, l) => loginReasonLabel(t, l.reason) },
          { key: 'ip', title: t('dataAudit.login.ip'), width: 140, render: (_, l) => <span className="mono">{l.ip ?? '—'}</span> },
        ]}
        locale={tableLocale({ empty: t('dataAudit.drawer.noLogins') })}
      />
    </>
  );
}

/** 操作明细: the audit log of the department's records in the period, newest first. */
export function ActivityEvents({ events }: { events: Event[] }) {
  const t = useT();
  return (
    <>
      <Typography.Paragraph type="secondary">{t('dataAudit.drawer.eventsHint', { limit: ACTIVITY_EVENT_LIMIT })}</Typography.Paragraph>
      <Table<Event>
        data-testid="data-audit-events"
        size="small"
        rowKey={(e, i) => `${e.at}:${e.recordId}:${e.action}:${i}`}
        dataSource={events}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        columns={[
          { key: 'at', title: t('dataAudit.event.at'), width: 170, render: (_, e) => formatDateTime(e.at) },
          { key: 'actor', title: t('dataAudit.event.actor'), dataIndex: 'actorName', width: 140 },
          {
            key: 'action',
            title: t('dataAudit.event.action'),
            width: 110,
            render: (_, e) => <Tag data-testid="data-audit-event-action">{eventActionLabel(t, e.action)}</Tag>,
          },
          { key: 'target', title: t('dataAudit.event.target'), dataIndex: 'targetTitle', ellipsis: true },
          {
            key: 'reason',
            title: t('dataAudit.event.reason'),
            width: 240,
            render: (_, e) => (e.reason ? <Typography.Text ellipsis={{ tooltip: e.reason }}>{e.reason}</Typography.Text> : '—'),
          },
        ]}
        locale={tableLocale({ empty: t('dataAudit.drawer.noEvents') })}
      />
    </>
  );
}
