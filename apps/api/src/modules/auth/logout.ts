import type { AppDeps } from '../../app-deps.ts';
import type { RequestContext } from '../../lib/context.ts';
import { recordAudit } from '../../audit/record-audit.ts';

/** Ends the caller's session (the one its access token belongs to); the account's other sessions stay. */
export async function logout(deps: Pick<AppDeps, 'db'>, ctx: RequestContext) {
  await deps.db.$transaction(async (tx) => {
    await tx.session.update({ where: { id: ctx.actor.sessionId }, data: { revokedAt: ctx.now, revokeReason: 'LOGOUT' } });
    await recordAudit(tx, ctx, { action: 'auth.logout', objectType: 'Session', objectId: ctx.actor.sessionId });
  });
}
