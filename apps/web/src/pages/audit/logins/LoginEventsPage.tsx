import { useSearchParams } from 'react-router';
import { Card, Tag, Tooltip, type TableColumnsType } from 'antd';
import { listLoginEvents, type LoginEvent } from '@jx/contract';
import { useLoginEvents } from '../../../api/audit';
import { PageHeader } from '../../../components/PageHeader';
import { FilterBar, ServerTable } from '../../../components/ServerTable';
import { TextFilter } from '../../../components/TextFilter';
import { useServerTable } from '../../../hooks/useServerTable';
import { useT, type MessageKey, type TFunction } from '../../../locales';
import { zhCN } from '../../../locales/zh-CN';
import { formatDateTime } from '../../../utils/format';
import { linkedAuditFilters, OutcomeFilter, TimeRangeFilter } from '../AuditFilters';
import { describeUserAgent } from './userAgent';

function reasonLabel(t: TFunction, reason: string): string {
  return reason in zhCN.audit.logins.reasons ? t(`audit.logins.reasons.${reason}` as MessageKey) : reason;
}

function columns(t: TFunction, sortOrder: 'ascend' | 'descend'): TableColumnsType<LoginEvent> {
  return [
    { key: 'at', title: t('audit.logins.fields.at'), dataIndex: 'at', width: 170, sorter: true, sortOrder, render: (v: string) => formatDateTime(v) },
    { key: 'username', title: t('audit.logins.fields.username'), dataIndex: 'username', width: 150, render: (v: string) => <span className="mono">{v}</span> },
    { key: 'ip', title: t('audit.logins.fields.ip'), dataIndex: 'ip', width: 140, render: (v: string | null) => v ?? '—' },
    {
      key: 'userAgent',
      title: t('audit.logins.fields.userAgent'),
      dataIndex: 'userAgent',
      width: 220,
      ellipsis: { showTitle: false },
      render: (v: string | null) =>
        v ? (
          <Tooltip title={<span className="mono small">{v}</span>} placement="topLeft">
            <span data-testid="login-user-agent">{describeUserAgent(v) ?? t('audit.logins.unknownUserAgent')}</span>
          </Tooltip>
        ) : (
          '—'
        ),
    },
    {
      key: 'outcome',
      title: t('audit.logins.fields.outcome'),
      dataIndex: 'outcome',
      width: 80,
      render: (_, e) => <Tag color={e.outcome === 'SUCCESS' ? 'green' : 'red'}>{t(`enums.loginOutcomes.${e.outcome}`)}</Tag>,
    },
    {
      key: 'reason',
      title: t('audit.logins.fields.reason'),
      dataIndex: 'reason',
      width: 190,
      render: (v: string) => (
        <Tooltip title={v}>
          <span>{reasonLabel(t, v)}</span>
        </Tooltip>
      ),
    },
  ];
}

export function LoginEventsPage() {
  const t = useT();
  const [search] = useSearchParams();
  const table = useServerTable(listLoginEvents, {
    defaultSort: 'at',
    defaultOrder: 'desc',
    linkedFilters: linkedAuditFilters(search, ['SUCCESS', 'FAILURE'] as const),
  });
  const query = useLoginEvents(table.query);
  const f = table.state.filters;

  return (
    <>
      <PageHeader title={t('audit.logins.title')} subTitle={t('audit.logins.subtitle')} />
      <Card>
        <FilterBar>
          <TextFilter placeholder={t('audit.logins.filters.username')} onApply={(username) => table.setFilters({ username })} width={160} />
          <TextFilter placeholder={t('audit.logins.filters.ip')} onApply={(ip) => table.setFilters({ ip })} width={160} />
          <OutcomeFilter
            outcomes={['SUCCESS', 'FAILURE'] as const}
            label={(o) => t(`enums.loginOutcomes.${o}`)}
            placeholder={t('audit.logins.filters.outcome')}
            value={f.outcome}
            onChange={(outcome) => table.setFilters({ outcome })}
            width={120}
          />
          <TimeRangeFilter initial={f} onChange={(range) => table.setFilters(range)} />
        </FilterBar>
        <ServerTable<LoginEvent>
          data-testid="login-events-table"
          rowKey="id"
          size="small"
          columns={columns(t, table.state.order === 'asc' ? 'ascend' : 'descend')}
          query={query}
          table={table}
          scroll={{ x: 1000 }}
          empty={t('audit.logins.empty')}
        />
      </Card>
    </>
  );
}

export default LoginEventsPage;
