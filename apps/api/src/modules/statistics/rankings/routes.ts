import type { FastifyInstance } from 'fastify';
import { statisticsLatestRankings, statisticsRankings, statisticsUnitResults } from '@jx/contract';
import { registerRoute } from '../../../http/register.ts';
import { latestRankingsSql, rankingsSql } from './rankings-sql.ts';
import { unitResultsSql } from './unit-results-sql.ts';
import { cachedPublished } from './cached-published.ts';

/** 决策分析 over published bulletins: rankings and grade distribution, the latest rankings, one unit's results. */
export function rankingRoutes(app: FastifyInstance) {
  const { db } = app.deps;
  registerRoute(app, statisticsRankings, ({ ctx, query }) =>
    cachedPublished(app.deps, statisticsRankings, ctx.actor, ctx.now, query, () => rankingsSql(db, ctx.actor, query)),
  );
  registerRoute(app, statisticsLatestRankings, ({ ctx, query }) =>
    cachedPublished(app.deps, statisticsLatestRankings, ctx.actor, ctx.now, query, () => latestRankingsSql(db, ctx.actor, query.yearId)),
  );
  registerRoute(app, statisticsUnitResults, ({ ctx, params }) =>
    cachedPublished(app.deps, statisticsUnitResults, ctx.actor, ctx.now, params, () => unitResultsSql(db, ctx.actor, params.id)),
  );
}
