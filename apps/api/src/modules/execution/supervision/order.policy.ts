import type { Prisma } from '@jx/db';
import type { Db, Tx } from '../../../lib/db.ts';
import type { Actor } from '../../../lib/context.ts';
import { findReadable } from '../../../lib/policy/find-readable.ts';
import { throughTarget } from '../../targets/target.policy.ts';

/**
 * The supervision-order policy (督办单). An order is read with its target: the target's read scope is the order's.
 * Who may answer, close or send it back are the contract's yes/no rules (`canRespondOrder`, `canDecideOrder`).
 */
export const orderReadWhere = (actor: Actor): Prisma.SupervisionOrderWhereInput => throughTarget(actor);

export const orderInclude = {
  target: { select: { title: true, unitId: true, unit: { select: { name: true } }, targetTypeId: true, targetType: { select: { ownerUnitId: true } } } },
} as const satisfies Prisma.SupervisionOrderInclude;
export type OrderRow = Prisma.SupervisionOrderGetPayload<{ include: typeof orderInclude }>;

/** The order as read within the actor's scope: 404 when it does not exist, 403 (audited) when it is out of scope. */
export const findReadableOrder = (db: Db | Tx, actor: Actor, id: string): Promise<OrderRow> =>
  findReadable('supervisionOrder', db.supervisionOrder.findFirst({ where: { AND: [{ id }, orderReadWhere(actor)] }, include: orderInclude }), () =>
    db.supervisionOrder.count({ where: { id } }),
  );
