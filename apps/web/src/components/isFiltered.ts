const isSet = (v: unknown) => v !== undefined && v !== null && v !== '';
const valueOf = (v: unknown) => (isSet(v) ? v : undefined);

/**
 * Whether a list's filters differ from the page's initial ones (an empty value counts as unset): the list then says
 * 没有符合条件的… and the filter row offers 重置.
 */
export function isFiltered<F extends object>(filters: F, initial: Partial<F> = {}): boolean {
  const now = filters as Record<string, unknown>;
  const start = initial as Record<string, unknown>;
  const keys = new Set([...Object.keys(now), ...Object.keys(start)]);
  return [...keys].some((k) => valueOf(now[k]) !== valueOf(start[k]));
}
