import type { FastifyInstance } from 'fastify';
import {
  approveTarget,
  bulkApproveTargets,
  bulkAssignTargets,
  bulkPublishTargets,
  bulkReturnTargets,
  cancelTargetRevision,
  createSpecialTask,
  createTarget,
  deleteTarget,
  diffTargetRevisions,
  getTarget,
  listSpecialTasks,
  listTargets,
  publishTarget,
  returnTarget,
  reviseTarget,
  submitTarget,
  updateTarget,
} from '@jx/contract';
import { registerRoute } from '../../http/register.ts';
import { createTargetService } from './target.service.ts';
import { createTargetWorkflow } from './target.workflow.ts';
import { createAssignService } from './target.assign.ts';

/** 年度目标: declare / draft, review, publish, revise, bulk review and assignment, special tasks. */
export function targetRoutes(app: FastifyInstance) {
  const targets = createTargetService(app.deps.db);
  const flow = createTargetWorkflow(app.deps.db);
  const assign = createAssignService(app.deps.db);
  registerRoute(app, listTargets, ({ ctx, query }) => targets.list(ctx.actor, query, ctx.now));
  registerRoute(app, getTarget, ({ ctx, params }) => targets.get(ctx.actor, params.id));
  registerRoute(app, createTarget, ({ ctx, body }) => targets.create(ctx, body));
  registerRoute(app, updateTarget, ({ ctx, params, body }) => targets.update(ctx, params.id, body));
  registerRoute(app, submitTarget, ({ ctx, params, body }) => flow.submit(ctx, params.id, body.version));
  registerRoute(app, approveTarget, ({ ctx, params, body }) => flow.approve(ctx, params.id, body.version));
  registerRoute(app, returnTarget, ({ ctx, params, body }) => flow.return(ctx, params.id, body.version, body.reason));
  registerRoute(app, publishTarget, ({ ctx, params, body }) => flow.publish(ctx, params.id, body.version));
  registerRoute(app, reviseTarget, ({ ctx, params, body }) => flow.revise(ctx, params.id, body.version, body.reason));
  registerRoute(app, cancelTargetRevision, ({ ctx, params, body }) => flow.cancelRevision(ctx, params.id, body.version));
  registerRoute(app, deleteTarget, ({ ctx, params, query }) => flow.remove(ctx, params.id, query.version));
  registerRoute(app, diffTargetRevisions, ({ ctx, params, query }) => targets.diff(ctx.actor, params.id, query.from, query.to));
  registerRoute(app, bulkApproveTargets, ({ ctx, body }) => flow.bulkApprove(ctx, body.items));
  registerRoute(app, bulkPublishTargets, ({ ctx, body }) => flow.bulkPublish(ctx, body.items));
  registerRoute(app, bulkReturnTargets, ({ ctx, body }) => flow.bulkReturn(ctx, body.items, body.reason));
  registerRoute(app, bulkAssignTargets, ({ ctx, body }) => assign.bulkAssign(ctx, body));
  registerRoute(app, createSpecialTask, ({ ctx, body }) => assign.createSpecialTask(ctx, body));
  registerRoute(app, listSpecialTasks, ({ ctx, query }) => assign.listSpecialTasks(ctx.actor, query));
}
