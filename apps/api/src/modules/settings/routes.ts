import type { FastifyInstance } from 'fastify';
import {
  listSettings,
  PUBLIC_SETTING_KEYS,
  publicSettings,
  SETTING_DEFINITIONS,
  SETTING_KEYS,
  updateSetting,
  type PublicSettings,
  type SchemaIssueDetails,
  type SettingKey,
} from '@jx/contract';
import type { Setting } from '@jx/db';
import { registerRoute } from '../../http/register.ts';
import { schemaText, ValidationError, VersionConflictError, t } from '../../lib/errors.ts';
import { recordAudit } from '../../audit/record-audit.ts';

/**
 * A value its setting's schema refuses: the issue and the error keep the contract's Chinese text and name the rule's key.
 */
function invalidValue(first: { code: string; message: string } | undefined): ValidationError {
  if (!first) return ValidationError.field('value', t('settings.invalidValue'));
  return ValidationError.field('value', schemaText(first.code, first as SchemaIssueDetails & { message: string }));
}

export function settingRoutes(app: FastifyInstance) {
  const { db, settings } = app.deps;

  const toDto = (key: SettingKey, row: Setting | undefined, value: unknown) => ({
    key,
    group: SETTING_DEFINITIONS[key].group,
    label: SETTING_DEFINITIONS[key].label,
    value,
    defaultValue: SETTING_DEFINITIONS[key].default,
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    updatedBy: row?.updatedBy ?? null,
  });

  registerRoute(app, listSettings, async () => {
    const [rows, values] = await Promise.all([db.setting.findMany(), settings.all()]);
    return SETTING_KEYS.map((key) =>
      toDto(
        key,
        rows.find((r) => r.key === key),
        values[key],
      ),
    );
  });

  registerRoute(app, publicSettings, async () => {
    const values = await settings.all();
    return Object.fromEntries(PUBLIC_SETTING_KEYS.map((key) => [key, values[key]])) as PublicSettings;
  });

  registerRoute(app, updateSetting, async ({ ctx, params, body }) => {
    const key = params.key;
    const parsed = SETTING_DEFINITIONS[key].schema.safeParse(body.value);
    if (!parsed.success) throw invalidValue(parsed.error.issues[0]);
    const row = await db.$transaction(async (tx) => {
      const before = await tx.setting.findUnique({ where: { key } });
      if ((before?.version ?? 0) !== body.version) throw new VersionConflictError('setting');
      const saved = before
        ? await tx.setting.updateMany({
            where: { key, version: body.version },
            data: { value: parsed.data, version: { increment: 1 }, updatedBy: ctx.actor.username },
          })
        : await tx.setting.createMany({ data: [{ key, value: parsed.data, updatedBy: ctx.actor.username }], skipDuplicates: true });
      if (saved.count === 0) throw new VersionConflictError('setting');
      await recordAudit(tx, ctx, {
        action: 'settings.update',
        objectType: 'Setting',
        objectId: key,
        before: { value: before ? before.value : SETTING_DEFINITIONS[key].default },
        after: { value: parsed.data },
      });
      return tx.setting.findUniqueOrThrow({ where: { key } });
    });
    settings.invalidate();
    return toDto(key, row, parsed.data);
  });
}
