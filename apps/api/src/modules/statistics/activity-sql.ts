import { Prisma } from '@jx/db';
import type { z } from 'zod';
import type { statisticsActivity } from '@jx/contract';
import type { Db } from '../../lib/db.ts';
import type { Actor } from '../../lib/context.ts';
import { readableScopeSql } from './readable-scope-sql.ts';
import { refreshStaleStates } from '../execution/state/refresh-states.ts';
import { beijingToday } from '../execution/supervision/order.mapper.ts';

export type Activity = z.output<typeof statisticsActivity.response>;

const SHOWN = 5;
const utcIso = (column: string) => Prisma.raw(`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

/**
 * What a leader's home shows as moving in a year, in the actor's scope: the latest 点评 and 督办 (newest first, the
 * first rows of their time indexes) and the unfinished targets whose 工作时限 comes next from today (Beijing).
 */
export async function activitySql(db: Db, actor: Actor, yearId: string, now: Date): Promise<Activity> {
  const today = beijingToday(now);
  const [, onTarget, onOrder, onState] = await Promise.all([
    refreshStaleStates(db, now),
    readableScopeSql(db, actor, 't', 'id'),
    readableScopeSql(db, actor, 'o'),
    readableScopeSql(db, actor, 's'),
  ]);
  const [comments, orders, deadlines] = await Promise.all([
    db.$queryRaw<Activity['comments']>`
      SELECT c."id"::text, c."targetId"::text, t."title" AS "targetTitle", u."name" AS "unitName",
             coalesce(a."displayName", '') AS "authorName", c."body", ${utcIso('c."createdAt"')} AS "createdAt"
      FROM "Comment" c JOIN "Target" t ON t."id" = c."targetId" JOIN "Unit" u ON u."id" = t."unitId"
      LEFT JOIN "Account" a ON a."id" = c."authorId"
      WHERE t."yearId" = ${yearId}::uuid AND ${onTarget}
      ORDER BY c."createdAt" DESC, c."id" ASC LIMIT ${SHOWN}`,
    db.$queryRaw<Activity['orders']>`
      SELECT o."id"::text, o."targetId"::text, t."title" AS "targetTitle", u."name" AS "unitName",
             coalesce(a."displayName", '') AS "issuedByName", o."instruction", o."status"::text AS "status",
             to_char(o."dueDate", 'YYYY-MM-DD') AS "dueDate", ${utcIso('o."createdAt"')} AS "createdAt",
             (o."status" <> 'CLOSED' AND o."dueDate" < ${today}::date) AS "overdue"
      FROM "SupervisionOrder" o JOIN "Target" t ON t."id" = o."targetId" JOIN "Unit" u ON u."id" = t."unitId"
      LEFT JOIN "Account" a ON a."id" = o."issuedById"
      WHERE o."yearId" = ${yearId}::uuid AND ${onOrder}
      ORDER BY o."createdAt" DESC, o."id" ASC LIMIT ${SHOWN}`,
    db.$queryRaw<Activity['deadlines']>`
      SELECT s."targetId"::text, s."title", u."name" AS "unitName", to_char(s."deadline", 'YYYY-MM-DD') AS "deadline", s."actualPercent"
      FROM "TargetState" s JOIN "Unit" u ON u."id" = s."unitId"
      WHERE s."yearId" = ${yearId}::uuid AND s."inForce" AND s."actualPercent" < 100 AND s."deadline" >= ${today}::date AND ${onState}
      ORDER BY s."deadline" ASC, s."title" ASC, s."targetId" ASC LIMIT ${SHOWN}`,
  ]);
  return { comments, orders, deadlines };
}
