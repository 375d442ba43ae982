import type { z } from 'zod';
import type { listPersons, LocalizedText, OnboardBody, transferPerson, departPerson, updatePerson } from '@jx/contract';
import type { Db, Tx } from '../../lib/db.ts';
import type { Actor, RequestContext } from '../../lib/context.ts';
import { InvalidStateError, NotFoundError, ValidationError, t } from '../../lib/errors.ts';
import { assertUpdated } from '../../lib/versioned.ts';
import { parseDate, formatDate } from '../../lib/dates.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { assertUnitReadable, unitScopeWhere } from '../../auth/scope.ts';
import { auditablePerson, personDetailInclude, toPersonDetailDto, toPersonDto } from './person.mapper.ts';
import type { Prisma } from '@jx/db';

type ListQuery = z.output<NonNullable<typeof listPersons.query>>;
type Body<T extends { body?: z.ZodType }> = z.output<NonNullable<T['body']>>;
export type OnboardInput = z.output<typeof OnboardBody>;

/** Why nobody can start in this unit (null when they can): it must exist and be active. */
export function unitRefusal(unit: { name: string; active: boolean } | null): LocalizedText | null {
  if (!unit) return t('common.notFound', { entity: 'unit' });
  return unit.active ? null : t('persons.unitInactive', { unit: unit.name });
}

async function activeUnit(tx: Tx, unitId: string, field: string) {
  const unit = await tx.unit.findUnique({ where: { id: unitId } });
  const refusal = unitRefusal(unit);
  if (refusal) throw ValidationError.field(field, refusal);
  return unit!;
}

/**
 * Writes one onboarded person in the caller's transaction: the person, the first assignment, the audit event.
 * The unit must have been checked (unitRefusal); a staff number already taken fails on the unique index (409).
 */
export async function insertOnboarded(tx: Tx, ctx: RequestContext, body: OnboardInput, reason?: string) {
  const p = await tx.person.create({
    data: {
      staffNo: body.staffNo,
      name: body.name,
      gender: body.gender ?? null,
      phone: body.phone ?? null,
      position: body.position ?? null,
      unitId: body.unitId,
      assignments: { create: { unitId: body.unitId, position: body.position ?? null, startDate: parseDate(body.startDate), note: body.note ?? null } },
    },
  });
  await recordAudit(tx, ctx, { action: 'persons.onboard', objectType: 'Person', objectId: p.id, before: null, after: auditablePerson(p), reason });
  return p;
}

export function createPersonService(db: Db) {
  const detail = async (tx: Db | Tx, id: string) => {
    const p = await tx.person.findUnique({ where: { id }, include: personDetailInclude });
    if (!p) throw new NotFoundError('person');
    return p;
  };

  /** Loads the person, checks the version and the open assignment, runs `change`, audits it. */
  async function lifecycle(
    ctx: RequestContext,
    id: string,
    version: number,
    action: string,
    change: (tx: Tx, p: Awaited<ReturnType<typeof detail>>) => Promise<void>,
  ) {
    return db.$transaction(async (tx) => {
      // Claim the version first: a concurrent writer with the same version waits on this row and then gets
      // 409 VERSION_CONFLICT, instead of colliding on the one-open-assignment index (P2002 → CONFLICT).
      const claimed = await tx.person.updateMany({ where: { id, version }, data: { version: { increment: 1 } } });
      const before = await detail(tx, id);
      assertUpdated(claimed, 'person');
      await change(tx, before);
      const after = await detail(tx, id);
      await recordAudit(tx, ctx, { action, objectType: 'Person', objectId: id, before: auditablePerson(before), after: auditablePerson(after) });
      return toPersonDetailDto(after);
    });
  }

  function openAssignment(p: Awaited<ReturnType<typeof detail>>) {
    const open = p.assignments.find((a) => !a.endDate);
    if (p.status !== 'ACTIVE' || !open) throw new InvalidStateError(t('persons.departed', { name: p.name }));
    return open;
  }

  function assertNotBefore(date: string, start: Date, field: string) {
    if (parseDate(date) < start) throw ValidationError.field(field, t('persons.dateBeforeAssignmentStart', { startDate: formatDate(start) }));
  }

  return {
    async list(actor: Actor, q: ListQuery) {
      // The scope is one more AND condition: a filter can narrow it but never widen it.
      const scoped: Prisma.PersonWhereInput = {
        AND: [
          unitScopeWhere(actor),
          q.unitId ? { unitId: q.unitId } : {},
          q.status ? { status: q.status } : {},
          q.q ? { OR: [{ name: { contains: q.q } }, { staffNo: { contains: q.q, mode: 'insensitive' } }, { phone: { contains: q.q } }] } : {},
        ],
      };
      const orderBy: Prisma.PersonOrderByWithRelationInput = q.sort === 'unitName' ? { unit: { name: q.order } } : { [q.sort]: q.order };
      const [items, total] = await Promise.all([
        db.person.findMany({
          where: scoped,
          orderBy: [orderBy, { id: 'asc' }],
          skip: (q.page - 1) * q.pageSize,
          take: q.pageSize,
          include: { unit: { select: { name: true } } },
          relationLoadStrategy: 'query',
        }),
        db.person.count({ where: scoped }),
      ]);
      return { items: items.map(toPersonDto), total };
    },

    async get(actor: Actor, id: string) {
      const p = await detail(db, id);
      // A departed person has no unit: judge scope by the last unit they served.
      assertUnitReadable(actor, p.unitId ?? p.assignments[0]?.unitId ?? null);
      return toPersonDetailDto(p);
    },

    onboard(ctx: RequestContext, body: OnboardInput) {
      return db.$transaction(async (tx) => {
        await activeUnit(tx, body.unitId, 'unitId');
        const p = await insertOnboarded(tx, ctx, body);
        return toPersonDetailDto(await detail(tx, p.id));
      });
    },

    update(ctx: RequestContext, id: string, body: Body<typeof updatePerson>) {
      return lifecycle(ctx, id, body.version, 'persons.update', async (tx) => {
        await tx.person.update({
          where: { id },
          data: { name: body.name, gender: body.gender ?? null, phone: body.phone ?? null, position: body.position ?? null },
        });
      });
    },

    transfer(ctx: RequestContext, id: string, body: Body<typeof transferPerson>) {
      return lifecycle(ctx, id, body.version, 'persons.transfer', async (tx, p) => {
        const open = openAssignment(p);
        if (open.unitId === body.toUnitId) throw ValidationError.field('toUnitId', t('persons.transferSameUnit'));
        assertNotBefore(body.date, open.startDate, 'date');
        await activeUnit(tx, body.toUnitId, 'toUnitId');
        const date = parseDate(body.date);
        await tx.personAssignment.update({ where: { id: open.id }, data: { endDate: date, endReason: 'TRANSFER', note: body.note ?? open.note } });
        await tx.personAssignment.create({
          data: { personId: id, unitId: body.toUnitId, position: body.position ?? null, startDate: date, note: body.note ?? null },
        });
        await tx.person.update({ where: { id }, data: { unitId: body.toUnitId, position: body.position ?? null } });
      });
    },

    /** Ends the open assignment and disables the person's accounts (their sessions end with them). */
    depart(ctx: RequestContext, id: string, body: Body<typeof departPerson>) {
      return lifecycle(ctx, id, body.version, 'persons.depart', async (tx, p) => {
        const open = openAssignment(p);
        assertNotBefore(body.date, open.startDate, 'date');
        await tx.personAssignment.update({
          where: { id: open.id },
          data: { endDate: parseDate(body.date), endReason: 'DEPART', note: body.note ?? open.note },
        });
        await tx.person.update({ where: { id }, data: { status: 'DEPARTED', unitId: null } });
        const accounts = await tx.account.findMany({ where: { personId: id, status: 'ACTIVE' } });
        for (const a of accounts) {
          await tx.account.update({ where: { id: a.id }, data: { status: 'DISABLED', version: { increment: 1 } } });
          await tx.session.updateMany({ where: { accountId: a.id, revokedAt: null }, data: { revokedAt: ctx.now, revokeReason: 'PERSON_DEPARTED' } });
          await recordAudit(tx, ctx, {
            action: 'accounts.disable',
            objectType: 'Account',
            objectId: a.id,
            before: { status: 'ACTIVE' },
            after: { status: 'DISABLED' },
            reason: '人员离职',
          });
        }
      });
    },
  };
}
