import type { z } from 'zod';
import type { UpdateMeBody } from '@jx/contract';
import type { RequestContext } from '../../lib/context.ts';
import { VersionConflictError } from '../../lib/errors.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { sessionUserOf, type SessionUserDeps } from './session-user-of.ts';

/** Changes the caller's own display name; returns the signed-in user as it now is. */
export async function updateMe(deps: SessionUserDeps, ctx: RequestContext, body: z.output<typeof UpdateMeBody>) {
  await deps.db.$transaction(async (tx) => {
    const before = await tx.account.findUniqueOrThrow({ where: { id: ctx.actor.accountId } });
    const { count } = await tx.account.updateMany({
      where: { id: before.id, version: body.version },
      data: { displayName: body.displayName, version: { increment: 1 } },
    });
    if (count === 0) throw new VersionConflictError('account');
    await recordAudit(tx, ctx, {
      action: 'auth.updateMe',
      objectType: 'Account',
      objectId: before.id,
      before: { displayName: before.displayName },
      after: { displayName: body.displayName },
    });
  });
  return sessionUserOf(deps, ctx.actor.accountId);
}
