import type { FastifyInstance } from 'fastify';
import { listSettings, publicSettings, updateSetting } from '@jx/contract';
import { registerRoute } from '../../http/register.ts';
import { createSettingsService } from './settings.service.ts';

export function settingRoutes(app: FastifyInstance) {
  const settings = createSettingsService(app.deps.db, app.deps.settings);
  registerRoute(app, listSettings, () => settings.list());
  registerRoute(app, publicSettings, () => settings.publicValues());
  registerRoute(app, updateSetting, ({ ctx, params, body }) => settings.update(ctx, params.key, body.value, body.version));
}
