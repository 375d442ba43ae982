import type { FastifyInstance } from 'fastify';
import { departPerson, getPerson, listPersons, onboardPerson, transferPerson, updatePerson } from '@jx/contract';
import { registerRoute } from '../../http/register.ts';
import { createPersonService } from './person.service.ts';

export function personRoutes(app: FastifyInstance) {
  const persons = createPersonService(app.deps.db);
  registerRoute(app, listPersons, ({ ctx, query }) => persons.list(ctx.actor, query));
  registerRoute(app, getPerson, ({ ctx, params }) => persons.get(ctx.actor, params.id));
  registerRoute(app, onboardPerson, ({ ctx, body }) => persons.onboard(ctx, body));
  registerRoute(app, updatePerson, ({ ctx, params, body }) => persons.update(ctx, params.id, body));
  registerRoute(app, transferPerson, ({ ctx, params, body }) => persons.transfer(ctx, params.id, body));
  registerRoute(app, departPerson, ({ ctx, params, body }) => persons.depart(ctx, params.id, body));
}
