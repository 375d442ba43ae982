import type { FastifyInstance } from 'fastify';
import { getHomeQueue } from '@jx/contract';
import { registerRoute } from '../../http/register.ts';
import { hasRole } from '../../lib/context.ts';
import { lockedWhere, neverUsedWhere, passwordExpiringWhere, unitWithoutAccountsWhere } from '../accounts/account-health.ts';
import { departmentQueue } from './department-queue.ts';
import { officeQueue } from './office-queue.ts';
import { openProcessTallies } from './open-process-tallies.ts';

/** 首页工作队列: the counts behind each role's tiles in one request; a part the caller's roles cannot act on is null. */
export function homeQueueRoutes(app: FastifyInstance) {
  const { db, settings } = app.deps;
  registerRoute(app, getHomeQueue, async ({ ctx, query }) => {
    const { actor, now } = ctx;
    const dept = hasRole(actor, 'FUNC_DEPT') && actor.unitId ? actor.unitId : null;
    const office = hasRole(actor, 'PERF_OFFICE');
    // The same for every department and the office, and moved only by assessment writes: kept in memory until one is heard.
    const open =
      dept || office
        ? await app.deps.readCache.remember(`open-process-tallies|${query.yearId ?? ''}`, ['assessment', 'base'], now, async () => ({
            value: await openProcessTallies(db, query.yearId),
            until: Number.MAX_SAFE_INTEGER,
          }))
        : { processes: [], tallies: [] };
    const [department, officeQ, admin, auditor] = await Promise.all([
      // Late reports are fixed when a report is written (the calendar moves none): kept until a state write is heard.
      dept
        ? app.deps.readCache.remember(`department-queue|${dept}|${query.yearId ?? ''}`, ['state', 'assessment', 'base'], now, async () => ({
            value: await departmentQueue(db, dept, query.yearId, now, open.tallies),
            until: Number.MAX_SAFE_INTEGER,
          }))
        : null,
      // Kept too, until an assessment, result, name or account write is heard or a department's sign-in grows idle.
      office
        ? app.deps.readCache.remember(`office-queue|${query.yearId ?? ''}`, ['assessment', 'bulletin', 'base', 'auth'], now, () =>
            officeQueue(db, query.yearId, now, open),
          )
        : null,
      hasRole(actor, 'SYS_ADMIN')
        ? (async () => {
            const maxAge = await settings.get('security.passwordMaxAgeDays');
            const [unitsWithoutAccounts, accountsNeverUsed, passwordsExpiring, lockedAccounts] = await Promise.all([
              db.unit.count({ where: unitWithoutAccountsWhere }),
              db.account.count({ where: neverUsedWhere }),
              db.account.count({ where: passwordExpiringWhere(now, maxAge) }),
              db.account.count({ where: lockedWhere(now) }),
            ]);
            return { unitsWithoutAccounts, accountsNeverUsed, passwordsExpiring, lockedAccounts };
          })()
        : null,
      hasRole(actor, 'AUDITOR') ? db.account.count({ where: lockedWhere(now) }).then((lockedAccounts) => ({ lockedAccounts })) : null,
    ]);
    return { department, office: officeQ, admin, auditor };
  });
}
