import { z } from 'zod';

export const MAX_PAGE_SIZE = 100;

export const IdSchema = z.uuid({ error: '无效的编号' });
export const IdParams = z.strictObject({ id: IdSchema });
export const VersionSchema = z.int().positive();
/** Body of a state change: the version the caller saw, and an optional reason. */
export const VersionBody = z.strictObject({ version: VersionSchema });
export const ReasonBody = z.strictObject({ version: VersionSchema, reason: z.string().trim().min(2, '请填写原因').max(500) });

export const PageQuery = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE, `每页最多 ${MAX_PAGE_SIZE} 条`).default(20),
  order: z.enum(['asc', 'desc']).default('asc'),
};

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.int() });
}
export type Page<T> = { items: T[]; total: number };

export const DateTimeString = z.iso.datetime({ offset: true });
/** A calendar date, `YYYY-MM-DD`. */
export const DateString = z.iso.date({ error: '日期格式应为 YYYY-MM-DD' });
export const OkSchema = z.object({ ok: z.literal(true) });

export const nonEmpty = (label: string, max = 100) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过 ${max} 个字`);
