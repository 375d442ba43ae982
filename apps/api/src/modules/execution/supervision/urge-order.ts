import { canDecideOrder, type OrderUrge, type SupervisionOrder } from '@jx/contract';
import type { Db } from '../../../lib/db.ts';
import type { Actor, RequestContext } from '../../../lib/context.ts';
import { ForbiddenError, InvalidStateError, t as msg, VersionConflictError } from '../../../lib/errors.ts';
import { recordAudit } from '../../../audit/record-audit.ts';
import { notify, unitAdminIds } from '../../notifications/notify.ts';
import { placeOf } from '../../targets/target.policy.ts';
import { findReadableOrder, orderInclude } from './order.policy.ts';
import { accountNames, toOrderDto } from './order.mapper.ts';

/**
 * 催办: the issuer (while they may still supervise the target) or the office reminds the unit to answer an order that
 * still waits for its answer (待回复), with a note. Counted on the order, kept as a row of its history, audited, and
 * sent to the unit's administrators. 404 → 403 → 409 (stale version, or not waiting for the unit).
 */
export async function urgeOrder(db: Db, ctx: RequestContext, id: string, version: number, note: string): Promise<SupervisionOrder> {
  return db.$transaction(async (tx) => {
    const order = await findReadableOrder(tx, ctx.actor, id);
    if (!canDecideOrder(ctx.actor, order, placeOf(order.target))) throw new ForbiddenError(msg('supervision.urgeForbidden'));
    if (order.version !== version) throw new VersionConflictError('supervisionOrder');
    if (order.status !== 'OPEN') throw new InvalidStateError(msg('supervision.urgeOnlyOpen'));
    const updated = await tx.supervisionOrder.updateMany({
      where: { id, version },
      data: { urgeCount: { increment: 1 }, lastUrgedAt: ctx.now, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new VersionConflictError('supervisionOrder');
    await tx.supervisionUrge.create({ data: { orderId: id, urgedById: ctx.actor.accountId, note, createdAt: ctx.now } });
    await recordAudit(tx, ctx, {
      action: 'orders.urge',
      objectType: 'SupervisionOrder',
      objectId: id,
      before: { urgeCount: order.urgeCount },
      after: { urgeCount: order.urgeCount + 1, note },
    });
    await notify(tx, await unitAdminIds(tx, order.target.unitId), {
      kind: 'ORDER_URGED',
      title: `催办：${order.target.title}`,
      body: note,
      link: `/targets/${order.targetId}#supervision`,
    });
    const after = (await tx.supervisionOrder.findUnique({ where: { id }, include: orderInclude }))!;
    return toOrderDto(after, await accountNames(tx, [after.issuedById]), ctx.now);
  });
}

/** The order's 催办 history, oldest first, for whoever may read the order. */
export async function listOrderUrges(db: Db, actor: Actor, id: string): Promise<OrderUrge[]> {
  await findReadableOrder(db, actor, id);
  const rows = await db.supervisionUrge.findMany({ where: { orderId: id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  const names = await accountNames(
    db,
    rows.map((r) => r.urgedById),
  );
  return rows.map((r) => ({ id: r.id, urgedByName: names.get(r.urgedById) ?? '', note: r.note, createdAt: r.createdAt.toISOString() }));
}
