import type { z } from 'zod';
import type { bulkAssignTargets, createSpecialTask, FieldIssue, listSpecialTasks } from '@jx/contract';
import type { Db, Tx } from '../../lib/db.ts';
import type { Actor, RequestContext } from '../../lib/context.ts';
import { t as msg, ValidationError } from '../../lib/errors.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { targetReadWhere } from './target.policy.ts';
import { auditableTarget, targetDetailInclude, toTargetDto } from './target.mapper.ts';
import { assertAllowed, canAssign } from './target.policy.ts';
import { checkFrame, checkUnit, throwIfAny, type FrameInput } from './target.validate.ts';
import { insertTargets, type NewTarget, type TargetContent } from './target.write.ts';

type AssignBody = z.output<NonNullable<typeof bulkAssignTargets.body>>;
type SpecialBody = z.output<NonNullable<typeof createSpecialTask.body>>;
type ListSpecialQuery = z.output<NonNullable<typeof listSpecialTasks.query>>;
type Template = Omit<TargetContent, 'responsibles'> & FrameInput;
type UnitValues = AssignBody['units'][number];

/**
 * One template, many units: the template is checked once (`template.*`), each unit on its own (`units.<i>.*`), every
 * problem is reported at once and nothing is written unless all pass; then all targets in one transaction.
 */
async function assign(
  tx: Tx,
  ctx: RequestContext,
  template: Template,
  units: UnitValues[],
  extra: Pick<NewTarget, 'origin' | 'specialTaskId'>,
  reason: string,
) {
  const issues: FieldIssue[] = [];
  const frame = await checkFrame(tx, template, 'template.', issues);
  if (frame) {
    for (const [i, u] of units.entries()) await checkUnit(tx, frame, u.unitId, u.responsibles ?? [], `units.${i}.`, `units.${i}.unitId`, issues);
  }
  throwIfAny(issues);
  const ids = await insertTargets(
    tx,
    units.map((u) => ({
      ...template,
      title: u.title ?? template.title,
      maxScore: u.maxScore ?? template.maxScore,
      metricTarget: u.metricTarget !== undefined ? u.metricTarget : template.metricTarget,
      responsibles: u.responsibles ?? [],
      unitId: u.unitId,
      ...extra,
      createdById: ctx.actor.accountId,
    })),
  );
  const rows = await tx.target.findMany({ where: { id: { in: ids } }, include: targetDetailInclude });
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const id of ids) {
    await recordAudit(tx, ctx, { action: 'targets.create', objectType: 'Target', objectId: id, before: null, after: auditableTarget(byId.get(id)!), reason });
  }
  return ids.map((id) => toTargetDto(byId.get(id)!));
}

export function createAssignService(db: Db) {
  const toTaskDto = (t: {
    id: string;
    yearId: string;
    title: string;
    description: string | null;
    createdAt: Date;
    version: number;
    _count: { targets: number };
  }) => ({
    id: t.id,
    yearId: t.yearId,
    title: t.title,
    description: t.description,
    targetCount: t._count.targets,
    createdAt: t.createdAt.toISOString(),
    version: t.version,
  });

  return {
    bulkAssign(ctx: RequestContext, body: AssignBody) {
      return db.$transaction(
        async (tx) => {
          const type = await tx.targetType.findUnique({ where: { id: body.template.targetTypeId } });
          if (!type) throw ValidationError.field('template.targetTypeId', msg('common.notFound', { entity: 'targetType' }));
          assertAllowed(canAssign(ctx.actor, type.ownerUnitId), msg('targets.assignForbidden'));
          if (type.code === 'SPECIAL') throw ValidationError.field('template.targetTypeId', msg('targets.specialViaTask'));
          const targets = await assign(
            tx,
            ctx,
            body.template,
            body.units,
            { origin: 'ASSIGNED', specialTaskId: null },
            `批量下达到 ${body.units.length} 个单位`,
          );
          return { created: targets.length, targets };
        },
        { timeout: 30_000 },
      );
    },

    createSpecialTask(ctx: RequestContext, body: SpecialBody) {
      return db.$transaction(
        async (tx) => {
          const type = await tx.targetType.findUnique({ where: { code: 'SPECIAL' } });
          if (!type || !type.active) throw ValidationError.field('template', msg('targets.specialTypeUnavailable'));
          const year = await tx.year.findUnique({ where: { id: body.yearId } });
          if (!year) throw ValidationError.field('yearId', msg('common.notFound', { entity: 'year' }));
          const task = await tx.specialTask.create({
            data: { yearId: body.yearId, title: body.title, description: body.description ?? null, createdById: ctx.actor.accountId },
          });
          const targets = await assign(
            tx,
            ctx,
            { ...body.template, yearId: body.yearId, targetTypeId: type.id },
            body.units,
            { origin: 'SPECIAL', specialTaskId: task.id },
            `专项工作“${body.title}”分解`,
          );
          await recordAudit(tx, ctx, {
            action: 'specialTasks.create',
            objectType: 'SpecialTask',
            objectId: task.id,
            before: null,
            after: { yearId: task.yearId, title: task.title, description: task.description, units: body.units.length },
          });
          return { task: toTaskDto({ ...task, _count: { targets: targets.length } }), targets };
        },
        { timeout: 30_000 },
      );
    },

    /** Unit roles (and anyone scoped) see only the tasks with a target in their scope, and count only those. */
    async listSpecialTasks(actor: Actor, q: ListSpecialQuery) {
      const scope = targetReadWhere(actor);
      const scoped = Object.keys(scope).length > 0;
      const rows = await db.specialTask.findMany({
        where: { yearId: q.yearId, ...(scoped ? { targets: { some: scope } } : {}) },
        include: { _count: { select: { targets: { where: scope } } } },
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      });
      return rows.map(toTaskDto);
    },
  };
}
