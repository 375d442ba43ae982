import { Card, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { AuditEvent } from '@jx/contract';
import { useAuditorAccountEvents } from '../../api/audit';
import { tableLocale } from '../../components/tableLocale';
import { useT } from '../../locales';
import { formatDateTime } from '../../utils/format';
import { actionLabel } from '../audit/events/labels';

/** The auditor's home: every server command on an auditor account, and every attempt on one through the web. */
export function AuditorAccountEvents() {
  const t = useT();
  const query = useAuditorAccountEvents();
  const columns: TableColumnsType<AuditEvent> = [
    { key: 'at', title: t('common.home.auditorAccounts.at'), width: 150, render: (_, e) => formatDateTime(e.at) },
    { key: 'actor', title: t('common.home.auditorAccounts.actor'), width: 110, render: (_, e) => e.actorUsername ?? t('common.home.auditorAccounts.server') },
    { key: 'action', title: t('common.home.auditorAccounts.action'), render: (_, e) => actionLabel(t, e.action).short },
    {
      key: 'outcome',
      title: t('common.home.auditorAccounts.outcome'),
      width: 80,
      render: (_, e) => <Tag color={e.outcome === 'DENIED' ? 'error' : 'success'}>{t(`enums.auditOutcomes.${e.outcome}`)}</Tag>,
    },
    { key: 'reason', title: t('common.home.auditorAccounts.reason'), ellipsis: true, render: (_, e) => e.reason ?? '' },
  ];
  return (
    <Card
      title={
        <span>
          <SafetyCertificateOutlined style={{ marginInlineEnd: 8 }} />
          {t('common.home.auditorAccounts.title')}
        </span>
      }
      extra={<Link to="/audit/events">{t('common.home.auditorAccounts.all')}</Link>}
      style={{ marginBottom: 16 }}
    >
      <Typography.Paragraph type="secondary">{t('common.home.auditorAccounts.hint')}</Typography.Paragraph>
      <Table<AuditEvent>
        data-testid="home-auditor-accounts"
        rowKey="seq"
        size="small"
        columns={columns}
        dataSource={query.data?.items ?? []}
        loading={query.isFetching}
        pagination={false}
        scroll={{ x: 640 }}
        locale={tableLocale({
          error: query.error,
          onRetry: () => void query.refetch(),
          empty: t('common.home.auditorAccounts.empty'),
          loading: query.isLoading,
        })}
      />
    </Card>
  );
}
