import type { Prisma } from '@jx/db';
import type { Db } from '../../../lib/db.ts';
import type { Actor } from '../../../lib/context.ts';
import { parseDate } from '../../../lib/dates.ts';
import { orderInclude, orderReadWhere } from './order.policy.ts';
import { accountNames, beijingToday, toOrderDto } from './order.mapper.ts';
import type { OrderPage, OrderPageQuery } from './order-page-sql.ts';

const overdueWhere = (now: Date): Prisma.SupervisionOrderWhereInput => ({ status: { not: 'CLOSED' }, dueDate: { lt: parseDate(beijingToday(now)) } });
const notOverdueWhere = (now: Date): Prisma.SupervisionOrderWhereInput => ({ OR: [{ status: 'CLOSED' }, { dueDate: { gte: parseDate(beijingToday(now)) } }] });

/**
 * A page of 督办 and its counts read through the target policy: for a 责任人, whose scope is the targets they are
 * responsible for, and as the reference the one-statement page is tested against.
 */
export async function orderPagePolicy(db: Db, actor: Actor, q: OrderPageQuery, now: Date): Promise<OrderPage> {
  const scoped: Prisma.SupervisionOrderWhereInput = {
    AND: [
      orderReadWhere(actor),
      q.yearId ? { yearId: q.yearId } : {},
      q.unitId ? { target: { unitId: q.unitId } } : {},
      q.targetId ? { targetId: q.targetId } : {},
      q.mine === 'true' ? { issuedById: actor.accountId } : {},
    ],
  };
  const where: Prisma.SupervisionOrderWhereInput = {
    AND: [scoped, q.status ? { status: q.status } : {}, q.overdue === 'true' ? overdueWhere(now) : q.overdue === 'false' ? notOverdueWhere(now) : {}],
  };
  const [rows, total, perStatus, overdue] = await Promise.all([
    db.supervisionOrder.findMany({
      where,
      include: orderInclude,
      relationLoadStrategy: 'query',
      orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
    }),
    db.supervisionOrder.count({ where }),
    db.supervisionOrder.groupBy({ by: ['status'], where: scoped, _count: { _all: true } }),
    db.supervisionOrder.count({ where: { AND: [scoped, overdueWhere(now)] } }),
  ]);
  const who = await accountNames(
    db,
    rows.map((o) => o.issuedById),
  );
  const counts = { OPEN: 0, RESPONDED: 0, CLOSED: 0, overdue };
  for (const g of perStatus) counts[g.status] = g._count._all;
  return { items: rows.map((o) => toOrderDto(o, who, now)), total, counts };
}
