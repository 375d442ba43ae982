import dayjs from 'dayjs';
import type { TFunction } from '../../locales';
import { formatDate } from '../../utils/format';

/** 刚刚 / n 分钟前 / n 小时前 / n 天前, then the date. */
export function relativeTime(t: TFunction, value: string): string {
  const d = dayjs(value);
  if (!d.isValid()) return value;
  const minutes = Math.max(0, dayjs().diff(d, 'minute'));
  if (minutes < 1) return t('notifications.relative.justNow');
  if (minutes < 60) return t('notifications.relative.minutes', { n: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t('notifications.relative.hours', { n: hours });
  const days = Math.floor(hours / 24);
  if (days < 30) return t('notifications.relative.days', { n: days });
  return formatDate(value);
}
