import { getHomeQueue, type HomeQueue } from '@jx/contract';
import { useHomeQueue } from '../../api/home';
import { canCall } from '../../auth/access';
import { useCurrentUser } from '../../auth/useCurrentUser';
import type { Todo } from './useTodos';

/**
 * The tiles counted by 首页工作队列 (GET /api/home/queue, one request): a department's late reports and records to
 * score, the office's missing inputs, the administrator's base-data health, the auditor's
 * lockouts. Each opens the list filtered to the rows it counts.
 */
export function useQueueTodos(yearId: string | undefined, yearReady: boolean): { todos: Todo[]; queue: HomeQueue | undefined } {
  const user = useCurrentUser();
  const may = canCall(getHomeQueue, user.roles);
  const query = useHomeQueue(yearId, may && yearReady);
  const q = query.data;
  const loading = query.isLoading;
  const todos: Todo[] = [];
  if (!may) return { todos, queue: undefined };
  const roles = user.roles;
  if (roles.includes('FUNC_DEPT')) {
    todos.push({ key: 'lateReports', count: q?.department?.lateReports, loading, to: '/reports?late=true', tone: 'warning' });
    todos.push({ key: 'recordsToScore', count: q?.department?.recordsToScore, loading, to: '/assessment/scoring?status=TODO', tone: 'primary' });
  }
  if (roles.includes('PERF_OFFICE')) {
    todos.push({ key: 'missingInputs', count: q?.office?.missingInputs, loading, to: '/assessment/results', tone: 'warning' });
  }
  if (roles.includes('SYS_ADMIN')) {
    todos.push({ key: 'unitsWithoutAccounts', count: q?.admin?.unitsWithoutAccounts, loading, to: '/admin/units?withoutAccounts=true', tone: 'warning' });
    todos.push({ key: 'accountsNeverUsed', count: q?.admin?.accountsNeverUsed, loading, to: '/admin/accounts?neverUsed=true', tone: 'primary' });
    todos.push({ key: 'passwordsExpiring', count: q?.admin?.passwordsExpiring, loading, to: '/admin/accounts?passwordExpiring=true', tone: 'warning' });
    todos.push({ key: 'lockedAccounts', count: q?.admin?.lockedAccounts, loading, to: '/admin/accounts?locked=true', tone: 'danger' });
  }
  // The auditor may not read the accounts list (三员分立): its tile opens the failed sign-ins that caused the locks.
  if (roles.includes('AUDITOR'))
    todos.push({ key: 'lockedAccounts', count: q?.auditor?.lockedAccounts, loading, to: '/audit/logins?outcome=FAILURE', tone: 'danger' });
  return { todos, queue: q };
}
