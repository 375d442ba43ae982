import { SETTING_DEFINITIONS, SETTING_KEYS, type SettingKey } from '@jx/contract';

type Underscored<K extends string> = K extends `${infer A}.${infer B}` ? `${A}_${Underscored<B>}` : K;
/** Catalogue keys of settings: the setting key with `_` for `.` (the catalogue uses dotted paths). */
export type SettingLabelKey = Underscored<SettingKey>;
export type SettingGroup = (typeof SETTING_DEFINITIONS)[SettingKey]['group'];

export const settingLabelKey = (key: SettingKey) => key.replace(/\./g, '_') as SettingLabelKey;

export const settings = {
  title: '系统设置',
  subtitle: '修改立即生效并记入审计日志。每项单独保存。',
  current: '当前值',
  defaultValue: '默认值',
  lastChanged: '最近修改',
  neverChanged: '从未修改（使用默认值）',
  changedBy: '{user} 于 {time}',
  save: '保存',
  restoreDefault: '恢复默认',
  saved: '“{label}”已保存',
  unchanged: '未修改',
  empty: '没有可配置的系统设置。',
  unknownSetting: '未知设置',
  /** zh-CN labels come from the contract's SETTING_DEFINITIONS. */
  items: Object.fromEntries(SETTING_KEYS.map((k) => [settingLabelKey(k), SETTING_DEFINITIONS[k].label])) as Record<SettingLabelKey, string>,
  groups: Object.fromEntries(SETTING_KEYS.map((k) => [SETTING_DEFINITIONS[k].group, SETTING_DEFINITIONS[k].group])) as Record<SettingGroup, string>,
};
