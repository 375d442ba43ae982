import type { FastifyInstance } from 'fastify';
import { health, systemInfo } from '@jx/contract';
import { registerRoute } from '../../http/register.ts';
import { AppError, t } from '../../lib/errors.ts';

export function healthRoutes(app: FastifyInstance) {
  registerRoute(app, systemInfo, async () => ({ name: await app.deps.settings.get('system.name') }));

  registerRoute(app, health, async () => {
    try {
      await app.deps.db.$queryRaw`SELECT 1`;
    } catch {
      throw new AppError('SERVICE_UNAVAILABLE', t('health.databaseUnavailable'));
    }
    return { status: 'ok' as const, database: 'ok' as const, time: app.deps.clock.now().toISOString() };
  });
}
