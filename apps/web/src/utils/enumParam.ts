/** A search parameter's value if it is one of `allowed` (links are typed by hand and can be stale), else undefined. */
export function enumParam<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === value);
}
