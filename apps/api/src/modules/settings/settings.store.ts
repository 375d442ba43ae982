import { SETTING_DEFINITIONS, SETTING_KEYS, type SettingKey, type SettingValues } from '@jx/contract';
import type { Db, Tx } from '../../lib/db.ts';

const TTL_MS = 5_000;

/**
 * Effective settings (stored value or default). Cached for a few seconds: other instances see a change
 * within TTL_MS, this instance at once (`invalidate` on write).
 */
export function createSettingsStore(db: Db) {
  let cached: { at: number; values: SettingValues } | null = null;
  return {
    async all(): Promise<SettingValues> {
      if (cached && performance.now() - cached.at < TTL_MS) return cached.values;
      cached = { at: performance.now(), values: await readSettings(db) };
      return cached.values;
    },
    async get<K extends SettingKey>(key: K): Promise<SettingValues[K]> {
      return (await this.all())[key];
    },
    invalidate() {
      cached = null;
    },
  };
}
/** The effective settings read now, uncached (what a transaction that must not see a stale value uses). */
export async function readSettings(db: Db | Tx): Promise<SettingValues> {
  const rows = await db.setting.findMany();
  const values = Object.fromEntries(SETTING_KEYS.map((k) => [k, SETTING_DEFINITIONS[k].default])) as Record<SettingKey, unknown>;
  for (const row of rows) {
    if (!(row.key in SETTING_DEFINITIONS)) continue;
    const parsed = SETTING_DEFINITIONS[row.key as SettingKey].schema.safeParse(row.value);
    if (parsed.success) values[row.key as SettingKey] = parsed.data;
  }
  return values as SettingValues;
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
