import type { z } from 'zod';
import type { createAnnouncement, listAnnouncements, updateAnnouncement } from '@jx/contract';
import type { Announcement, Prisma } from '@jx/db';
import type { Db, Tx } from '../../lib/db.ts';
import type { Actor, RequestContext } from '../../lib/context.ts';
import { hasRole } from '../../lib/context.ts';
import { InvalidStateError, NotFoundError, t } from '../../lib/errors.ts';
import { assertUpdated } from '../../lib/versioned.ts';
import { recordAudit } from '../../audit/record-audit.ts';

type Body<T extends { body?: z.ZodType }> = z.output<NonNullable<T['body']>>;

const toDto = (a: Announcement) => ({
  id: a.id,
  title: a.title,
  body: a.body,
  pinned: a.pinned,
  status: a.status,
  publishedAt: a.publishedAt?.toISOString() ?? null,
  version: a.version,
  updatedAt: a.updatedAt.toISOString(),
});
const auditable = (a: Announcement) => ({ title: a.title, body: a.body, pinned: a.pinned, status: a.status, publishedAt: a.publishedAt });

export function createAnnouncementService(db: Db) {
  function change(
    ctx: RequestContext,
    id: string,
    version: number,
    action: string,
    apply: (before: Announcement, tx: Tx) => Prisma.AnnouncementUpdateManyMutationInput,
  ) {
    return db.$transaction(async (tx) => {
      const before = await tx.announcement.findUnique({ where: { id } });
      if (!before) throw new NotFoundError('announcement');
      assertUpdated(await tx.announcement.updateMany({ where: { id, version }, data: { ...apply(before, tx), version: { increment: 1 } } }), 'announcement');
      const after = await tx.announcement.findUniqueOrThrow({ where: { id } });
      await recordAudit(tx, ctx, { action, objectType: 'Announcement', objectId: id, before: auditable(before), after: auditable(after) });
      return toDto(after);
    });
  }

  return {
    /** Readers see published announcements only, pinned first; the administrator sees every state. */
    async list(actor: Actor, q: z.output<NonNullable<typeof listAnnouncements.query>>) {
      const admin = hasRole(actor, 'SYS_ADMIN');
      const where: Prisma.AnnouncementWhereInput = {
        AND: [
          admin ? (q.status ? { status: q.status } : {}) : { status: 'PUBLISHED' },
          q.q ? { OR: [{ title: { contains: q.q } }, { body: { contains: q.q } }] } : {},
        ],
      };
      const orderBy: Prisma.AnnouncementOrderByWithRelationInput[] = [
        ...(admin ? [] : [{ pinned: 'desc' as const }]),
        { publishedAt: { sort: q.order, nulls: 'first' } },
        { updatedAt: q.order },
      ];
      const [rows, total] = await Promise.all([
        db.announcement.findMany({ where, orderBy, skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
        db.announcement.count({ where }),
      ]);
      return { items: rows.map(toDto), total };
    },

    create(ctx: RequestContext, body: Body<typeof createAnnouncement>) {
      return db.$transaction(async (tx) => {
        const a = await tx.announcement.create({ data: { ...body, authorId: ctx.actor.accountId } });
        await recordAudit(tx, ctx, { action: 'announcements.create', objectType: 'Announcement', objectId: a.id, before: null, after: auditable(a) });
        return toDto(a);
      });
    },

    update(ctx: RequestContext, id: string, body: Body<typeof updateAnnouncement>) {
      const { version, ...fields } = body;
      return change(ctx, id, version, 'announcements.update', (before) => {
        if (before.status === 'WITHDRAWN') throw new InvalidStateError(t('announcements.withdrawnNotEditable'));
        return fields;
      });
    },

    publish(ctx: RequestContext, id: string, version: number) {
      return change(ctx, id, version, 'announcements.publish', (before) => {
        if (before.status === 'PUBLISHED') throw new InvalidStateError(t('announcements.alreadyPublished'));
        return { status: 'PUBLISHED', publishedAt: ctx.now };
      });
    },

    withdraw(ctx: RequestContext, id: string, version: number) {
      return change(ctx, id, version, 'announcements.withdraw', (before) => {
        if (before.status !== 'PUBLISHED') throw new InvalidStateError(t('announcements.onlyPublishedWithdrawable'));
        return { status: 'WITHDRAWN' };
      });
    },

    remove(ctx: RequestContext, id: string, version: number) {
      return db.$transaction(async (tx) => {
        const before = await tx.announcement.findUnique({ where: { id } });
        if (!before) throw new NotFoundError('announcement');
        if (before.status !== 'DRAFT') throw new InvalidStateError(t('announcements.onlyDraftDeletable'));
        assertUpdated(await tx.announcement.deleteMany({ where: { id, version } }), 'announcement');
        await recordAudit(tx, ctx, { action: 'announcements.delete', objectType: 'Announcement', objectId: id, before: auditable(before), after: null });
        return { ok: true as const };
      });
    },
  };
}
