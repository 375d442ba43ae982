import { toJsonValue } from './canonical.ts';

const IGNORED = new Set(['updatedAt', 'createdAt', 'passwordHash']);

/** The fields that differ between two snapshots of a record, as `{before, after}` holding only those fields. */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null) {
  const b = (toJsonValue(before) ?? {}) as Record<string, unknown>;
  const a = (toJsonValue(after) ?? {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
  const outBefore: Record<string, unknown> = {};
  const outAfter: Record<string, unknown> = {};
  for (const k of keys) {
    if (IGNORED.has(k)) continue;
    if (JSON.stringify(b[k]) !== JSON.stringify(a[k])) {
      if (before) outBefore[k] = b[k] ?? null;
      if (after) outAfter[k] = a[k] ?? null;
    }
  }
  return { before: before ? outBefore : null, after: after ? outAfter : null };
}
