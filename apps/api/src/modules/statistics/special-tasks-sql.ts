import { Prisma } from '@jx/db';
import type { SpecialTaskProgress, SpecialTaskUnit } from '@jx/contract';
import type { Db } from '../../lib/db.ts';
import type { Actor } from '../../lib/context.ts';
import { readableScopeSql } from './readable-scope-sql.ts';
import { refreshStaleStates } from '../execution/state/refresh-states.ts';

const utcIso = (column: string) => Prisma.raw(`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

type Row = Omit<SpecialTaskUnit, 'lastReport'> &
  Omit<SpecialTaskProgress, 'id' | 'title' | 'description' | 'rows'> & {
    taskId: string;
    taskTitle: string;
    description: string | null;
    lastPeriod: string | null;
    lastSubmittedAt: string | null;
    lastLate: boolean | null;
  };

/**
 * 专项工作督查 of a year: each special task's targets in force in the actor's scope (one per unit it was decomposed
 * to, as a rule), with their maintained execution state and latest report, and the task's sums, in one statement.
 * The newest task first; within a task the targets furthest behind plan first. A task with no target in scope is left out.
 */
export async function specialTasksSql(db: Db, actor: Actor, yearId: string, now: Date): Promise<{ tasks: SpecialTaskProgress[] }> {
  const [, scope] = await Promise.all([refreshStaleStates(db, now), readableScopeSql(db, actor, 's')]);
  const rows = await db.$queryRaw<Row[]>`
    WITH r AS (
      SELECT st."id" AS "taskId", st."title" AS "taskTitle", st."description", st."createdAt" AS "taskCreatedAt",
             s."targetId", s."title", s."unitId", u."name" AS "unitName", u."sortOrder", u."code",
             to_char(s."deadline", 'YYYY-MM-DD') AS "deadline", s."plannedPercent", s."actualPercent", s."lagPoints",
             CASE WHEN s."level"::text IN ('RED', 'YELLOW', 'GREEN') THEN s."level"::text END AS "level"
      FROM "SpecialTask" st
      JOIN "Target" t ON t."specialTaskId" = st."id"
      JOIN "TargetState" s ON s."targetId" = t."id"
      JOIN "Unit" u ON u."id" = s."unitId"
      WHERE st."yearId" = ${yearId}::uuid AND s."inForce" AND ${scope}
    ),
    task AS (
      SELECT "taskId", count(*)::int AS "targets", count(DISTINCT "unitId")::int AS "units",
             round(avg("plannedPercent"), 1)::float8 AS "avgPlannedPercent", round(avg("actualPercent"), 1)::float8 AS "avgActualPercent",
             count(*) FILTER (WHERE "level" = 'RED')::int AS "red", count(*) FILTER (WHERE "level" = 'YELLOW')::int AS "yellow",
             count(*) FILTER (WHERE "level" = 'GREEN')::int AS "green", count(*) FILTER (WHERE "actualPercent" >= 100)::int AS "completed"
      FROM r GROUP BY "taskId"
    )
    SELECT r."taskId"::text, r."taskTitle", r."description", r."targetId"::text, r."title", r."unitId"::text, r."unitName",
           r."deadline", r."plannedPercent", r."actualPercent", r."lagPoints", r."level",
           task."targets", task."units", task."avgPlannedPercent", task."avgActualPercent", task."red", task."yellow", task."green", task."completed",
           lr."periodKey" AS "lastPeriod", ${utcIso('lr."submittedAt"')} AS "lastSubmittedAt", lr."late" AS "lastLate"
    FROM r JOIN task ON task."taskId" = r."taskId"
    LEFT JOIN LATERAL (
      SELECT p."periodKey", p."submittedAt", p."late" FROM "ProgressReport" p WHERE p."targetId" = r."targetId" ORDER BY p."periodKey" DESC LIMIT 1
    ) lr ON TRUE
    ORDER BY r."taskCreatedAt" DESC, r."taskId", r."lagPoints" DESC, r."sortOrder", r."code", r."targetId"`;

  const tasks = new Map<string, SpecialTaskProgress>();
  for (const r of rows) {
    let task = tasks.get(r.taskId);
    if (!task) {
      const { taskId, taskTitle, description, targets, units, avgPlannedPercent, avgActualPercent, red, yellow, green, completed } = r;
      task = { id: taskId, title: taskTitle, description, targets, units, avgPlannedPercent, avgActualPercent, red, yellow, green, completed, rows: [] };
      tasks.set(r.taskId, task);
    }
    task.rows.push({
      targetId: r.targetId,
      title: r.title,
      unitId: r.unitId,
      unitName: r.unitName,
      deadline: r.deadline,
      plannedPercent: r.plannedPercent,
      actualPercent: r.actualPercent,
      lagPoints: r.lagPoints,
      level: r.level,
      lastReport: r.lastPeriod && r.lastSubmittedAt ? { periodKey: r.lastPeriod, submittedAt: r.lastSubmittedAt, late: !!r.lastLate } : null,
    });
  }
  return { tasks: [...tasks.values()] };
}
