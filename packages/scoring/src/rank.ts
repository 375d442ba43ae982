/** Ranks by score, highest first; equal scores share a rank and the next rank skips (1, 2, 2, 4). */
export function rankWithTies<T>(items: readonly T[], score: (item: T) => number): Array<{ item: T; rank: number }> {
  const sorted = [...items].sort((a, b) => score(b) - score(a));
  return sorted.map((item, i) => {
    let first = i;
    while (first > 0 && score(sorted[first - 1] as T) === score(item)) first--;
    return { item, rank: first + 1 };
  });
}
