import type { Db } from '../../src/lib/db.ts';
import type { Actor } from '../../src/lib/context.ts';
import { actorOf as sessionActor, loadAccountWithScope } from '../../src/auth/session-user.ts';

/** The actor an account acts as (roles, unit, person and portfolio from the database), for policy tests. */
export async function actorOf(db: Db, username: string): Promise<Actor> {
  const { id } = await db.account.findUniqueOrThrow({ where: { username }, select: { id: true } });
  return sessionActor((await loadAccountWithScope(db, id))!, 'test');
}
