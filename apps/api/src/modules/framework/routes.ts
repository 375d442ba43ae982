import type { FastifyInstance } from 'fastify';
import {
  acceptFrameworkProposal,
  copyFramework,
  createFrameworkProposal,
  createIndicator,
  createTargetType,
  deleteIndicator,
  deleteTargetType,
  listFrameworkProposals,
  listIndicators,
  rejectFrameworkProposal,
  rebalanceWeights,
  updateIndicator,
  updateTargetType,
  withdrawFrameworkProposal,
} from '@jx/contract';
import { registerRoute } from '../../http/register.ts';
import { createIndicatorService } from './indicator.service.ts';
import { createCopyFrameworkService } from './copy-framework.service.ts';
import { createTargetTypeService } from './target-type.service.ts';
import { createProposalService } from './proposal.service.ts';

/** 年度目标框架: the indicator tree, sibling weights, copying a year's framework, the target types, departments' proposals. */
export function frameworkRoutes(app: FastifyInstance) {
  const indicators = createIndicatorService(app.deps.db);
  const copier = createCopyFrameworkService(app.deps.db);
  const targetTypes = createTargetTypeService(app.deps.db);
  const proposals = createProposalService(app.deps.db);
  registerRoute(app, listIndicators, ({ query }) => indicators.tree(query.yearId));
  registerRoute(app, createIndicator, ({ ctx, body }) => indicators.create(ctx, body));
  registerRoute(app, updateIndicator, ({ ctx, params, body }) => indicators.update(ctx, params.id, body));
  registerRoute(app, deleteIndicator, ({ ctx, params, query }) => indicators.remove(ctx, params.id, query.version));
  registerRoute(app, rebalanceWeights, ({ ctx, body }) => indicators.rebalance(ctx, body));
  registerRoute(app, copyFramework, ({ ctx, params, body }) => copier.copy(ctx, params.id, body.fromYearId));
  registerRoute(app, createTargetType, ({ ctx, body }) => targetTypes.create(ctx, body));
  registerRoute(app, updateTargetType, ({ ctx, params, body }) => targetTypes.update(ctx, params.id, body));
  registerRoute(app, deleteTargetType, ({ ctx, params, query }) => targetTypes.remove(ctx, params.id, query.version));
  registerRoute(app, listFrameworkProposals, ({ ctx, query }) => proposals.list(ctx.actor, query));
  registerRoute(app, createFrameworkProposal, ({ ctx, body }) => proposals.create(ctx, body));
  registerRoute(app, acceptFrameworkProposal, ({ ctx, params, body }) => proposals.accept(ctx, params.id, body.version));
  registerRoute(app, rejectFrameworkProposal, ({ ctx, params, body }) => proposals.reject(ctx, params.id, body));
  registerRoute(app, withdrawFrameworkProposal, ({ ctx, params, body }) => proposals.withdraw(ctx, params.id, body.version));
}
