import type { TFunction } from '../../locales';

export const GENDER_OPTIONS = (t: TFunction) => [
  { value: '男', label: t('enums.genders.男') },
  { value: '女', label: t('enums.genders.女') },
];
