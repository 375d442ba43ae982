import dayjs from 'dayjs';
import { listAccounts, listAnnouncements, listAppeals, listAuditEvents, listLoginEvents } from '@jx/contract';
import { useAccounts } from '../../api/accounts';
import { useAnnouncements } from '../../api/announcements';
import { useAuditEvents, useLoginEvents } from '../../api/audit';
import { useAppeals } from '../../api/results';
import { canCall } from '../../auth/access';
import { useCurrentUser } from '../../auth/useCurrentUser';
import type { Todo } from './useTodos';

const ONE = { page: 1, pageSize: 1 } as const;

/**
 * The office's, the administrator's and the auditor's share of 我的待办, each counted by the list that shows the rows:
 * appeals waiting for the office; disabled accounts and draft announcements for the administrator; failed sign-ins and
 * refused requests of the last seven days for the auditor.
 */
export function useOversightTodos(): Todo[] {
  const user = useCurrentUser();
  const mayAppeals = canCall(listAppeals, user.roles) && user.roles.includes('PERF_OFFICE');
  const mayAccounts = canCall(listAccounts, user.roles);
  const mayAnnounce = canCall(listAnnouncements, user.roles) && user.roles.includes('SYS_ADMIN');
  const mayAudit = canCall(listAuditEvents, user.roles) && canCall(listLoginEvents, user.roles);
  // Whole days, so the count and the list it opens ask for the same rows.
  const since = dayjs().subtract(7, 'day').startOf('day').toISOString();

  const appeals = useAppeals({ ...ONE, status: 'OPEN' }, mayAppeals);
  const disabled = useAccounts({ ...ONE, status: 'DISABLED' }, mayAccounts);
  const drafts = useAnnouncements({ ...ONE, status: 'DRAFT' }, mayAnnounce);
  const failed = useLoginEvents({ ...ONE, outcome: 'FAILURE', from: since }, mayAudit);
  const denied = useAuditEvents({ ...ONE, outcome: 'DENIED', from: since }, mayAudit);

  const todos: Todo[] = [];
  if (mayAppeals) todos.push({ key: 'appealsOpen', count: appeals.data?.total, loading: appeals.isLoading, to: '/assessment/appeals', tone: 'danger' });
  if (mayAccounts)
    todos.push({ key: 'accountsDisabled', count: disabled.data?.total, loading: disabled.isLoading, to: '/admin/accounts?status=DISABLED', tone: 'warning' });
  if (mayAnnounce)
    todos.push({ key: 'announcementDrafts', count: drafts.data?.total, loading: drafts.isLoading, to: '/admin/announcements?status=DRAFT', tone: 'primary' });
  if (mayAudit) {
    const from = encodeURIComponent(since);
    todos.push({
      key: 'failedLogins',
      count: failed.data?.total,
      loading: failed.isLoading,
      to: `/audit/logins?outcome=FAILURE&from=${from}`,
      tone: 'warning',
    });
    todos.push({
      key: 'deniedRequests',
      count: denied.data?.total,
      loading: denied.isLoading,
      to: `/audit/events?outcome=DENIED&from=${from}`,
      tone: 'danger',
    });
  }
  return todos;
}
