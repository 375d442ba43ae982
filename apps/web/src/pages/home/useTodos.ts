import { approveTarget, createTarget, listOrders, listWarnings, listYears, publishTarget } from '@jx/contract';
import { useUnreadNotificationCount } from '../../api/notifications';
import { useOrders } from '../../api/supervision';
import { useTargets } from '../../api/targets';
import { useWarnings } from '../../api/warnings';
import { useYears } from '../../api/years';
import { canCall } from '../../auth/access';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { defaultYear } from '../../components/YearPicker';
import { isUnitOnly } from '../targets/shared';
import { useOversightTodos } from './useOversightTodos';
import { useQueueTodos } from './useQueueTodos';

export type TodoKey =
  | 'toReview'
  | 'toPublish'
  | 'returned'
  | 'ordersToRespond'
  | 'ordersToClose'
  | 'ordersOverdue'
  | 'warningsRed'
  | 'warningsYellow'
  | 'appealsOpen'
  | 'accountsDisabled'
  | 'announcementDrafts'
  | 'failedLogins'
  | 'deniedRequests'
  | 'lateReports'
  | 'recordsToScore'
  | 'missingInputs'
  | 'unitsWithoutAccounts'
  | 'accountsNeverUsed'
  | 'passwordsExpiring'
  | 'lockedAccounts'
  | 'unread';

export interface Todo {
  key: TodoKey;
  count: number | undefined;
  loading: boolean;
  /** Where the work is done: the list, filtered to exactly these rows. */
  to: string;
  /** How loud a non-zero count is. */
  tone: 'danger' | 'warning' | 'primary';
}

const ONE = { page: 1, pageSize: 1 } as const;

/**
 * 我的待办: what waits for this user in the current year, each counted by the list that does the work (so scope and
 * counts always match what the user will find there). Only the items the user's roles can act on or follow.
 */
export function useTodos(): { todos: Todo[]; loading: boolean; yearName: string | undefined } {
  const user = useCurrentUser();
  // The administrator and the auditor keep no targets: they have no year to ask for.
  const years = useYears(canCall(listYears, user.roles));
  const year = defaultYear(years.data ?? []);
  const yearId = year?.id;
  const unitOnly = isUnitOnly(user.roles);
  const unitScope = unitOnly && user.unitId ? { unitId: user.unitId } : {};

  const mayReview = canCall(approveTarget, user.roles);
  const mayPublish = canCall(publishTarget, user.roles);
  const mayDraft = canCall(createTarget, user.roles) && !user.roles.includes('PERF_OFFICE');
  const mayFollowOrders = canCall(listOrders, user.roles);
  const mayFollowWarnings = canCall(listWarnings, user.roles);

  const submitted = useTargets({ ...ONE, yearId, status: 'SUBMITTED' }, !!yearId && mayReview);
  const approved = useTargets({ ...ONE, yearId, status: 'APPROVED' }, !!yearId && mayPublish);
  const returned = useTargets({ ...ONE, yearId, status: 'RETURNED', ...unitScope }, !!yearId && mayDraft);
  const orders = useOrders({ ...ONE, yearId }, !!yearId && mayFollowOrders);
  const warnings = useWarnings({ ...ONE, yearId }, !!yearId && mayFollowWarnings);
  const unread = useUnreadNotificationCount();
  const oversight = useOversightTodos();
  const queue = useQueueTodos(yearId, !canCall(listYears, user.roles) || !years.isLoading);

  const todos: Todo[] = [];
  if (mayReview) todos.push({ key: 'toReview', count: submitted.data?.total, loading: submitted.isLoading, to: '/targets/review', tone: 'primary' });
  if (mayPublish)
    todos.push({ key: 'toPublish', count: approved.data?.total, loading: approved.isLoading, to: '/targets/review?tab=APPROVED', tone: 'primary' });
  if (mayDraft) todos.push({ key: 'returned', count: returned.data?.total, loading: returned.isLoading, to: '/targets?status=RETURNED', tone: 'warning' });
  if (mayFollowOrders) {
    const counts = orders.data?.counts;
    // Only a unit's administrator answers orders: staff follow them (overdue) but have nothing to answer.
    if (unitOnly && user.roles.includes('UNIT_ADMIN'))
      todos.push({ key: 'ordersToRespond', count: counts?.OPEN, loading: orders.isLoading, to: '/supervision?status=OPEN', tone: 'danger' });
    else if (!unitOnly)
      todos.push({ key: 'ordersToClose', count: counts?.RESPONDED, loading: orders.isLoading, to: '/supervision?status=RESPONDED', tone: 'primary' });
    todos.push({ key: 'ordersOverdue', count: counts?.overdue, loading: orders.isLoading, to: '/supervision?overdue=true', tone: 'danger' });
  }
  if (mayFollowWarnings) {
    todos.push({ key: 'warningsRed', count: warnings.data?.counts.RED, loading: warnings.isLoading, to: '/warnings?level=RED', tone: 'danger' });
    todos.push({ key: 'warningsYellow', count: warnings.data?.counts.YELLOW, loading: warnings.isLoading, to: '/warnings?level=YELLOW', tone: 'warning' });
  }
  todos.push(...oversight, ...queue.todos);
  todos.push({ key: 'unread', count: unread.data?.count, loading: unread.isLoading, to: '/notifications', tone: 'primary' });

  return { todos, loading: years.isLoading, yearName: year?.name };
}
