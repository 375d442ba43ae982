import { PUBLIC_SETTING_KEYS, SETTING_DEFINITIONS, SETTING_KEYS, type PublicSettings, type SchemaIssueDetails, type SettingKey } from '@jx/contract';
import type { Setting } from '@jx/db';
import type { Db } from '../../lib/db.ts';
import type { RequestContext } from '../../lib/context.ts';
import { schemaText, ValidationError, VersionConflictError, t } from '../../lib/errors.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { SettingsStore } from './settings.store.ts';

/**
 * A value its setting's schema refuses: the issue and the error keep the contract's Chinese text and name the rule's key.
 */
function invalidValue(first: { code: string; message: string } | undefined): ValidationError {
  if (!first) return ValidationError.field('value', t('settings.invalidValue'));
  return ValidationError.field('value', schemaText(first.code, first as SchemaIssueDetails & { message: string }));
}

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

/** System settings as the administrator edits them (every key, stored or default) and the few everyone may read. */
export function createSettingsService(db: Db, settings: SettingsStore) {
  return {
    async list() {
      const [rows, values] = await Promise.all([db.setting.findMany(), settings.all()]);
      return SETTING_KEYS.map((key) =>
        toDto(
          key,
          rows.find((r) => r.key === key),
          values[key],
        ),
      );
    },

    async publicValues() {
      const values = await settings.all();
      return Object.fromEntries(PUBLIC_SETTING_KEYS.map((key) => [key, values[key]])) as PublicSettings;
    },

    /** version 0: the setting still has its default and has never been written. */
    async update(ctx: RequestContext, key: SettingKey, value: unknown, version: number) {
      const parsed = SETTING_DEFINITIONS[key].schema.safeParse(value);
      if (!parsed.success) throw invalidValue(parsed.error.issues[0]);
      const row = await db.$transaction(async (tx) => {
        const before = await tx.setting.findUnique({ where: { key } });
        if ((before?.version ?? 0) !== version) throw new VersionConflictError('setting');
        const saved = before
          ? await tx.setting.updateMany({
              where: { key, version },
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
    },
  };
}
